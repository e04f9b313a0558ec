import { expect, test } from "@playwright/test";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { act, createOfficer, fileComplaint, logIn, screenshots, serveOwn, sizedContext as context } from "./helpers";

// A server of this test's own whose clock the test moves: Debian's libfaketime reads the offset
// from a file on every call, so the scheduler inside the real binary sees the days pass. Only the
// wall clock moves; the monotonic clock its timers run on does not.
const FAKETIME_LIB = process.env.ADUAN_E2E_FAKETIME_LIB ?? "/usr/lib/x86_64-linux-gnu/faketime/libfaketimeMT.so.1";

test("a returned complaint nobody completes closes by itself two weeks later", async ({ browser }) => {
  test.setTimeout(150_000);
  expect(fs.existsSync(FAKETIME_LIB), `libfaketime at ${FAKETIME_LIB}`).toBe(true);
  const clockFile = path.join(fs.mkdtempSync(path.join(os.tmpdir(), "aduan-clock-")), "faketime");
  fs.writeFileSync(clockFile, "+0\n");
  const { url, server, dataDir } = await serveOwn("returned", {
    LD_PRELOAD: FAKETIME_LIB,
    FAKETIME_TIMESTAMP_FILE: clockFile,
    FAKETIME_NO_CACHE: "1",
    FAKETIME_DONT_FAKE_MONOTONIC: "1",
  });
  try {
    const deskSecret = createOfficer("meja-kembali", "main_desk", undefined, dataDir);
    const phone = await (await context(browser, url, 390, 844)).newPage();
    const code = await fileComplaint(phone);

    const desk = await (await context(browser, url, 1366, 768)).newPage();
    await logIn(desk, "meja-kembali", deskSecret);
    await act(desk, code, "Kembalikan ke pelapor", (form) =>
      form.getByLabel("Alasan").fill("Mohon sebutkan nomor tiang lampu yang mati."),
    );

    // The reporter is told when it closes without their correction: 7 days, a reminder, 7 more.
    await phone.goto(`/lacak/${code}`);
    await expect(phone.getByTestId("status")).toHaveText("Dikembalikan ke Pelapor");
    await expect(phone.getByTestId("complete")).toBeVisible();
    const closesAt = (await phone.getByTestId("closes-at").textContent())!.trim();
    const expected = new Date(Date.now() + 14 * 24 * 3600 * 1000);
    const day = (date: Date) => date.toLocaleDateString("en-GB", { timeZone: "Asia/Jakarta" }).replaceAll("/", "-");
    expect(closesAt).toContain(day(expected));

    // Fifteen days on, the scheduler's next round closes it; the reporter can no longer correct it.
    fs.writeFileSync(clockFile, "+15d\n");
    await expect
      .poll(
        async () => {
          await phone.goto(`/lacak/${code}`);
          return (await phone.getByTestId("status").textContent())?.trim();
        },
        { timeout: 75_000, intervals: [5_000] },
      )
      .toBe("Selesai (Tanpa konfirmasi pelapor)");
    await expect(phone.getByTestId("complete")).toHaveCount(0);
    await expect(phone.getByTestId("timeline")).toContainText("Tutup tanpa konfirmasi");
    await phone.screenshot({ path: path.join(screenshots, "tracking-returned-closed.png"), fullPage: true });
  } finally {
    server.kill("SIGTERM");
  }
});
