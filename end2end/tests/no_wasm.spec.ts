import { expect, test } from "@playwright/test";
import path from "node:path";
import { fillText, screenshots, serveOwn, sizedContext } from "./helpers";

// A phone that cannot run the WebAssembly (blocked by a proxy, an old browser, a failed
// download): the server's HTML alone still files a complaint. A server of this test's own, so
// its filings do not count against the shared one's per-network limit.

test("with WebAssembly blocked the phone still files a complaint, and a refusal loses nothing typed", async ({
  browser,
}) => {
  test.setTimeout(60_000);
  const { url, server } = await serveOwn("no-wasm");
  try {
    const phone = await (await sizedContext(browser, url, 390, 844)).newPage();
    let wasmBlocked = 0;
    await phone.route("**/*.wasm", (route) => {
      wasmBlocked++;
      return route.abort();
    });
    await phone.goto("/lapor");
    // Give the page the time it would take to hydrate: it never does.
    await phone.waitForTimeout(1000);
    expect(wasmBlocked).toBeGreaterThan(0);
    await expect(phone.locator("html[data-hydrated]")).toHaveCount(0);

    // Everything but the NIK: the browser posts the form itself and the server names what is missing.
    await fillText(phone);
    await phone.getByRole("textbox", { name: "NIK" }).fill("");
    await phone.getByLabel("Foto").setInputFiles(path.join(__dirname, "pixel.png"));
    await phone.getByRole("button", { name: "Kirim pengaduan" }).click();
    await expect(phone.locator("body")).toContainText("NIK wajib diisi.");
    await phone.screenshot({ path: path.join(screenshots, "no-wasm-refused.png"), fullPage: true });

    // Back to the form: what was typed is still there; the NIK added, it files.
    await phone.goBack();
    await expect(phone.getByLabel("Judul aduan")).toHaveValue("Lampu jalan mati di depan Pasar Pon");
    await expect(phone.getByLabel("Nama pelapor")).toHaveValue("Siti Rahayu");
    await expect(phone.getByLabel("Alamat lokasi kejadian")).toHaveValue(
      "Jl. Soekarno-Hatta depan Pasar Pon, Trenggalek",
    );
    await phone.getByRole("textbox", { name: "NIK" }).fill("3503015708900001");
    await phone.getByLabel("Foto").setInputFiles(path.join(__dirname, "pixel.png"));
    await phone.getByRole("button", { name: "Kirim pengaduan" }).click();
    await expect(phone).toHaveURL(/\/lapor\/terkirim\/ADU-/);
    await expect(phone.getByTestId("tracking-code")).toHaveText(/^ADU-/);
    await expect(phone.getByTestId("pin")).toHaveText(/^\d{10}$/);
    await phone.screenshot({ path: path.join(screenshots, "no-wasm-receipt.png"), fullPage: true });
  } finally {
    server.kill("SIGTERM");
  }
});
