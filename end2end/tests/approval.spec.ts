import { expect, test, type Page } from "@playwright/test";
import path from "node:path";
import { act, createOfficer, deskBrowser, expectNoSidewaysScroll, fileForReporter, logIn, screenshots, verifyAndDispatch } from "./helpers";

/** Puts the SOP profile `id` in force from the administration page. */
async function putInForce(admin: Page, id: string) {
  await admin.goto("/petugas/admin");
  await admin.getByTestId("sop-form").locator("select").selectOption(id);
  await admin.getByTestId("sop-form").getByRole("button").click();
  await admin.waitForURL(/selesai=sop/);
}

test("under Trenggalek's SOP the head of the agency returns a draft, then approves the next, before the desk validates", async ({
  page,
  browser,
}) => {
  test.setTimeout(120_000);
  const adminSecret = createOfficer("admin-sop", "system_admin");
  const deskSecret = createOfficer("meja-sop", "main_desk");
  const liaisonSecret = createOfficer("penghubung-sop", "liaison", "dishub");
  const headSecret = createOfficer("kepala-sop", "agency_head", "dishub");
  const admin = await deskBrowser(browser);
  await logIn(admin, "admin-sop", adminSecret);
  await putInForce(admin, "trenggalek");
  try {
    // A WhatsApp complaint: the desk enters it, the reporter follows it on the phone.
    const desk = await deskBrowser(browser);
    await logIn(desk, "meja-sop", deskSecret);
    const code = await fileForReporter(desk, page);
    await verifyAndDispatch(desk, code);

    // The liaison drafts the answer: it waits for the head, and the liaison cannot approve it.
    const liaison = await deskBrowser(browser);
    await logIn(liaison, "penghubung-sop", liaisonSecret);
    await act(liaison, code, "Terima disposisi");
    await act(liaison, code, "Kirim hasil tindak lanjut", (form) =>
      form.getByLabel("Jawaban tindak lanjut untuk pelapor").fill("Lampu akan diganti setelah anggaran tersedia."),
    );
    await expect(liaison.getByTestId("desk-status")).toHaveText("Menunggu Persetujuan Kepala OPD");
    await expect(liaison.getByRole("button", { name: "Sahkan jawaban" })).toHaveCount(0);

    // The head finds it waiting, reads the draft beside the buttons and returns it with a reason.
    const head = await deskBrowser(browser);
    await logIn(head, "kepala-sop", headSecret);
    const row = head.getByTestId("queue-row").filter({ hasText: code });
    await expect(row).toContainText("Menunggu Anda");
    await expect(row).toContainText("Menunggu Persetujuan Kepala OPD");
    await head.goto(`/petugas/aduan/${code}`);
    await expect(head.getByTestId("read-first")).toContainText("Lampu akan diganti setelah anggaran tersedia.");
    await expectNoSidewaysScroll(head);
    await head.screenshot({ path: path.join(screenshots, "desk-approval.png"), fullPage: true });
    await act(head, code, "Kembalikan konsep untuk perbaikan", (form) =>
      form.getByLabel("Alasan").fill("Sebutkan tanggal penggantian dan nomor tiangnya."),
    );
    await expect(head.getByTestId("desk-status")).toHaveText("Sedang Ditindaklanjuti");

    // The liaison reads why, drafts again; the head approves; the main desk validates.
    await liaison.goto(`/petugas/aduan/${code}`);
    await expect(liaison.getByTestId("desk-timeline")).toContainText("Sebutkan tanggal penggantian dan nomor tiangnya.");
    await act(liaison, code, "Kirim hasil tindak lanjut", (form) =>
      form.getByLabel("Jawaban tindak lanjut untuk pelapor").fill("Lampu tiang nomor 14 diganti pada hari Senin."),
    );
    await act(head, code, "Sahkan jawaban");
    await expect(head.getByTestId("desk-status")).toHaveText("Menunggu Validasi");
    await desk.goto(`/petugas/aduan/${code}`);
    await expect(desk.getByTestId("read-first")).toContainText("Lampu tiang nomor 14 diganti pada hari Senin.");
    await act(desk, code, "Validasi");

    // The reporter reads the approved answer only, with the approval as a step.
    await page.goto(`/lacak/${code}`);
    await expect(page.getByTestId("agency-answer")).toHaveText("Lampu tiang nomor 14 diganti pada hari Senin.");
    await expect(page.getByTestId("timeline")).toContainText("Sahkan jawaban");
    await expect(page.getByTestId("timeline")).not.toContainText("anggaran tersedia");
    await expect(page.getByTestId("timeline")).not.toContainText("nomor tiangnya");
    await page.screenshot({ path: path.join(screenshots, "tracking-approved.png"), fullPage: true });

    // In English, the head's page names the step in English.
    await head.context().addCookies([{ name: "aduan_lang", value: "en", url: head.url() }]);
    await head.goto(`/petugas/aduan/${code}`);
    await expect(head.getByTestId("desk-timeline")).toContainText("Approve the answer");
    await head.screenshot({ path: path.join(screenshots, "desk-approval-en.png"), fullPage: true });
  } finally {
    await putInForce(admin, "surabaya");
  }
});
