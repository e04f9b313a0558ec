import { expect, test, type Browser } from "@playwright/test";
import { spawn } from "node:child_process";
import fs from "node:fs";
import net from "node:net";
import os from "node:os";
import path from "node:path";
import { act, createOfficer, fileComplaint, logIn, screenshots } from "./helpers";

// A server of this test's own whose clock the test moves: Debian's libfaketime reads the offset
// from a file on every call, so the scheduler inside the real binary sees the days pass. Only the
// wall clock moves; the monotonic clock its timers run on does not.
const FAKETIME_LIB = process.env.ADUAN_E2E_FAKETIME_LIB ?? "/usr/lib/x86_64-linux-gnu/faketime/libfaketimeMT.so.1";

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

/** Starts `aduan serve` in `dataDir` with its wall clock offset by what `clockFile` says. */
async function serveWithMovableClock(dataDir: string, clockFile: string) {
  const port = await freePort();
  const server = spawn(process.env.ADUAN_BIN ?? "../target/debug/aduan", ["serve"], {
    env: {
      ...process.env,
      ADUAN_BIND: `127.0.0.1:${port}`,
      ADUAN_DATA_DIR: dataDir,
      ADUAN_SITE_ROOT: process.env.ADUAN_SITE_ROOT ?? "../target/site",
      ADUAN_LOG: "warn",
      LD_PRELOAD: FAKETIME_LIB,
      FAKETIME_TIMESTAMP_FILE: clockFile,
      FAKETIME_NO_CACHE: "1",
      FAKETIME_DONT_FAKE_MONOTONIC: "1",
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
    if (attempt > 300 || server.exitCode !== null) throw new Error("the server with a movable clock did not start");
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  return { url, server };
}

async function context(browser: Browser, baseURL: string, width: number, height: number) {
  return browser.newContext({ baseURL, viewport: { width, height }, isMobile: width < 500, hasTouch: width < 500 });
}

test("a returned complaint nobody completes closes by itself two weeks later", async ({ browser }) => {
  test.setTimeout(150_000);
  expect(fs.existsSync(FAKETIME_LIB), `libfaketime at ${FAKETIME_LIB}`).toBe(true);
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), "aduan-returned-"));
  const clockFile = path.join(dataDir, "faketime");
  fs.writeFileSync(clockFile, "+0\n");
  const { url, server } = await serveWithMovableClock(dataDir, clockFile);
  try {
    const deskSecret = createOfficer("meja-kembali", "main_desk", undefined, dataDir);
    const phone = await (await context(browser, url, 390, 844)).newPage();
    const code = await fileComplaint(phone);

    const desk = await (await context(browser, url, 1366, 768)).newPage();
    await logIn(desk, "meja-kembali", deskSecret);
    await act(desk, code, "Kembalikan ke pelapor", (form) =>
      form.getByLabel("Alasan").fill("Mohon sebutkan nomor tiang lampu yang mati."),
    );

    // The reporter is told when it closes without their correction: 7 days, a reminder, 7 more.
    await phone.goto(`/lacak/${code}`);
    await expect(phone.getByTestId("status")).toHaveText("Dikembalikan ke Pelapor");
    await expect(phone.getByTestId("complete")).toBeVisible();
    const closesAt = (await phone.getByTestId("closes-at").textContent())!.trim();
    const expected = new Date(Date.now() + 14 * 24 * 3600 * 1000);
    const day = (date: Date) => date.toLocaleDateString("en-GB", { timeZone: "Asia/Jakarta" }).replaceAll("/", "-");
    expect(closesAt).toContain(day(expected));

    // Fifteen days on, the scheduler's next round closes it; the reporter can no longer correct it.
    fs.writeFileSync(clockFile, "+15d\n");
    await expect
      .poll(
        async () => {
          await phone.goto(`/lacak/${code}`);
          return (await phone.getByTestId("status").textContent())?.trim();
        },
        { timeout: 75_000, intervals: [5_000] },
      )
      .toBe("Selesai (Tanpa konfirmasi pelapor)");
    await expect(phone.getByTestId("complete")).toHaveCount(0);
    await expect(phone.getByTestId("timeline")).toContainText("Tutup tanpa konfirmasi");
    await phone.screenshot({ path: path.join(screenshots, "tracking-returned-closed.png"), fullPage: true });
  } finally {
    server.kill("SIGTERM");
  }
});
