import { expect, test } from "@playwright/test";
import path from "node:path";
import { createOfficer, deskBrowser, expectNoSidewaysScroll, logIn, screenshots } from "./helpers";

test("the administrator imports next year's days off, mending a bad line where it was typed, and the warning ends", async ({ browser }) => {
  test.setTimeout(90_000);
  const secret = createOfficer("admin-kalender", "system_admin");
  const admin = await deskBrowser(browser);
  await logIn(admin, "admin-kalender", secret);
  await admin.goto("/petugas/admin#kalender");
  // The server ships one decree (2026): from November on, the next year is unknown and warned of.
  const thisYear = new Date().getFullYear();
  const gap = admin.getByTestId("calendar-gap");
  await expect(gap).toBeVisible();
  await expect(gap).toContainText("belum diisi");
  await gap.screenshot({ path: path.join(screenshots, "admin-calendar-gap.png") });
  await expect(admin.getByTestId("office-hours")).toContainText("07:30–11:30, 13:00–14:30");
  await admin.locator("#kalender").screenshot({ path: path.join(screenshots, "admin-calendar.png") });

  // A CSV with a date that does not exist: refused, the line named, the text kept to mend.
  const years = [thisYear, thisYear + 1];
  const lines = ["tanggal,jenis,keterangan"];
  for (const year of years) {
    lines.push(`${year}-01-01,libur_nasional,Tahun Baru ${year} Masehi`);
    lines.push(`${year}-08-17,libur_nasional,Proklamasi Kemerdekaan`);
  }
  const bad = `${thisYear + 1}-02-30,cuti_bersama,Cuti bersama`;
  const csv = [...lines, bad].join("\n");
  const form = admin.getByTestId("days-off-import");
  await form.getByRole("textbox").fill(csv);
  await form.getByRole("button", { name: "Impor hari libur" }).click();
  // The refusal shows above the form (the page is not left), every line as typed.
  await expect(form.getByTestId("form-problems")).toContainText("Baris 6: tanggal harus ditulis TTTT-BB-HH");
  const box = form.getByRole("textbox");
  await expect(box).toHaveValue(csv);
  await form.screenshot({ path: path.join(screenshots, "admin-calendar-refused.png") });
  await box.fill(csv.replace(bad, `${thisYear + 1}-03-10,cuti_bersama,Cuti bersama`));
  await form.getByRole("button", { name: "Impor hari libur" }).click();
  await admin.waitForURL(/selesai=libur/);
  await expect(admin.getByTestId("calendar-gap")).toHaveCount(0);
  await expect(admin.getByTestId("calendar-years")).toContainText(`${thisYear + 1}`);
  await expect(admin.getByTestId("days-off")).toContainText(`${thisYear + 1}-03-10`);

  // In English, and on the administrator's phone, without sideways scrolling.
  await admin.context().addCookies([{ name: "aduan_lang", value: "en", url: admin.url() }]);
  await admin.goto("/petugas/admin#kalender");
  await expect(admin.getByRole("heading", { name: "Working calendar" })).toBeVisible();
  await expect(admin.getByTestId("days-off")).toContainText("National holiday");
  await admin.locator("#kalender").screenshot({ path: path.join(screenshots, "admin-calendar-en.png") });
  // The same session on a phone's screen (a second login would reuse the authenticator's code).
  await admin.context().addCookies([{ name: "aduan_lang", value: "id", url: admin.url() }]);
  const phone = await admin.context().newPage();
  await phone.setViewportSize({ width: 390, height: 844 });
  await phone.goto("/petugas/admin#kalender");
  await expect(phone.getByRole("heading", { name: "Kalender kerja" })).toBeVisible();
  await expectNoSidewaysScroll(phone);
  await phone.locator("#kalender").screenshot({ path: path.join(screenshots, "admin-calendar-phone.png") });
});
