import { expect, test } from "@playwright/test";
import path from "node:path";
import { createOfficer, fillText, hydrated, logIn, screenshots, serveOwn, sizedContext } from "./helpers";

// A server of this test's own under Cilacap's profile, whose SOP asks for the reporter's home
// address ("nama pemohon, alamat pemohon, pesan aduan"), and one under Surabaya's, whose desk
// enters the topic of what comes by other channels, and the social media account of what comes by
// social media.

test("under Cilacap's SOP the phone asks for the home address, and only the desk sees it", async ({ browser }) => {
  test.setTimeout(90_000);
  const { url, server, dataDir } = await serveOwn("cilacap", { ADUAN_SOP_PROFILE: "cilacap" });
  try {
    const deskSecret = createOfficer("meja-cilacap", "main_desk", undefined, dataDir);
    const phone = await (await sizedContext(browser, url, 390, 844)).newPage();
    await phone.goto("/lapor");
    await hydrated(phone);
    await fillText(phone);
    await phone.getByLabel("Foto").setInputFiles(path.join(__dirname, "pixel.png"));
    const home = phone.getByLabel("Alamat pelapor");
    await expect(home).toBeVisible();

    // The shared rule, in the browser: nothing is sent while the address is missing.
    let posted = false;
    phone.on("request", (request) => {
      if (request.method() === "POST" && new URL(request.url()).pathname === "/lapor") posted = true;
    });
    await phone.getByRole("button", { name: "Kirim pengaduan" }).click();
    await expect(phone.locator("#reporter_address-error")).toHaveText("Alamat pelapor wajib diisi.");
    expect(posted).toBe(false);
    await home.scrollIntoViewIfNeeded();
    await phone.screenshot({ path: path.join(screenshots, "filing-home-address-phone.png") });

    // Too short, then complete: the error follows what is typed, and the complaint goes.
    await home.fill("Jl");
    await expect(phone.locator("#reporter_address-error")).toHaveText("Alamat pelapor minimal 5 karakter.");
    await home.fill("Jl. Kenanga 7, RT 03 / RW 02, Sidanegara");
    await expect(phone.locator("#reporter_address-error")).toHaveText("");
    await phone.getByRole("button", { name: "Kirim pengaduan" }).click();
    await expect(phone).toHaveURL(/\/lapor\/terkirim\/ADU-/);
    const code = (await phone.getByTestId("tracking-code").textContent())!.trim();
    await expect(phone.locator("body")).not.toContainText("Kenanga");

    // The main desk reads it beside the reporter's name, in both languages.
    const desk = await (await sizedContext(browser, url, 1366, 768)).newPage();
    await logIn(desk, "meja-cilacap", deskSecret);
    await desk.goto(`/petugas/aduan/${code}`);
    await expect(desk.getByTestId("reporter-address")).toHaveText("Jl. Kenanga 7, RT 03 / RW 02, Sidanegara");
    await expect(desk.getByTestId("reporter")).toContainText("Alamat pelapor");
    await desk.getByTestId("reporter").scrollIntoViewIfNeeded();
    await desk.screenshot({ path: path.join(screenshots, "desk-home-address.png") });
    await desk.context().addCookies([{ name: "aduan_lang", value: "en", url }]);
    await desk.reload();
    await expect(desk.getByTestId("reporter")).toContainText("Reporter's home address");
    await desk.getByTestId("reporter").scrollIntoViewIfNeeded();
    await desk.screenshot({ path: path.join(screenshots, "desk-home-address-en.png") });

    // A phone in English is told in English, by the same rule.
    const english = await (await sizedContext(browser, url, 390, 844)).newPage();
    await english.context().addCookies([{ name: "aduan_lang", value: "en", url }]);
    await english.goto("/lapor");
    await hydrated(english);
    await english.getByLabel("Reporter's home address").fill("Jl");
    await english.getByLabel("Reporter's home address").blur();
    await expect(english.locator("#reporter_address-error")).toHaveText(
      "Reporter's home address must be at least 5 characters long.",
    );
    await english.getByLabel("Reporter's home address").evaluate((input) => input.scrollIntoView({ block: "center" }));
    await english.screenshot({ path: path.join(screenshots, "filing-home-address-phone-en.png") });

    // The administrator sees what the profile asks for.
    await desk.context().addCookies([{ name: "aduan_lang", value: "id", url }]);
    const admin = createOfficer("admin-cilacap", "system_admin", undefined, dataDir);
    const adminPage = await (await sizedContext(browser, url, 1366, 768)).newPage();
    await logIn(adminPage, "admin-cilacap", admin);
    await adminPage.goto("/petugas/admin");
    await expect(adminPage.getByTestId("sop-fields-cilacap")).toContainText("Alamat pelapor");
    await expect(adminPage.getByTestId("sop-fields-trenggalek")).toContainText("tidak ada");
  } finally {
    server.kill("SIGTERM");
  }
});

test("under Surabaya's SOP the desk enters the social media account and the topic", async ({ browser }) => {
  test.setTimeout(90_000);
  const { url, server, dataDir } = await serveOwn("surabaya", { ADUAN_SOP_PROFILE: "surabaya" });
  try {
    const deskSecret = createOfficer("meja-sby", "main_desk", undefined, dataDir);
    const desk = await (await sizedContext(browser, url, 1366, 768)).newPage();
    await logIn(desk, "meja-sby", deskSecret);
    await desk.goto("/petugas/lapor");
    await hydrated(desk);
    await desk.getByLabel("Kanal pengaduan").selectOption("social_media");
    await fillText(desk);
    await desk.getByLabel("Topik aduan").fill("Lampu jalan");
    await desk.getByRole("button", { name: "Kirim pengaduan" }).click();
    await expect(desk.locator("#social_media_account-error")).toHaveText("Akun media sosial pelapor wajib diisi.");
    await desk.getByLabel("Akun media sosial pelapor").scrollIntoViewIfNeeded();
    await desk.screenshot({ path: path.join(screenshots, "intake-social-media-account.png") });
    await desk.getByLabel("Akun media sosial pelapor").fill("@warga_sby di Instagram");
    await desk.getByRole("button", { name: "Kirim pengaduan" }).click();
    await expect(desk).toHaveURL(/\/lapor\/terkirim\/ADU-/);
    const code = (await desk.getByTestId("tracking-code").textContent())!.trim();

    await desk.goto(`/petugas/aduan/${code}`);
    await expect(desk.getByTestId("reporter-social-media")).toHaveText("@warga_sby di Instagram");
    await expect(desk.getByTestId("desk-topic")).toHaveText("Lampu jalan");

    // The citizens' own form asks for neither: it has the category.
    const phone = await (await sizedContext(browser, url, 390, 844)).newPage();
    await phone.goto("/lapor");
    await hydrated(phone);
    await expect(phone.getByLabel("Kategori")).toBeVisible();
    await expect(phone.getByLabel("Topik aduan")).toHaveCount(0);
    await expect(phone.getByLabel("Akun media sosial pelapor")).toHaveCount(0);
  } finally {
    server.kill("SIGTERM");
  }
});
