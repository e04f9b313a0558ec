// How every browser here is launched: Debian's Chromium (Playwright never downloads one), with
// nothing of its own running in the background to disturb a test or a measurement. Shared by
// playwright.config.ts and bench/tti.mjs.
export const launchOptions = {
  executablePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium",
  args: [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
  ],
};
