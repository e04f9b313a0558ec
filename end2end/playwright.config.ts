import { defineConfig, devices } from "@playwright/test";
import { launchOptions } from "./chromium.mjs";

// The server under test: the debug `aduan` binary serving the release WebAssembly build, on a port of
// its own with a fresh data folder (scripts/test sets these variables).
const port = Number(process.env.ADUAN_E2E_PORT ?? 3100);
const baseURL = `http://127.0.0.1:${port}`;

export default defineConfig({
  testDir: "./tests",
  timeout: 30_000,
  fullyParallel: true,
  workers: 1,
  // scripts/test passes --forbid-only whatever the environment; this covers a bare run under CI.
  forbidOnly: !!process.env.CI,
  retries: 0,
  reporter: [["list"]],
  use: {
    baseURL,
    trace: "retain-on-failure",
    launchOptions,
  },
  projects: [
    {
      name: "phone",
      use: {
        ...devices["Pixel 7"],
        viewport: { width: 390, height: 844 },
        browserName: "chromium",
      },
    },
  ],
  webServer: {
    command: `${process.env.ADUAN_BIN ?? "../target/debug/aduan"} serve`,
    url: `${baseURL}/`,
    reuseExistingServer: false,
    timeout: 60_000,
    env: {
      ADUAN_BIND: `127.0.0.1:${port}`,
      ADUAN_DATA_DIR: process.env.ADUAN_DATA_DIR ?? "",
      ADUAN_SITE_ROOT: process.env.ADUAN_SITE_ROOT ?? "../target/site",
      ADUAN_LOG: "warn",
    },
  },
});
