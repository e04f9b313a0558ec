import { expect, test, type Page } from "@playwright/test";
import fs from "node:fs";
import path from "node:path";
import { act, createOfficer, deskBrowser, fillText, hydrated, logIn, screenshots } from "./helpers";

/**
 * A phone photo: 4000×3000 as a high-quality JPEG (a few MB), made in the browser: smooth shapes
 * with sensor-like grain, which compresses like a real photo (pure noise would not).
 */
async function phonePhoto(page: Page): Promise<Buffer> {
  const base64 = await page.evaluate(async () => {
    const canvas = document.createElement("canvas");
    canvas.width = 4000;
    canvas.height = 3000;
    const context = canvas.getContext("2d")!;
    const image = context.createImageData(4000, 3000);
    for (let y = 0; y < 3000; y++) {
      for (let x = 0; x < 4000; x++) {
        const i = (y * 4000 + x) * 4;
        const grain = (Math.random() - 0.5) * 24;
        image.data[i] = 120 + 60 * Math.sin(x / 37) + 40 * Math.cos(y / 53) + grain;
        image.data[i + 1] = 110 + 50 * Math.cos((x + y) / 61) + grain;
        image.data[i + 2] = 100 + 70 * Math.sin(y / 29) + grain;
        image.data[i + 3] = 255;
      }
    }
    context.putImageData(image, 0, 0);
    const blob: Blob = await new Promise((resolve) => canvas.toBlob((b) => resolve(b!), "image/jpeg", 0.95));
    const bytes = new Uint8Array(await blob.arrayBuffer());
    let binary = "";
    for (let i = 0; i < bytes.length; i += 0x8000) binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
    return btoa(binary);
  });
  return Buffer.from(base64, "base64");
}


test("a citizen files a complaint with a phone photo and gets a code and a PIN", async ({ page }) => {
  // Making and downsizing a 12-megapixel photo takes a few seconds on a loaded machine.
  test.setTimeout(120_000);
  // Measure what the page's upload carries: the size of every part of the form it sends.
  await page.addInitScript(() => {
    const send = XMLHttpRequest.prototype.send;
    XMLHttpRequest.prototype.send = function (body?: Document | XMLHttpRequestBodyInit | null) {
      if (body instanceof FormData) {
        let bytes = 0;
        body.forEach((value) => {
          bytes += typeof value === "string" ? value.length : value.size;
        });
        // Kept across the navigation to the receipt.
        sessionStorage.setItem("sentBytes", String(bytes));
      }
      return send.call(this, body);
    };
  });
  await page.goto("/lapor");
  await hydrated(page);
  await fillText(page);

  const photo = await phonePhoto(page);
  expect(photo.length).toBeGreaterThan(1_000_000);
  await page.getByLabel("Foto").setInputFiles({ name: "IMG_0001.jpg", mimeType: "image/jpeg", buffer: photo });
  await expect(page.locator(".thumbnails img")).toHaveCount(1);
  await expect(page.getByText("Semua data sudah lengkap.")).toBeVisible();
  await page.screenshot({ path: path.join(screenshots, "filing-form.png"), fullPage: true });

  await page.getByRole("button", { name: "Kirim pengaduan" }).click();
  await expect(page).toHaveURL(/\/lapor\/terkirim\//);
  // The browser downsized the photo: the whole form travelled in well under 400 KB.
  const sent = await page.evaluate(() => sessionStorage.getItem("sentBytes"));
  expect(Number(sent)).toBeGreaterThan(10_000);
  expect(Number(sent)).toBeLessThan(400_000);
  console.log(`phone photo of ${photo.length} bytes travelled in a form of ${sent} bytes`);

  await expect(page).toHaveURL(/\/lapor\/terkirim\/ADU-[2-9A-HJ-NP-Z]{4}-[2-9A-HJ-NP-Z]{4}$/);
  await expect(page.getByTestId("tracking-code")).toHaveText(/^ADU-/);
  await expect(page.getByTestId("pin")).toHaveText(/^\d{10}$/);
  await expect(page.getByText("Menunggu Verifikasi")).toBeVisible();
  await page.screenshot({ path: path.join(screenshots, "receipt.png"), fullPage: true });

  // Filed: the draft is gone.
  await page.goto("/lapor");
  await hydrated(page);
  await expect(page.getByLabel("Nama pelapor")).toHaveValue("");
});

test("a reload keeps what was typed and the photo", async ({ page }) => {
  await page.goto("/lapor");
  await hydrated(page);
  await fillText(page);
  await page.getByLabel("Foto").setInputFiles(path.join(__dirname, "pixel.png"));
  await expect(page.locator(".thumbnails img")).toHaveCount(1);
  await page.waitForTimeout(300);

  await page.reload();
  await hydrated(page);
  await expect(page.getByText("telah dipulihkan")).toBeVisible();
  await expect(page.getByRole("textbox", { name: "NIK" })).toHaveValue("3503015708900001");
  await expect(page.getByLabel("Judul aduan")).toHaveValue("Lampu jalan mati di depan Pasar Pon");
  await expect(page.locator(".thumbnails img")).toHaveCount(1);
  await expect(page.getByText("Semua data sudah lengkap.")).toBeVisible();
});

test("a dropped connection keeps the draft and one more tap files it once", async ({ page }) => {
  await page.goto("/lapor");
  await hydrated(page);
  await fillText(page);
  await page.getByLabel("Foto").setInputFiles(path.join(__dirname, "pixel.png"));
  await expect(page.locator(".thumbnails img")).toHaveCount(1);

  await page.route("**/lapor", (route) =>
    route.request().method() === "POST" ? route.abort("internetdisconnected") : route.continue(),
  );
  await page.getByRole("button", { name: "Kirim pengaduan" }).click();
  await expect(page.getByRole("alert").filter({ hasText: "Draf Anda aman" })).toBeVisible();
  await expect(page.getByRole("textbox", { name: "NIK" })).toHaveValue("3503015708900001");

  await page.unroute("**/lapor");
  await page.getByRole("button", { name: "Kirim pengaduan" }).click();
  await expect(page).toHaveURL(/\/lapor\/terkirim\/ADU-/);
  await expect(page.getByTestId("pin")).toHaveText(/^\d{10}$/);
});

test("submitting an incomplete form lists what is missing and sends nothing", async ({ page }) => {
  await page.goto("/lapor");
  await hydrated(page);

  const posts: string[] = [];
  page.on("request", (request) => {
    if (request.method() === "POST") posts.push(request.url());
  });
  await page.getByLabel("Nama pelapor").fill("Siti Rahayu");
  await page.getByRole("button", { name: "Kirim pengaduan" }).click();

  await expect(page).toHaveURL(/\/lapor$/);
  await expect(page.locator("#nik-error")).not.toBeEmpty();
  await expect(page.locator("#photos-error")).not.toBeEmpty();
  await expect(page.getByText("Masih perlu dilengkapi:")).toContainText("NIK");
  await expect(page.getByLabel("Nama pelapor")).toHaveValue("Siti Rahayu");
  expect(posts).toEqual([]);
});

test("the location button fills the coordinates from the phone", async ({ page, context }) => {
  await context.grantPermissions(["geolocation"]);
  await context.setGeolocation({ latitude: -8.0506, longitude: 111.7087 });
  await page.goto("/lapor");
  await hydrated(page);
  await page.getByRole("button", { name: "Gunakan lokasi saya saat ini" }).click();
  await expect(page.getByLabel("Lintang")).toHaveValue("-8.050600");
  await expect(page.getByLabel("Bujur")).toHaveValue("111.708700");
  await expect(page.locator("#location-error")).toBeEmpty();
});

test("open complaints of the same kind nearby are shown, and one can be followed instead", async ({ page, browser }) => {
  const filed = await page.request.post("/lapor", {
    headers: { Accept: "application/json" },
    multipart: {
      reporter_name: "Budi Santoso",
      nik: "3503011203850002",
      privacy_notice: "1",
      title: "Tiga lampu jalan padam di Jalan Panglima Sudirman",
      content: "Tiga lampu jalan berturut-turut padam sejak minggu lalu, malam hari sangat gelap.",
      category: "penerangan",
      latitude: "-8.0510",
      longitude: "111.7090",
      address: "Jl. Panglima Sudirman, Trenggalek",
      photos: { name: "lampu.png", mimeType: "image/png", buffer: fs.readFileSync(path.join(__dirname, "pixel.png")) },
    },
  });
  expect(filed.status()).toBe(200);
  const { tracking_code: code } = await filed.json();
  // Only complaints the main desk verified as public or anonymous are offered.
  const deskSecret = createOfficer("nadia", "main_desk");
  const desk = await deskBrowser(browser);
  await logIn(desk, "nadia", deskSecret);
  await act(desk, code, "Verifikasi", (form) => form.getByLabel("Publik").check());

  await page.goto("/lapor");
  await hydrated(page);
  await page.getByLabel("Kategori").selectOption("penerangan");
  await page.getByLabel("Lintang").fill("-8.0506");
  await page.getByLabel("Bujur").fill("111.7087");
  const nearby = page.locator(".nearby");
  await expect(nearby.getByRole("heading", { name: "Sudah dilaporkan?" })).toBeVisible();
  await expect(nearby).toContainText("Tiga lampu jalan padam di Jalan Panglima Sudirman");
  await expect(nearby).not.toContainText("Budi");

  // Following it instead of filing again: the contact is checked by the shared rules first.
  const contact = nearby.getByLabel("E-mail atau nomor HP untuk kabar aduan ini");
  await contact.fill("12");
  await nearby.getByRole("button", { name: "Ikuti aduan ini" }).click();
  await expect(nearby.getByRole("status")).toContainText("E-mail atau nomor HP");
  await contact.fill("tetangga@example.id");
  await nearby.getByRole("button", { name: "Ikuti aduan ini" }).click();
  await expect(nearby.getByRole("status")).toContainText("Anda akan menerima kabar");
  // The filing form itself was not submitted.
  await expect(page).toHaveURL(/\/lapor$/);
});

test("every required field and an unreadable photo get their own message in the browser, and nothing is sent", async ({
  page,
}) => {
  await page.goto("/lapor");
  await hydrated(page);
  const posts: string[] = [];
  page.on("request", (request) => {
    if (request.method() === "POST") posts.push(request.url());
  });

  await page.getByRole("button", { name: "Kirim pengaduan" }).click();
  const expected: [string, string | RegExp][] = [
    ["#reporter_name-error", "Nama pelapor wajib diisi."],
    ["#nik-error", "NIK wajib diisi."],
    ["#title-error", "Judul aduan wajib diisi."],
    ["#content-error", "Isi aduan wajib diisi."],
    ["#address-error", "Alamat lokasi kejadian wajib diisi."],
    ["#photos-error", "Lampirkan minimal 1 foto sebagai bukti."],
    ["#privacy_notice-error", "Baca pemberitahuan privasi dan centang persetujuan Anda untuk mengirim aduan."],
  ];
  for (const [selector, message] of expected) {
    await expect(page.locator(selector), selector).toHaveText(message);
  }
  await expect(page.getByText("Tandai lokasi kejadian di peta atau isi garis lintang dan garis bujur.")).toBeVisible();

  // A file that is not a picture, whatever its name says.
  await page.getByLabel("Foto").setInputFiles({
    name: "foto.jpg",
    mimeType: "image/jpeg",
    buffer: Buffer.from("bukan foto, hanya teks"),
  });
  await expect(page.locator(".thumbnails img")).toHaveCount(0);
  await expect(page.getByText("Foto tidak dapat dibuka. Pilih foto lain berformat JPEG, PNG, atau WebP.")).toBeVisible();
  expect(posts).toEqual([]);
});
