import { expect, test, type Browser, type Locator, type Page } from "@playwright/test";
import { execFileSync, spawn, type ChildProcess } from "node:child_process";
import crypto from "node:crypto";
import fs from "node:fs";
import net from "node:net";
import os from "node:os";
import path from "node:path";

/** Where the tests leave screenshots for people to look at (not committed). */
export const screenshots = path.join(__dirname, "..", "screenshots");
fs.mkdirSync(screenshots, { recursive: true });

/**
 * Resolves once the page is live: at once for a citizens' page without an island (whole as HTML,
 * it loads no script), else once the WebAssembly has hydrated it (the entry point marks
 * <html data-hydrated>).
 */
export async function hydrated(page: Page) {
  if ((await page.locator('link[rel="modulepreload"]').count()) === 0) return;
  await page.waitForSelector("html[data-hydrated]", { state: "attached" });
  // Effects started by hydration finish shortly after (the draft restorer reads IndexedDB a few tasks later).
  await page.waitForTimeout(300);
}

/** Types a complete complaint, all but the photo, into the filing form. */
export async function fillText(page: Page) {
  await page.getByLabel("Nama pelapor").fill("Siti Rahayu");
  await page.getByRole("textbox", { name: "NIK" }).fill("3503015708900001");
  await page.getByLabel("Judul aduan").fill("Lampu jalan mati di depan Pasar Pon");
  await page
    .getByRole("textbox", { name: "Isi aduan" })
    .fill("Sudah dua minggu lampu jalan di depan pasar mati, jalan gelap dan rawan kecelakaan.");
  await page.getByLabel("Lintang").fill("-8.0506");
  await page.getByLabel("Bujur").fill("111.7087");
  await page.getByLabel("Alamat lokasi kejadian").fill("Jl. Soekarno-Hatta depan Pasar Pon, Trenggalek");
  // The citizen's consent, or on the desk's intake the officer's word that the reporter was told.
  await page.getByRole("checkbox", { name: /diproses untuk menangani/ }).check();
}

/** A password that passes the account rules. */
export const OFFICER_PASSWORD = "kopi-tubruk-pagi-hari-42";

/**
 * Makes an officer account with the server's own `aduan admin create` (in the data folder of the
 * shared server, or `dataDir`); returns its TOTP secret.
 */
export function createOfficer(username: string, role: string, agency?: string, dataDir?: string): string {
  const args = ["admin", "create", "--username", username, "--name", `Petugas ${username}`, "--role", role];
  if (agency) args.push("--agency", agency);
  const data = dataDir ? { ADUAN_DATA_DIR: dataDir } : {};
  const output = execFileSync(process.env.ADUAN_BIN ?? "../target/debug/aduan", args, {
    env: { ...process.env, ...data, ADUAN_ADMIN_PASSWORD: OFFICER_PASSWORD, ADUAN_LOG: "warn" },
    encoding: "utf8",
  });
  const secret = /Authenticator \(TOTP\) secret: ([A-Z2-7]+)/.exec(output)?.[1];
  if (!secret) throw new Error(`no TOTP secret in: ${output}`);
  return secret;
}

/** The RFC 6238 code an authenticator app shows now for a base32 secret. */
export function totp(secret: string, at = Date.now()): string {
  const alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567";
  let bits = "";
  for (const char of secret) bits += alphabet.indexOf(char).toString(2).padStart(5, "0");
  const key = Buffer.from(bits.match(/.{8}/g)!.map((byte) => parseInt(byte, 2)));
  const counter = Buffer.alloc(8);
  counter.writeBigUInt64BE(BigInt(Math.floor(at / 1000 / 30)));
  const mac = crypto.createHmac("sha1", key).update(counter).digest();
  const offset = mac[mac.length - 1] & 0xf;
  return String((mac.readUInt32BE(offset) & 0x7fffffff) % 1_000_000).padStart(6, "0");
}

/** Logs an officer in on the desk's login page. */
export async function logIn(page: Page, username: string, secret: string) {
  await page.goto("/petugas/masuk");
  await page.getByLabel("Nama pengguna").fill(username);
  await page.getByLabel("Kata sandi").fill(OFFICER_PASSWORD);
  await page.getByLabel(/Kode autentikator/).fill(totp(secret));
  await page.getByRole("button", { name: "Masuk" }).click();
  await page.waitForURL(/\/petugas$/);
}

/** A desk officer's browser: the 1366 × 768 window of the desks' laptops, a context of its own. */
export async function deskBrowser(browser: Browser): Promise<Page> {
  const context = await browser.newContext({
    baseURL: test.info().project.use.baseURL,
    viewport: { width: 1366, height: 768 },
  });
  return context.newPage();
}

/** Fails when the page scrolls sideways: nothing on a desk page may be wider than the window. */
export async function expectNoSidewaysScroll(page: Page) {
  const widths = await page.evaluate(() => [document.documentElement.scrollWidth, window.innerWidth]);
  expect(widths[0], `page ${page.url()} is ${widths[0]} px wide in a ${widths[1]} px window`).toBeLessThanOrEqual(widths[1]);
}

/** Files the complete complaint, photo included, from the citizen's form on `page`; returns its tracking code. */
export async function fileComplaint(page: Page): Promise<string> {
  await page.goto("/lapor");
  await hydrated(page);
  await fillText(page);
  await page.getByLabel("Foto").setInputFiles(path.join(__dirname, "pixel.png"));
  await page.getByRole("button", { name: "Kirim pengaduan" }).click();
  await expect(page).toHaveURL(/\/lapor\/terkirim\/ADU-/);
  return (await page.getByTestId("tracking-code").textContent())!.trim();
}

/**
 * The main desk enters a complaint a reporter sent by WhatsApp on the citizens' form (its session
 * is not held to the public's per-network limit) and passes on the code and PIN; the reporter
 * opens it on their `phone` with them. Returns the tracking code.
 */
export async function fileForReporter(desk: Page, phone: Page): Promise<string> {
  const code = await fileComplaint(desk);
  const pin = (await desk.getByTestId("pin").textContent())!.trim();
  await phone.goto("/lacak");
  await hydrated(phone);
  await phone.getByLabel("Kode lacak").fill(code);
  await phone.getByLabel("PIN (10 angka)").fill(pin);
  await phone.getByRole("button", { name: "Lihat aduan" }).click();
  await expect(phone).toHaveURL(new RegExp(`/lacak/${code}$`));
  return code;
}

/** The main desk verifies the complaint as public and dispatches it to the transport agency. */
export async function verifyAndDispatch(desk: Page, code: string) {
  await act(desk, code, "Verifikasi", (form) => form.getByLabel("Publik").check());
  await act(desk, code, "Disposisikan", (form) => form.getByLabel("Perangkat daerah tujuan").selectOption("dishub"));
}

/** Opens the complaint from the queue and takes one action by its button. */
export async function act(page: Page, code: string, button: string, fill?: (form: Locator) => Promise<void>) {
  await page.goto("/petugas");
  await page.locator(`a[href="/petugas/aduan/${code}"]`).click();
  await expect(page).toHaveURL(new RegExp(`/petugas/aduan/${code}`));
  const form = page.locator("form.desk-action").filter({ has: page.getByRole("button", { name: button }) });
  if (fill) await fill(form);
  await form.getByRole("button", { name: button }).click();
  await expect(page.getByTestId("desk-notice")).toHaveText("Tindakan tercatat.");
}

/**
 * Fails when axe-core finds a WCAG 2.1 A or AA violation on the page as it is now: names, roles,
 * contrast, labels, landmarks, language. Each violation is listed with the first elements it hit.
 */
export async function expectAccessible(page: Page) {
  const { default: AxeBuilder } = await import("@axe-core/playwright");
  const results = await new AxeBuilder({ page }).withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]).analyze();
  const violations = results.violations.map(
    (violation) =>
      `${violation.id} (${violation.impact}): ${violation.help} at ${violation.nodes
        .slice(0, 3)
        .map((node) => node.target.join(" "))
        .join(" | ")}`,
  );
  expect(violations, `axe on ${page.url()}`).toEqual([]);
}

async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.listen(0, "127.0.0.1", () => {
      const { port } = server.address() as net.AddressInfo;
      server.close(() => resolve(port));
    });
    server.on("error", reject);
  });
}

/**
 * Starts `aduan serve` of a test's own, in a fresh data folder, with `env` beside the shared
 * server's: for a test that needs another SOP profile or a clock it moves. Stop it with
 * `server.kill("SIGTERM")`.
 */
export async function serveOwn(
  name: string,
  env: Record<string, string> = {},
): Promise<{ url: string; server: ChildProcess; dataDir: string }> {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), `aduan-${name}-`));
  const port = await freePort();
  const server = spawn(process.env.ADUAN_BIN ?? "../target/debug/aduan", ["serve"], {
    env: {
      ...process.env,
      ADUAN_BIND: `127.0.0.1:${port}`,
      ADUAN_DATA_DIR: dataDir,
      ADUAN_SITE_ROOT: process.env.ADUAN_SITE_ROOT ?? "../target/site",
      ADUAN_LOG: "warn",
      ...env,
    },
    stdio: ["ignore", "inherit", "inherit"],
  });
  const url = `http://127.0.0.1:${port}`;
  for (let attempt = 0; ; attempt++) {
    try {
      if ((await fetch(`${url}/healthz`)).ok) break;
    } catch {
      // not listening yet
    }
    if (attempt > 300 || server.exitCode !== null) throw new Error(`the server for ${name} did not start`);
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  return { url, server, dataDir };
}

/** A browser context on `baseURL` at `width`×`height`, a phone's below 500 px. */
export async function sizedContext(browser: Browser, baseURL: string, width: number, height: number) {
  return browser.newContext({ baseURL, viewport: { width, height }, isMobile: width < 500, hasTouch: width < 500 });
}
