import { expect, test, type Page } from "@playwright/test";
import path from "node:path";
import {
  createOfficer,
  deskBrowser,
  expectAccessible,
  expectNoSidewaysScroll,
  fileComplaint,
  fillText,
  hydrated,
  logIn,
  screenshots,
} from "./helpers";

/** Opens `address`, waits for the page to be live, and runs axe on it. */
async function check(page: Page, address: string) {
  await page.goto(address);
  await hydrated(page);
  await expectAccessible(page);
}

test("every citizen page passes axe's WCAG 2.1 AA checks on a phone", async ({ page }) => {
  test.setTimeout(90_000);
  for (const address of ["/", "/lapor", "/lacak", "/statistik", "/aduan", "/petugas/masuk", "/petugas/siapkan"]) {
    await check(page, address);
  }
  // A filed complaint's receipt and tracking page, with a photo.
  await page.goto("/lapor");
  await hydrated(page);
  await fillText(page);
  await page.getByLabel("Foto").setInputFiles(path.join(__dirname, "pixel.png"));
  await expect(page.locator(".thumbnails img")).toHaveCount(1);
  await expectAccessible(page);
  await page.getByRole("button", { name: "Kirim pengaduan" }).click();
  await expect(page).toHaveURL(/\/lapor\/terkirim\/ADU-/);
  await expectAccessible(page);
  const code = (await page.getByTestId("tracking-code").textContent())!.trim();
  await check(page, `/lacak/${code}`);
  // The same pages in English.
  await page.getByRole("button", { name: "English" }).click();
  await expect(page.locator("html")).toHaveAttribute("lang", "en");
  await check(page, "/lapor");
  await check(page, `/lacak/${code}`);
});

test("every desk page passes axe's WCAG 2.1 AA checks at 1366 px, in English and on a tablet", async ({
  page,
  browser,
}) => {
  test.setTimeout(120_000);
  const deskSecret = createOfficer("axe-meja", "main_desk");
  const adminSecret = createOfficer("axe-admin", "system_admin");
  // Its own account: a code already used by "axe-meja" would be refused as a replay.
  const tabletSecret = createOfficer("axe-tablet", "main_desk");
  const code = await fileComplaint(page);

  const desk = await deskBrowser(browser);
  await logIn(desk, "axe-meja", deskSecret);
  for (const address of [
    "/petugas",
    `/petugas/aduan/${code}`,
    "/petugas/lapor",
    "/petugas/laporan",
    "/petugas/laporan/harian",
    "/petugas/laporan/bulanan",
    "/petugas/akun",
  ]) {
    await check(desk, address);
  }
  // The photo viewer, open.
  await desk.goto(`/petugas/aduan/${code}`);
  await hydrated(desk);
  await desk.locator("#foto").getByTestId("photo-thumbnail").first().click();
  await expect(desk.locator("#foto-1")).toBeVisible();
  await expectAccessible(desk);

  // The desk in English, read and checked the same way.
  await desk.goto("/petugas");
  await desk.getByRole("button", { name: "English" }).click();
  await expect(desk.locator("html")).toHaveAttribute("lang", "en");
  for (const [address, name] of [
    ["/petugas", "desk-queue-en"],
    [`/petugas/aduan/${code}`, "desk-complaint-en"],
  ]) {
    await check(desk, address);
    await expectNoSidewaysScroll(desk);
    await desk.screenshot({ path: path.join(screenshots, `${name}.png`), fullPage: true });
  }

  // A tablet held upright (820 px): the workspace stacks, nothing scrolls sideways.
  const tablet = await (
    await browser.newContext({ baseURL: test.info().project.use.baseURL, viewport: { width: 820, height: 1180 } })
  ).newPage();
  await logIn(tablet, "axe-tablet", tabletSecret);
  for (const [address, name] of [
    ["/petugas", "desk-queue-tablet"],
    [`/petugas/aduan/${code}`, "desk-complaint-tablet"],
  ]) {
    await check(tablet, address);
    await expectNoSidewaysScroll(tablet);
    await tablet.screenshot({ path: path.join(screenshots, `${name}.png`), fullPage: true });
  }

  const admin = await deskBrowser(browser);
  await logIn(admin, "axe-admin", adminSecret);
  await check(admin, "/petugas/admin");
});
