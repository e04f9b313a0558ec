import { type Page } from "@playwright/test";
import fs from "node:fs";
import path from "node:path";

/** Where the tests leave screenshots for people to look at (not committed). */
export const screenshots = path.join(__dirname, "..", "screenshots");
fs.mkdirSync(screenshots, { recursive: true });

/** Resolves once the WebAssembly has hydrated the page: the draft restorer has run. */
export async function hydrated(page: Page) {
  await page.waitForFunction(() =>
    performance
      .getEntriesByType("resource")
      .some((entry) => entry.name.endsWith("/pkg/aduan_bg.wasm") && (entry as PerformanceResourceTiming).responseEnd > 0),
  );
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
}
