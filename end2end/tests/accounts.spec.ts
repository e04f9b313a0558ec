import { expect, test } from "@playwright/test";
import path from "node:path";
import { OFFICER_PASSWORD, createOfficer, deskBrowser, logIn, screenshots, totp } from "./helpers";

test("an account made by the administrator is set up by its officer, who alone knows its password and key", async ({
  page,
  browser,
}) => {
  test.setTimeout(90_000);
  // The administrator, at a desk, makes the account: the page shows a set-up code, no key.
  const adminSecret = createOfficer("admin-akun", "system_admin");
  const admin = await deskBrowser(browser);
  await logIn(admin, "admin-akun", adminSecret);
  await admin.goto("/petugas/admin");
  await expect(admin.getByTestId("sop-steps-surabaya")).toBeVisible();
  await admin.screenshot({ path: path.join(screenshots, "admin.png"), fullPage: true });
  // A fresh region: the set-up checklist is open at the top of the page.
  await expect(admin.getByTestId("setup-checklist")).toHaveAttribute("open", "");
  await admin.screenshot({ path: path.join(screenshots, "admin-checklist.png") });
  const form = admin.locator('form.desk-action.admin-add[action="/petugas/admin/akun"]');
  // A username that is taken: the refusal shows above the form, and what was typed stays.
  await form.getByLabel("Nama pengguna").fill("admin-akun");
  await form.getByLabel("Nama petugas").fill("Wulan Sari");
  await form.getByLabel("Peran", { exact: true }).selectOption("main_desk");
  await form.getByLabel("E-mail untuk pengingat tenggat (opsional)").fill("wulan@example.go.id");
  await form.getByRole("button", { name: "Tambah" }).click();
  await expect(form.getByTestId("form-problems")).toHaveText("Sudah ada petugas dengan nama pengguna ini.");
  await expect(form.getByLabel("Nama petugas")).toHaveValue("Wulan Sari");
  await expect(form.getByLabel("E-mail untuk pengingat tenggat (opsional)")).toHaveValue("wulan@example.go.id");
  await expect(form.getByLabel("Peran", { exact: true })).toHaveValue("main_desk");
  await admin.screenshot({ path: path.join(screenshots, "admin-refused.png") });
  await form.getByLabel("Nama pengguna").fill("wulan");
  await form.getByRole("button", { name: "Tambah" }).click();
  await expect(admin.getByRole("heading", { name: "Akun dibuat" })).toBeVisible();
  await admin.screenshot({ path: path.join(screenshots, "admin-setup-code.png"), fullPage: true });
  const code = (await admin.getByTestId("setup-code").textContent())!.trim();
  expect(code).toMatch(/^[a-z0-9]{5}(-[a-z0-9]{5}){3}$/);
  expect(await admin.content()).not.toContain("otpauth");

  // The officer, on a phone, chooses a password and enrols an authenticator.
  await page.goto("/petugas/siapkan");
  await page.screenshot({ path: path.join(screenshots, "setup-phone.png"), fullPage: true });
  await page.getByLabel("Nama pengguna").fill("wulan");
  await page.getByLabel("Kode penyiapan").fill(code!);
  await page.getByLabel("Kata sandi baru (minimal 12 karakter)").fill(OFFICER_PASSWORD);
  await page.getByLabel("Ulangi kata sandi baru").fill(OFFICER_PASSWORD);
  await page.getByRole("button", { name: "Lanjut ke autentikator" }).click();
  await expect(page.getByRole("heading", { name: "Daftarkan aplikasi autentikator" })).toBeVisible();
  await page.screenshot({ path: path.join(screenshots, "setup-authenticator-phone.png"), fullPage: true });
  const key = (await page.getByTestId("totp-key").textContent())!.replace(/\s/g, "");
  await page.getByLabel("Kode autentikator").fill(totp(key));
  await page.getByRole("button", { name: "Selesaikan penyiapan" }).click();
  await expect(page.getByRole("heading", { name: "Akun siap dipakai" })).toBeVisible();
  await page.screenshot({ path: path.join(screenshots, "setup-done-phone.png"), fullPage: true });

  // She logs in with what only she knows; the account page offers renewing both.
  await logIn(page, "wulan", key);
  await page.goto("/petugas/akun");
  await expect(page.getByRole("heading", { name: "Akun saya" })).toBeVisible();
  await page.screenshot({ path: path.join(screenshots, "account-phone.png"), fullPage: true });
  await page.getByLabel("Kata sandi saat ini").fill("bukan-kata-sandi-saya");
  await page.getByRole("button", { name: "Ganti kata sandi dan autentikator" }).click();
  await expect(page.getByTestId("account-problem")).toHaveText("Kata sandi saat ini salah.");
});
