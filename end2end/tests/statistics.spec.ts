import { expect, test } from "@playwright/test";
import path from "node:path";
import { screenshots } from "./helpers";

test("the public statistics show charts with tables on a phone, and the CSV downloads", async ({ page }) => {
  await page.goto("/statistik");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Statistik pengaduan");
  await expect(page.locator("svg.chart")).toHaveCount(5);
  await expect(page.locator("table.stats-table")).toHaveCount(5);
  await expect(page.getByRole("img", { name: "Per status" })).toBeVisible();
  // No sideways scrolling at phone width.
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
  expect(overflow).toBeLessThanOrEqual(0);
  await page.screenshot({ path: path.join(screenshots, "statistics.png"), fullPage: true });

  const href = await page.getByTestId("csv").getAttribute("href");
  const csv = await page.request.get(href!);
  expect(csv.status()).toBe(200);
  expect(await csv.text()).toMatch(/^table,key,count\n/);

  // The period choice works without the WebAssembly: a plain GET form.
  await page.getByLabel("Bulan", { exact: true }).selectOption("1");
  await page.getByRole("button", { name: "Tampilkan" }).click();
  await expect(page).toHaveURL(/bulan=1/);
  await expect(page.locator("svg.chart")).toHaveCount(5);
});
