import { expect, test } from "@playwright/test";
import path from "node:path";
import { createOfficer, deskBrowser, expectNoSidewaysScroll, hydrated, logIn, screenshots } from "./helpers";

test("the administrator downloads a profile, imports a sixth region's, and is told what is wrong in a bad one", async ({
  browser,
}) => {
  test.setTimeout(90_000);
  const secret = createOfficer("admin-profil", "system_admin");
  const admin = await deskBrowser(browser);
  await logIn(admin, "admin-profil", secret);
  await admin.goto("/petugas/admin#sop");
  await hydrated(admin);

  // The shipped profile downloads as a TOML file with its standards in the SOP's words.
  const kapuas = admin.getByTestId("sop-steps-kapuas");
  await kapuas.locator("summary").click();
  const link = admin.getByTestId("sop-download-kapuas");
  const document = await (await admin.request.get((await link.getAttribute("href"))!)).text();
  expect(document).toContain('id = "kapuas"');
  expect(document).toContain('standard = "3 hari"');

  // A copy under a new id, with a mistake: refused above the form, the text still in its box.
  const pacitan = document
    .replace('id = "kapuas"', 'id = "pacitan"')
    .replace(/name = "[^"]*"/, 'name = "Dinas Kominfo Kabupaten Pacitan"');
  const wrong = pacitan.replace('standard = "3 hari"', 'standard = "tiga hari"');
  const form = admin.getByTestId("sop-import");
  await form.locator("summary").click();
  await form.getByLabel("Dokumen profil (TOML)").fill(wrong);
  await form.getByRole("button", { name: "Impor profil" }).click();
  await expect(form.getByTestId("form-problems")).toContainText("standar waktu ditulis seperti");
  await expect(form.getByLabel("Dokumen profil (TOML)")).toHaveValue(wrong);
  await expectNoSidewaysScroll(admin);
  await admin.screenshot({ path: path.join(screenshots, "admin-profile-refused.png"), fullPage: true });

  // Mended, it is taken as the sixth profile, offered beside the five.
  await form.getByLabel("Dokumen profil (TOML)").fill(pacitan);
  await form.getByRole("button", { name: "Impor profil" }).click();
  await expect(admin.getByTestId("sop-steps-pacitan")).toContainText("Dinas Kominfo Kabupaten Pacitan · versi 1");
  await expect(admin.getByTestId("sop-form").locator('option[value="pacitan"]')).toHaveCount(1);
  await admin.getByTestId("sop-steps-pacitan").locator("summary").click();
  await admin.getByTestId("sop-steps-pacitan").scrollIntoViewIfNeeded();
  await admin.screenshot({ path: path.join(screenshots, "admin-profiles.png") });
});
