import { expect, test } from "@playwright/test";
import fs from "node:fs";
import path from "node:path";
import { createOfficer, deskBrowser, fillText, hydrated, logIn, screenshots } from "./helpers";

test("the tracking code and PIN open the complaint on another phone, never its reporter", async ({ page, browser }) => {
  await page.goto("/lapor");
  await hydrated(page);
  await fillText(page);
  await page.getByLabel("Foto").setInputFiles(path.join(__dirname, "pixel.png"));
  await expect(page.locator(".thumbnails img")).toHaveCount(1);
  await page.getByRole("button", { name: "Kirim pengaduan" }).click();
  await expect(page).toHaveURL(/\/lapor\/terkirim\/ADU-/);
  const code = (await page.getByTestId("tracking-code").textContent())!.trim();
  const pin = (await page.getByTestId("pin").textContent())!.trim();

  // The receipt's link opens the tracking page in the filer's own browser, no PIN asked.
  await page.getByTestId("track-link").click();
  await expect(page).toHaveURL(new RegExp(`/lacak/${code}$`));
  await expect(page.getByTestId("status")).toHaveText("Menunggu Verifikasi");
  await expect(page.getByTestId("timeline")).toContainText("Aduan diterima");
  await expect(page.getByTestId("deadline")).toContainText("WIB");

  // Another phone: the code alone shows nothing; a wrong PIN says so; the right one opens it.
  const other = await browser.newContext({
    baseURL: test.info().project.use.baseURL,
    viewport: { width: 390, height: 844 },
    isMobile: true,
  });
  const phone = await other.newPage();
  await phone.goto("/lacak");
  await hydrated(phone);
  await phone.getByLabel("Kode lacak").fill(code);
  await phone.getByLabel("PIN (10 angka)").fill(pin === "0000000000" ? "1111111111" : "0000000000");
  await phone.getByRole("button", { name: "Lihat aduan" }).click();
  await expect(phone.getByTestId("track-problem")).toContainText("Kode lacak atau PIN tidak cocok");
  await expect(phone.getByLabel("Kode lacak")).toHaveValue(code);

  await phone.getByLabel("PIN (10 angka)").fill(pin);
  await phone.getByRole("button", { name: "Lihat aduan" }).click();
  await expect(phone).toHaveURL(new RegExp(`/lacak/${code}$`));
  await expect(phone.getByRole("heading", { level: 1 })).toHaveText("Lampu jalan mati di depan Pasar Pon");
  await expect(phone.locator(".photo-strip img")).toHaveCount(1);
  // The photo really loads for the PIN holder.
  await expect
    .poll(() => phone.locator(".photo-strip img").evaluate((img: HTMLImageElement) => img.naturalWidth))
    .toBeGreaterThan(0);
  const body = await phone.locator("body").innerText();
  expect(body).not.toContain("Siti Rahayu");
  expect(body).not.toContain("3503015708900001");
  await phone.screenshot({ path: path.join(screenshots, "tracking.png"), fullPage: true });
  await other.close();
});

test("the reporter downloads their data with the PIN and asks for erasure, which the main desk decides", async ({ page, browser }) => {
  const deskSecret = createOfficer("wati", "main_desk");
  await page.goto("/lapor");
  await hydrated(page);
  await fillText(page);
  await page.getByLabel("Foto").setInputFiles(path.join(__dirname, "pixel.png"));
  await expect(page.locator(".thumbnails img")).toHaveCount(1);
  await page.getByRole("button", { name: "Kirim pengaduan" }).click();
  await expect(page).toHaveURL(/\/lapor\/terkirim\/ADU-/);
  const code = (await page.getByTestId("tracking-code").textContent())!.trim();
  const pin = (await page.getByTestId("pin").textContent())!.trim();
  await page.getByTestId("track-link").click();

  // Everything held, as one file, after the PIN once more.
  const yours = page.getByTestId("your-data");
  await yours.locator("summary").click();
  await yours.getByLabel("PIN (10 angka)").fill(pin);
  const download = page.waitForEvent("download");
  await yours.getByRole("button", { name: "Unduh data saya (JSON)" }).click();
  const file = await download;
  expect(file.suggestedFilename()).toBe(`aduan-${code}.json`);
  const data = JSON.parse(fs.readFileSync(await file.path(), "utf8"));
  expect(data.tracking_code).toBe(code);
  expect(data.reporter.nik).toMatch(/^\d{16}$/);
  expect(data.photos).toHaveLength(1);
  expect(data.timeline[0].kind).toBe("submit");

  // Asking for erasure while the complaint is open.
  await yours.getByLabel("Alasan (tidak wajib)").fill("Saya tidak ingin data saya disimpan.");
  await yours.getByRole("button", { name: "Minta data saya dihapus" }).click();
  await expect(page.getByTestId("track-notice")).toContainText("Permintaan hapus data Anda diterima");
  await page.getByTestId("your-data").locator("summary").click();
  await expect(page.getByTestId("erasure-state")).toContainText("menunggu keputusan Admin Utama");
  await page.getByTestId("your-data").screenshot({ path: path.join(screenshots, "tracking-your-data.png") });

  // The main desk reads the reason and approves: held until the complaint is finished.
  const desk = await deskBrowser(browser);
  await logIn(desk, "wati", deskSecret);
  await desk.goto(`/petugas/aduan/${code}`);
  const request = desk.getByTestId("erasure-request");
  await expect(request).toContainText("Saya tidak ingin data saya disimpan.");
  await expect(request.getByTestId("erasure-due")).toContainText("WIB");
  await request.screenshot({ path: path.join(screenshots, "desk-erasure.png") });
  await request.getByRole("button", { name: "Setujui penghapusan" }).click();
  await expect(desk.getByTestId("erasure-decided")).toContainText("dihapus begitu aduan selesai");
  await page.reload();
  await page.getByTestId("your-data").locator("summary").click();
  await expect(page.getByTestId("erasure-state")).toContainText("dihapus begitu aduan selesai");
});
