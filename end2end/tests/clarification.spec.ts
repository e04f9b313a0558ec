import { expect, test } from "@playwright/test";
import path from "node:path";
import { act, createOfficer, deskBrowser, expectNoSidewaysScroll, fileForReporter, logIn, screenshots, verifyAndDispatch } from "./helpers";

test("the agency asks the reporter for more information and the reporter answers from the phone", async ({ page, browser }) => {
  test.setTimeout(120_000);
  const deskSecret = createOfficer("meja-klarifikasi", "main_desk");
  const liaisonSecret = createOfficer("penghubung-klarifikasi", "liaison", "dishub");

  // A WhatsApp complaint: the desk enters it, the reporter follows it on the phone.
  const desk = await deskBrowser(browser);
  await logIn(desk, "meja-klarifikasi", deskSecret);
  const code = await fileForReporter(desk, page);
  await verifyAndDispatch(desk, code);

  // The liaison accepts, then asks: the complaint waits for the reporter, not for the agency.
  const liaison = await deskBrowser(browser);
  await logIn(liaison, "penghubung-klarifikasi", liaisonSecret);
  await act(liaison, code, "Terima disposisi");
  await act(liaison, code, "Minta keterangan pelapor", (form) =>
    form.getByLabel("Keterangan yang diperlukan dari pelapor").fill("Di depan rumah nomor berapa tiang lampu yang mati?"),
  );
  await expect(liaison.getByTestId("desk-status")).toHaveText("Menunggu Keterangan Pelapor");
  await liaison.goto("/petugas");
  const row = liaison.getByTestId("queue-row").filter({ hasText: code });
  await expect(row).toContainText("Menunggu Keterangan Pelapor");
  await expect(row).not.toContainText("Menunggu Anda");

  // On the phone, the reporter reads the question, answers it with a photo, and the form is gone.
  await page.goto(`/lacak/${code}`);
  await expect(page.getByTestId("status")).toHaveText("Menunggu Keterangan Pelapor");
  await expect(page.getByTestId("agency-question")).toHaveText("Di depan rumah nomor berapa tiang lampu yang mati?");
  await expectNoSidewaysScroll(page);
  await page.screenshot({ path: path.join(screenshots, "tracking-clarify.png"), fullPage: true });
  const form = page.getByTestId("clarify");
  await form.getByRole("button", { name: "Kirim keterangan" }).click();
  // The browser keeps an empty answer from leaving the phone.
  await expect(page).toHaveURL(new RegExp(`/lacak/${code}$`));
  await form.getByLabel("Keterangan Anda").fill("Di depan rumah nomor 12, tiangnya bercat hijau.");
  await form.getByLabel("Foto pendukung (opsional)").setInputFiles(path.join(__dirname, "pixel.png"));
  await form.getByRole("button", { name: "Kirim keterangan" }).click();
  await expect(page.getByTestId("track-notice")).toContainText("Keterangan Anda sudah diteruskan");
  await expect(page.getByTestId("status")).toHaveText("Sedang Ditindaklanjuti");
  await expect(page.getByTestId("clarify")).toHaveCount(0);
  await expect(page.getByTestId("timeline")).toContainText("Di depan rumah nomor 12, tiangnya bercat hijau.");

  // The liaison reads the answer and its photo, and may answer the complaint now.
  await liaison.goto(`/petugas/aduan/${code}`);
  await expect(liaison.getByTestId("desk-timeline")).toContainText("Di depan rumah nomor 12, tiangnya bercat hijau.");
  await expect(liaison.getByRole("button", { name: "Kirim hasil tindak lanjut" })).toBeVisible();
  await liaison.screenshot({ path: path.join(screenshots, "desk-clarified.png"), fullPage: true });

  // In English, the reporter's page names the steps in English.
  await page.context().addCookies([{ name: "aduan_lang", value: "en", url: page.url() }]);
  await page.goto(`/lacak/${code}`);
  await expect(page.getByTestId("timeline")).toContainText("Ask the reporter for more information");
  await page.screenshot({ path: path.join(screenshots, "tracking-clarified-en.png"), fullPage: true });
});
