import { expect, test, type Page } from "@playwright/test";

/** Resolves once the WebAssembly has hydrated the page (the shared rules now run in the browser). */
async function waitForHydration(page: Page) {
  // The entry point marks <html data-hydrated> right after hydration.
  await page.waitForSelector("html[data-hydrated]", { state: "attached" });
  // Effects started by hydration finish shortly after (event handlers settle a tick later).
  await page.waitForTimeout(200);
}

test("an invalid NIK is explained in the browser without asking the server", async ({ page }) => {
  await page.goto("/lapor");
  await waitForHydration(page);

  // From here on, any request to the server would mean the check did not run in the browser.
  const requests: string[] = [];
  page.on("request", (request) => requests.push(request.url()));

  const nik = page.getByRole("textbox", { name: "NIK" });
  await nik.fill("1234");
  await nik.blur();

  const error = page.locator("#nik-error");
  await expect(error).toContainText("16");
  await expect(nik).toHaveAttribute("aria-invalid", "true");
  expect(requests).toEqual([]);

  // A valid NIK clears the message, still without a request.
  await nik.fill("3503015708900001");
  await expect(error).toBeEmpty();
  await expect(nik).toHaveAttribute("aria-invalid", "false");
  expect(requests).toEqual([]);
});

test("the form fits a phone screen without sideways scrolling", async ({ page }) => {
  await page.goto("/lapor");
  const overflow = await page.evaluate(
    () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
  );
  expect(overflow).toBeLessThanOrEqual(0);
  // Touch targets: the submit button is at least 44 px tall (WCAG 2.5.5).
  const box = await page.getByRole("button", { name: /Kirim pengaduan/ }).boundingBox();
  expect(box?.height ?? 0).toBeGreaterThanOrEqual(44);
});

test("the language switch turns the form into English and remembers it", async ({ page }) => {
  await page.goto("/lapor");
  await waitForHydration(page);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Formulir pengaduan");

  await page.getByRole("button", { name: /English/ }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Complaint form");

  await page.reload();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Complaint form");
  await expect(page.locator("html")).toHaveAttribute("lang", "en");
});

test("the filing page downloads the citizens' bundle only, compressed and cacheable", async ({ page }) => {
  const bundles: { url: string; encoding?: string; cache?: string }[] = [];
  page.on("response", (response) => {
    const url = new URL(response.url());
    if (/\.(wasm|js)$/.test(url.pathname)) {
      const headers = response.headers();
      bundles.push({ url: url.pathname, encoding: headers["content-encoding"], cache: headers["cache-control"] });
    }
  });
  await page.goto("/lapor");
  await waitForHydration(page);

  const wasm = bundles.filter((bundle) => bundle.url.endsWith(".wasm"));
  expect(wasm).toHaveLength(1);
  expect(wasm[0].url).toMatch(/^\/pkg\/aduan-[0-9a-f]{16}_bg\.wasm$/);
  expect(bundles.some((bundle) => bundle.url.includes("aduan_desk"))).toBe(false);
  for (const bundle of bundles) {
    expect(bundle.encoding).toBe("br");
    expect(bundle.cache).toContain("immutable");
  }
});
