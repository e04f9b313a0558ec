import { expect, test } from "@playwright/test";
import { execFileSync } from "node:child_process";
import path from "node:path";
import { screenshots } from "./helpers";

// Seeded once with the server's own `aduan seed`, into the data folder the server under test uses.
test.beforeAll(() => {
  execFileSync(process.env.ADUAN_BIN ?? "../target/debug/aduan", ["seed", "--complaints", "600", "--days", "120"], {
    env: { ...process.env, ADUAN_LOG: "warn" },
    encoding: "utf8",
  });
});

test("the public statistics show charts with tables on a phone, and the CSV downloads", async ({ page }) => {
  await page.goto("/statistik");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Statistik pengaduan");
  // A bar chart per table and the monthly trend, each with its table.
  await expect(page.locator("svg.chart")).toHaveCount(8);
  await expect(page.locator("svg.line-chart")).toHaveCount(1);
  await expect(page.locator("svg.line-chart circle").first()).toBeVisible();
  await expect(page.locator("section.stats-section table.stats-table").first()).toBeVisible();
  await expect(page.getByRole("img", { name: "Per status" })).toBeVisible();
  await expect(page.getByRole("img", { name: "Per kecamatan" })).toBeVisible();
  // The seeded complaints are counted: hundreds received, response times published.
  const received = Number(await page.getByTestId("received").textContent());
  expect(received).toBeGreaterThan(100);
  await expect(page.getByTestId("durations")).toContainText("Median");
  await expect(page.getByTestId("durations")).not.toContainText("—");
  // No sideways scrolling at phone width.
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
  expect(overflow).toBeLessThanOrEqual(0);
  await page.screenshot({ path: path.join(screenshots, "statistics.png"), fullPage: true });

  const href = await page.getByTestId("csv").getAttribute("href");
  const csv = await page.request.get(href!);
  expect(csv.status()).toBe(200);
  const text = await csv.text();
  expect(text).toMatch(/^table,key,value\n/);
  expect(text).toMatch(/\nstatus,total,\d+\n/);

  // The period choice works without the WebAssembly: a plain GET form.
  await page.getByLabel("Triwulan", { exact: true }).selectOption("1");
  await page.getByRole("button", { name: "Tampilkan" }).click();
  await expect(page).toHaveURL(/kuartal=1/);
  await expect(page.locator("svg.chart")).toHaveCount(8);
});

test("the public list shows seeded complaints with initials, page by page, on a phone", async ({ page }) => {
  await page.goto("/aduan");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Daftar aduan publik");
  const cards = page.locator("ul.public-list li.card");
  await expect(cards).toHaveCount(20);
  await expect(cards.first()).toContainText("Pelapor");
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
  expect(overflow).toBeLessThanOrEqual(0);
  await page.screenshot({ path: path.join(screenshots, "public-list.png"), fullPage: true });
  // No coordinates, NIKs or phone numbers anywhere on the page.
  const html = await page.content();
  expect(html).not.toMatch(/\b08\d{10}\b/);
  expect(html).not.toMatch(/\b35\d{14}\b/);
  await page.getByRole("link", { name: "Berikutnya →" }).click();
  await expect(page).toHaveURL(/halaman=2/);
  await expect(cards.first()).toBeVisible();
});
