import { expect, test, type Page } from "@playwright/test";
import fs from "node:fs";
import path from "node:path";
import { act, createOfficer, deskBrowser, expectNoSidewaysScroll, fillText, hydrated, logIn, screenshots } from "./helpers";

test("officers carry a complaint through the SOP and the reporter rejects, then confirms", async ({ page, browser }) => {
  test.setTimeout(120_000);
  const deskSecret = createOfficer("budi", "main_desk");
  const agencySecret = createOfficer("sari", "agency_admin", "dishub");
  const otherAgencySecret = createOfficer("rina", "agency_admin", "dlh");

  // A citizen files from a phone.
  await page.goto("/lapor");
  await hydrated(page);
  await fillText(page);
  await page.getByLabel("Foto").setInputFiles(path.join(__dirname, "pixel.png"));
  await expect(page.locator(".thumbnails img")).toHaveCount(1);
  await page.getByRole("button", { name: "Kirim pengaduan" }).click();
  await expect(page).toHaveURL(/\/lapor\/terkirim\/ADU-/);
  const code = (await page.getByTestId("tracking-code").textContent())!.trim();

  // The main desk verifies (choosing the visibility) and dispatches to the transport agency.
  const desk = await deskBrowser(browser);
  await logIn(desk, "budi", deskSecret);
  await expect(desk.getByTestId("queue")).toContainText(code);
  await expect(desk.getByTestId("queue")).toContainText("Menunggu Anda");
  await expect(desk.getByRole("columnheader", { name: "Tahap" })).toBeVisible();
  // The intake of a call or a visit: the district and the time it came in, no "my location".
  await desk.goto("/petugas/lapor");
  await expect(desk.getByTestId("intake-district")).toBeVisible();
  // A call or a letter may come without a photo: the intake does not mark it needed.
  await expect(desk.locator('label[for="photos"] .required')).toHaveCount(0);
  await expectNoSidewaysScroll(desk);
  await desk.screenshot({ path: path.join(screenshots, "desk-intake.png"), fullPage: true });
  await desk.goto("/petugas");
  await expectNoSidewaysScroll(desk);
  await desk.screenshot({ path: path.join(screenshots, "desk-queue.png"), fullPage: true });
  await act(desk, code, "Verifikasi", (form) => form.getByLabel("Publik").check());
  await expect(desk.getByTestId("desk-status")).toHaveText("Terverifikasi");
  await act(desk, code, "Disposisikan", (form) => form.getByLabel("Perangkat daerah tujuan").selectOption("dishub"));
  await expect(desk.getByTestId("desk-agency")).toHaveText("Dinas Perhubungan");
  await expect(desk.getByTestId("desk-timeline")).toContainText("Petugas budi (Admin Utama)");
  await expectNoSidewaysScroll(desk);
  await desk.screenshot({ path: path.join(screenshots, "desk-complaint.png"), fullPage: true });
  // The photos open in a viewer over the page, and close back to it.
  await desk.locator("#foto").getByTestId("photo-thumbnail").first().click();
  const viewer = desk.locator("#foto-1");
  await expect(viewer).toBeVisible();
  await expect(viewer.getByRole("img")).toBeVisible();
  await desk.screenshot({ path: path.join(screenshots, "desk-photo-viewer.png") });
  await viewer.getByRole("link", { name: "Tutup" }).click();
  await expect(viewer).toBeHidden();

  // Another agency does not even see it.
  const other = await deskBrowser(browser);
  await logIn(other, "rina", otherAgencySecret);
  await expect(other.getByTestId("queue")).not.toContainText(code);
  await other.goto(`/petugas/aduan/${code}`);
  await expect(other.getByText("Aduan tidak ditemukan.")).toBeVisible();

  // The agency in charge accepts and answers with a photo; the main desk validates.
  const agency = await deskBrowser(browser);
  await logIn(agency, "sari", agencySecret);
  await act(agency, code, "Terima disposisi");
  await act(agency, code, "Kirim hasil tindak lanjut", async (form) => {
    await form.getByLabel("Jawaban tindak lanjut untuk pelapor").fill("Lampu sudah diganti pada hari Senin.");
    await form.getByLabel(/Foto hasil tindak lanjut/).setInputFiles(path.join(__dirname, "pixel.png"));
  });
  // What the desk validates is beside the button, not at the bottom of the history.
  await desk.goto(`/petugas/aduan/${code}`);
  await expect(desk.getByTestId("read-first")).toContainText("Lampu sudah diganti pada hari Senin.");
  await expect(desk.getByTestId("read-first").getByTestId("photo-thumbnail")).toHaveCount(1);
  await expectNoSidewaysScroll(desk);
  await desk.screenshot({ path: path.join(screenshots, "desk-validate.png"), fullPage: true });
  await act(desk, code, "Validasi");

  // The reporter sees the answer and rejects it with a reason and a photo: it reopens at the
  // agency, the photo under the rejection.
  await page.goto(`/lacak/${code}`);
  await expect(page.getByTestId("status")).toHaveText("Sudah Ditindaklanjuti");
  await expect(page.getByTestId("agency-answer")).toHaveText("Lampu sudah diganti pada hari Senin.");
  const answerPhoto = page.getByTestId("timeline").getByTestId("photo-thumbnail").locator(`img[src="/lacak/${code}/foto/1"]`);
  await expect(answerPhoto).toBeVisible();
  // Photos load lazily: once scrolled to, the answer's photo loads (the server sends it).
  await answerPhoto.scrollIntoViewIfNeeded();
  await expect.poll(() => answerPhoto.evaluate((img: HTMLImageElement) => img.naturalWidth)).toBeGreaterThan(0);
  await page.getByLabel("Alasan jawaban belum menyelesaikan masalah").fill("Lampu masih mati setiap malam.");
  await page.getByLabel("Foto pendukung (opsional)").setInputFiles(path.join(__dirname, "pixel.png"));
  await page.getByRole("button", { name: "Belum, tolak jawaban" }).click();
  await expect(page.getByTestId("track-notice")).toContainText("dibuka kembali");
  await expect(page.getByTestId("status")).toHaveText("Sedang Ditindaklanjuti");
  await expect(page.getByTestId("timeline")).toContainText("Lampu masih mati setiap malam.");
  const evidence = page.getByTestId("timeline").getByTestId("photo-thumbnail").locator(`img[src="/lacak/${code}/foto/2"]`);
  await expect(evidence).toBeVisible();
  await evidence.scrollIntoViewIfNeeded();
  await expect.poll(() => evidence.evaluate((img: HTMLImageElement) => img.naturalWidth)).toBeGreaterThan(0);

  // The reporter asks for personal details to be removed; the main desk sets the public text.
  await page.getByText("Ada data pribadi di teks aduan?").click();
  await page.getByLabel("Apa yang perlu dihapus").fill("Tolong hapus nama jalan rumah saya dari judul.");
  await page.getByRole("button", { name: "Kirim permintaan" }).click();
  await expect(page.getByTestId("redaction-pending")).toBeVisible();
  await desk.goto(`/petugas/aduan/${code}`);
  await expect(desk.getByTestId("redaction-requests")).toContainText("Tolong hapus nama jalan rumah saya");
  await desk.getByText("Sunting versi umum (hapus data pribadi)").click();
  await desk.locator("#public-title").fill("Lampu jalan mati di dekat pasar");
  await desk.getByRole("button", { name: "Simpan versi umum" }).click();
  await expect(desk.getByTestId("desk-public-version")).toContainText("Lampu jalan mati di dekat pasar");
  await page.goto(`/lacak/${code}`);
  await expect(page.getByTestId("public-title")).toHaveText("Lampu jalan mati di dekat pasar");

  // Reopened, the agency checks the place and records the Berita Acara of its field verification.
  await agency.goto(`/petugas/aduan/${code}`);
  const fieldReport = agency.getByTestId("record-field_report");
  await fieldReport.locator("summary").click();
  await fieldReport.getByLabel("Tanggal kunjungan").fill(new Date().toISOString().slice(0, 10));
  await fieldReport.getByLabel("Petugas yang hadir").fill("Sari (Dishub), Joko (Kelurahan Ngantru)");
  await fieldReport.getByLabel("Hasil verifikasi lapangan").fill("Tiang lampu nomor 14 miring, kabel putus sepanjang 20 meter.");
  await fieldReport.getByLabel(/Foto/).setInputFiles(path.join(__dirname, "pixel.png"));
  await fieldReport.getByRole("button", { name: "Berita acara verifikasi lapangan" }).click();
  await agency.waitForURL(/selesai=field_report/);
  // The agency answers again, the desk validates, the reporter confirms and answers the
  // satisfaction survey.
  await act(agency, code, "Kirim hasil tindak lanjut", (form) =>
    form.getByLabel("Jawaban tindak lanjut untuk pelapor").fill("Kabel yang putus sudah disambung, lampu menyala."),
  );
  await act(desk, code, "Validasi");
  await page.goto(`/lacak/${code}`);
  await page.getByRole("button", { name: "Ya, sudah selesai" }).click();
  await expect(page.getByTestId("track-notice")).toContainText("ditutup sebagai selesai");
  await expect(page.getByTestId("status")).toHaveText("Selesai (Dikonfirmasi pelapor)");
  await expect(page.getByTestId("timeline")).toContainText("Tolak jawaban");
  const survey = page.getByTestId("survey");
  await expect(survey.locator("fieldset")).toHaveCount(9);
  await page.screenshot({ path: path.join(screenshots, "tracking-survey.png"), fullPage: true });
  // Sending with questions unanswered is stopped by the browser, which keeps what was chosen.
  const requirements = survey.getByRole("group", { name: /Persyaratan/ }).getByLabel("Sesuai", { exact: true });
  await requirements.check();
  await survey.getByRole("button", { name: "Kirim survei" }).click();
  await expect(page).toHaveURL(/selesai=konfirmasi$/);
  await expect(requirements).toBeChecked();
  expect(await survey.locator('input[name="u2"]').first().evaluate((input: HTMLInputElement) => input.validity.valueMissing)).toBe(true);
  for (const group of await survey.locator("fieldset").all()) {
    await group.getByRole("radio").nth(2).check();
  }
  await survey.getByRole("group", { name: /Perilaku pelaksana/ }).getByLabel("Sangat sopan dan ramah").check();
  await survey.getByRole("button", { name: "Kirim survei" }).click();
  await expect(page.getByTestId("track-notice")).toContainText("tercatat tanpa nama");
  await expect(page.getByTestId("survey-answered")).toBeVisible();
  await expect(page.getByTestId("timeline")).toContainText("Pelapor mengisi survei kepuasan");
  await page.screenshot({ path: path.join(screenshots, "tracking-closed.png"), fullPage: true });

  // The main desk prints the complaint's file for the archive, with the Berita Acara on its own
  // A4 page, without the desk's menus.
  await desk.goto(`/petugas/aduan/${code}`);
  await desk.getByTestId("print-link").click();
  await expect(desk.getByTestId("print-file")).toContainText("Berkas Aduan");
  await expect(desk.getByTestId("print-answer")).toHaveText("Kabel yang putus sudah disambung, lampu menyala.");
  await expect(desk.getByTestId("print-timeline")).toContainText("Petugas sari (Admin OPD)");
  await expect(desk.getByTestId("berita-acara")).toContainText("Sari (Dishub), Joko (Kelurahan Ngantru)");
  await desk.screenshot({ path: path.join(screenshots, "desk-print.png"), fullPage: true });
  await desk.emulateMedia({ media: "print" });
  await expect(desk.locator(".officer-bar")).toBeHidden();
  await expect(desk.getByRole("button", { name: "Cetak" })).toBeHidden();
  await desk.screenshot({ path: path.join(screenshots, "desk-print-media.png"), fullPage: true });
  await desk.emulateMedia({ media: "screen" });
});

test("the other SOP paths: returned to the reporter, dispatch returned, answer sent back, escalated", async ({ page, browser }) => {
  test.setTimeout(180_000);
  const deskSecret = createOfficer("ani", "main_desk");
  const agencySecret = createOfficer("joko", "agency_admin", "dishub");

  await page.goto("/lapor");
  await hydrated(page);
  await fillText(page);
  await page.getByLabel("Judul aduan").fill("Lampu jalan mati dekat terminal bus");
  await page.getByLabel("Foto").setInputFiles(path.join(__dirname, "pixel.png"));
  await expect(page.locator(".thumbnails img")).toHaveCount(1);
  await page.getByRole("button", { name: "Kirim pengaduan" }).click();
  await expect(page).toHaveURL(/\/lapor\/terkirim\/ADU-/);
  const code = (await page.getByTestId("tracking-code").textContent())!.trim();

  // Returned to the reporter with a reason; the reporter completes it under the same code.
  const desk = await deskBrowser(browser);
  await logIn(desk, "ani", deskSecret);
  await act(desk, code, "Kembalikan ke pelapor", (form) =>
    form.getByLabel("Alasan").fill("Mohon sebutkan nomor tiang lampu yang mati."),
  );
  await page.goto(`/lacak/${code}`);
  await expect(page.getByTestId("timeline")).toContainText("Mohon sebutkan nomor tiang lampu yang mati.");
  await page.getByTestId("complete").getByLabel("Isi aduan").fill(
    "Lampu di tiang nomor 14 dan 15 dekat terminal bus mati sejak dua minggu, jalan gelap gulita.",
  );
  await page.getByRole("button", { name: "Kirim ulang aduan" }).click();
  await expect(page.getByTestId("track-notice")).toContainText("dikirim ulang");
  await expect(page.getByTestId("status")).toHaveText("Menunggu Verifikasi");

  // Verified, dispatched, returned by the agency as not its business, dispatched again.
  await act(desk, code, "Verifikasi", (form) => form.getByLabel("Anonim").check());
  await act(desk, code, "Disposisikan", (form) => form.getByLabel("Perangkat daerah tujuan").selectOption("dishub"));
  const agency = await deskBrowser(browser);
  await logIn(agency, "joko", agencySecret);
  // Returned, it is no longer the agency's to see.
  await agency.goto(`/petugas/aduan/${code}`);
  const giveBack = agency.locator('form[data-action="return_dispatch"]');
  await giveBack.getByLabel("Alasan").fill("Lampu di kawasan terminal dikelola pengelola terminal.");
  await giveBack.getByRole("button", { name: "Kembalikan ke Admin Utama" }).click();
  await expect(agency.getByText("Aduan tidak ditemukan.")).toBeVisible();
  await act(desk, code, "Disposisikan", (form) => form.getByLabel("Perangkat daerah tujuan").selectOption("dishub"));

  // The answer is sent back once for fixing, then validated.
  await act(agency, code, "Terima disposisi");
  await act(agency, code, "Kirim hasil tindak lanjut", (form) =>
    form.getByLabel("Jawaban tindak lanjut untuk pelapor").fill("Akan kami periksa dalam waktu dekat."),
  );
  await act(desk, code, "Minta perbaikan", (form) =>
    form.getByLabel("Alasan").fill("Sebutkan tindakan dan tanggalnya, bukan rencana."),
  );
  await act(agency, code, "Kirim hasil tindak lanjut", (form) =>
    form.getByLabel("Jawaban tindak lanjut untuk pelapor").fill("Lampu tiang 14 dan 15 diganti pada 20 November."),
  );
  await act(desk, code, "Validasi");
  await page.goto(`/lacak/${code}`);
  await expect(page.getByTestId("agency-answer")).toHaveText("Lampu tiang 14 dan 15 diganti pada 20 November.");
  await expect(page.locator("body")).not.toContainText("Sebutkan tindakan dan tanggalnya");
  await expect(page.locator("body")).not.toContainText("dikelola pengelola terminal");

  // A complaint outside the region's authority goes to SP4N-LAPOR! with its ticket number.
  const filed = await page.request.post("/lapor", {
    headers: { Accept: "application/json" },
    multipart: {
      reporter_name: "Budi Santoso",
      nik: "3503011203850002",
      privacy_notice: "1",
      title: "Jalan nasional berlubang di lintas selatan",
      content: "Jalan nasional lintas selatan berlubang besar di dekat jembatan, membahayakan pengendara.",
      latitude: "-8.0600",
      longitude: "111.7000",
      address: "Jalan lintas selatan, dekat jembatan",
      photos: { name: "jalan.png", mimeType: "image/png", buffer: fs.readFileSync(path.join(__dirname, "pixel.png")) },
    },
  });
  expect(filed.status()).toBe(200);
  const national = (await filed.json()).tracking_code as string;
  // Closing for good is folded away, and asks for a reason and a tick before the button works.
  await act(desk, national, "Teruskan ke SP4N-LAPOR!", async (form) => {
    await desk.getByTestId("irreversible-escalate").locator("summary").click();
    await form.getByLabel("Nomor tiket SP4N-LAPOR!").fill("#4455667");
    await form.getByLabel(/^Alasan/).fill("Jalan nasional di luar kewenangan kabupaten.");
    await expectNoSidewaysScroll(desk);
    await desk.screenshot({ path: path.join(screenshots, "desk-escalate.png"), fullPage: true });
    await form.getByLabel(/^Saya yakin/).check();
  });
  await expect(desk.getByTestId("desk-status")).toHaveText("Diteruskan ke SP4N-LAPOR!");
  await expect(desk.getByTestId("desk-timeline")).toContainText("4455667");
  await expect(desk.getByTestId("desk-timeline")).toContainText("Jalan nasional di luar kewenangan kabupaten.");
});
