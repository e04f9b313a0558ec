#!/usr/bin/env node
// Time to interactive of Aduan's pages in Debian's Chromium, driven by Playwright over the DevTools
// protocol, with the CPU slowed 4× and a Slow-4G network (150 ms RTT, 1.6 Mbps down, 750 kbps up).
//
//   node end2end/bench/tti.mjs --base http://127.0.0.1:PORT [--runs 5] [--paths /lapor,/,/statistik,/aduan]
//                              [--no-throttle] [--timeout 60]
//
// TTI is the page's own clock (performance.now(), zero at navigation start) at the moment the
// WebAssembly entry puts `data-hydrated` on <html>, seen by a MutationObserver that an init script
// installs before any of the page's scripts run; for a page that loads no script (a citizens' page
// without an island), the end of DOMContentLoaded. See README.md beside this file.

import { chromium, devices } from "@playwright/test";
import { launchOptions } from "../chromium.mjs";
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";

let HYDRATION_TIMEOUT_MS = 60_000;
const SLOW_4G = {
  offline: false,
  latency: 150,
  downloadThroughput: 1.6e6 / 8,
  uploadThroughput: 750e3 / 8,
};
const CPU_SLOWDOWN = 4;

function parseArgs(argv) {
  const options = { base: null, runs: 5, paths: ["/lapor", "/", "/statistik", "/aduan"], throttle: true };
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    const value = () => {
      const next = argv[++i];
      if (next === undefined) usage(`${arg} needs a value`);
      return next;
    };
    if (arg === "--base") options.base = value().replace(/\/+$/, "");
    else if (arg === "--runs") options.runs = Number(value());
    else if (arg === "--paths") options.paths = value().split(",").map((p) => p.trim()).filter(Boolean);
    else if (arg === "--no-throttle") options.throttle = false;
    else if (arg === "--timeout") HYDRATION_TIMEOUT_MS = Number(value()) * 1000;
    else if (arg === "--help" || arg === "-h") usage();
    else usage(`unknown argument ${arg}`);
  }
  if (!options.base) usage("--base is required");
  if (!Number.isInteger(options.runs) || options.runs < 1) usage("--runs must be a positive integer");
  if (options.paths.length === 0) usage("--paths is empty");
  if (!(HYDRATION_TIMEOUT_MS > 0)) usage("--timeout must be a positive number of seconds");
  return options;
}

function usage(problem) {
  if (problem) console.error(`tti: ${problem}`);
  console.error(
    "usage: node end2end/bench/tti.mjs --base http://127.0.0.1:PORT [--runs 5] [--paths /lapor,/,/statistik,/aduan] [--no-throttle] [--timeout SECONDS]",
  );
  process.exit(2);
}

// Runs in the page before its own scripts: notes when <html> gets `data-hydrated` and when the
// WebAssembly module finished compiling and instantiating (so hydration can be told apart from it).
function initScript() {
  const mark = () => {
    if (window.__hydratedAt === undefined && document.documentElement?.hasAttribute("data-hydrated")) {
      window.__hydratedAt = performance.now();
    }
  };
  new MutationObserver(mark).observe(document, {
    subtree: true,
    childList: true,
    attributes: true,
    attributeFilter: ["data-hydrated"],
  });
  mark();
  for (const name of ["instantiateStreaming", "instantiate"]) {
    const original = WebAssembly[name];
    if (typeof original !== "function") continue;
    WebAssembly[name] = function (...args) {
      window.__wasmInstantiateStart ??= performance.now();
      return original.apply(this, args).then((result) => {
        window.__wasmInstantiatedAt ??= performance.now();
        return result;
      });
    };
  }
}

// Read in the page once it is hydrated: paint, resource timing and the marks above.
function collect() {
  const round = (x) => (typeof x === "number" ? Math.round(x * 10) / 10 : null);
  const nav = performance.getEntriesByType("navigation")[0];
  const resources = performance.getEntriesByType("resource");
  const fcp = performance.getEntriesByName("first-contentful-paint")[0];
  const timing = (entry) =>
    entry && {
      url: new URL(entry.name).pathname,
      initiator: entry.initiatorType,
      start: round(entry.startTime),
      responseStart: round(entry.responseStart),
      responseEnd: round(entry.responseEnd),
      transferSize: entry.transferSize,
      encodedBodySize: entry.encodedBodySize,
      decodedBodySize: entry.decodedBodySize,
    };
  const wasm = resources.filter((entry) => new URL(entry.name).pathname.endsWith(".wasm"));
  const js = resources.filter((entry) => /\/pkg\/[^/]+\.js$/.test(new URL(entry.name).pathname));
  return {
    tti: round(window.__hydratedAt),
    fcp: round(fcp?.startTime),
    domContentLoaded: round(nav?.domContentLoadedEventEnd),
    bytes: (nav?.transferSize ?? 0) + resources.reduce((sum, entry) => sum + entry.transferSize, 0),
    document: timing(nav),
    wasm: wasm.map(timing),
    js: js.map(timing),
    wasmInstantiateStart: round(window.__wasmInstantiateStart),
    wasmInstantiatedAt: round(window.__wasmInstantiatedAt),
    resources: resources.length,
  };
}

async function throttle(context, page, on) {
  const cdp = await context.newCDPSession(page);
  await cdp.send("Network.enable");
  // What went over the wire as Chromium's network stack counted it, as a cross-check of
  // resource timing's transferSize.
  const wire = { bytes: 0, requests: 0 };
  cdp.on("Network.loadingFinished", (event) => {
    wire.bytes += event.encodedDataLength;
    wire.requests += 1;
  });
  if (on) {
    await cdp.send("Network.emulateNetworkConditions", SLOW_4G);
    await cdp.send("Emulation.setCPUThrottlingRate", { rate: CPU_SLOWDOWN });
  }
  return wire;
}

// One load of `url` in a new page of `context`. Returns the measurement, or { error }.
async function measure(context, url, throttled) {
  const page = await context.newPage();
  try {
    const wire = await throttle(context, page, throttled);
    const started = Date.now();
    await page.goto(url, { waitUntil: "domcontentloaded", timeout: HYDRATION_TIMEOUT_MS });
    // A citizens' page without an island loads no script: it is interactive once parsed.
    const scripted = await page.evaluate(() => document.querySelector('link[rel="modulepreload"]') !== null);
    if (scripted) {
      try {
        await page.waitForFunction(() => window.__hydratedAt !== undefined, null, {
          polling: 100,
          timeout: Math.max(1, HYDRATION_TIMEOUT_MS - (Date.now() - started)),
        });
      } catch {
        return { error: `not hydrated within ${HYDRATION_TIMEOUT_MS / 1000} s` };
      }
    }
    await page.waitForLoadState("load", { timeout: HYDRATION_TIMEOUT_MS }).catch(() => {});
    const result = await page.evaluate(collect);
    if (!scripted) result.tti = result.domContentLoaded;
    return { ...result, scripted, wireBytes: wire.bytes, wireRequests: wire.requests };
  } catch (error) {
    return { error: String(error?.message ?? error).split("\n")[0] };
  } finally {
    await page.close().catch(() => {});
  }
}

const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
};
const stats = (xs) => {
  const v = xs.filter((x) => typeof x === "number" && Number.isFinite(x));
  const r = (x) => Math.round(x * 10) / 10;
  return v.length ? { median: r(median(v)), min: r(Math.min(...v)), max: r(Math.max(...v)), n: v.length } : null;
};

// Where a load's time went, from the wasm's resource timing and the marks of the init script.
function breakdown(run) {
  const wasm = run.wasm?.[0];
  if (!wasm || run.tti == null) return {};
  return {
    wasmStart: wasm.start,
    wasmResponseEnd: wasm.responseEnd,
    wasmDownload: wasm.responseEnd - wasm.start,
    // After the last byte: the tail of (streaming) compilation plus instantiation.
    compileAfterDownload: run.wasmInstantiatedAt != null ? run.wasmInstantiatedAt - wasm.responseEnd : null,
    // From the instance being ready to `data-hydrated`: the start function and the hydration.
    hydrate: run.wasmInstantiatedAt != null ? run.tti - run.wasmInstantiatedAt : null,
    responseEndToTti: run.tti - wasm.responseEnd,
    wasmTransfer: wasm.transferSize,
    jsTransfer: run.js?.[0]?.transferSize ?? null,
  };
}

const fmtMs = (x) => (x == null ? "-" : `${Math.round(x)} ms`);
const fmtBytes = (x) => (x == null ? "-" : x >= 1024 ? `${(x / 1024).toFixed(1)} KiB` : `${x} B`);

function printTable(path, cold, warm) {
  const ok = cold.filter((run) => !run.error);
  const parts = ok.map(breakdown);
  const rows = [
    ["TTI (hydrated; parsed if no script)", stats(ok.map((r) => r.tti)), fmtMs],
    ["FCP", stats(ok.map((r) => r.fcp)), fmtMs],
    ["bytes (resource timing)", stats(ok.map((r) => r.bytes)), fmtBytes],
    ["bytes (CDP, on the wire)", stats(ok.map((r) => r.wireBytes)), fmtBytes],
    ["wasm transferSize", stats(parts.map((p) => p.wasmTransfer)), fmtBytes],
    ["js transferSize", stats(parts.map((p) => p.jsTransfer)), fmtBytes],
    ["wasm request start", stats(parts.map((p) => p.wasmStart)), fmtMs],
    ["wasm responseEnd", stats(parts.map((p) => p.wasmResponseEnd)), fmtMs],
    ["  wasm download", stats(parts.map((p) => p.wasmDownload)), fmtMs],
    ["  compile+instantiate after", stats(parts.map((p) => p.compileAfterDownload)), fmtMs],
    ["  hydrate", stats(parts.map((p) => p.hydrate)), fmtMs],
    ["  responseEnd -> TTI", stats(parts.map((p) => p.responseEndToTti)), fmtMs],
  ];
  const w = warm && !warm.error ? warm : null;
  const wp = w ? breakdown(w) : {};
  const warmValues = [
    w?.tti, w?.fcp, w?.bytes, w?.wireBytes, wp.wasmTransfer, wp.jsTransfer, wp.wasmStart,
    wp.wasmResponseEnd, wp.wasmDownload, wp.compileAfterDownload, wp.hydrate, wp.responseEndToTti,
  ];
  const header = ["", `median (n=${ok.length}/${cold.length})`, "min", "max", "warm"];
  const body = rows.map(([name, s, fmt], i) => [
    name,
    s ? fmt(s.median) : "-",
    s ? fmt(s.min) : "-",
    s ? fmt(s.max) : "-",
    fmt(warmValues[i]),
  ]);
  const widths = header.map((_, c) => Math.max(...[header, ...body].map((row) => String(row[c]).length)));
  const line = (row) => row.map((cell, c) => (c === 0 ? cell.padEnd(widths[c]) : cell.padStart(widths[c]))).join("  ");
  console.log(`\n${path}   cold = fresh context each run; warm = second load in a primed profile`);
  console.log(line(header));
  for (const row of body) console.log(line(row));
  const wasmCounts = new Set(ok.map((r) => r.wasm.length));
  const expected = ok.some((r) => r.scripted) ? 1 : 0;
  if ([...wasmCounts].some((n) => n !== expected)) {
    console.log(`  note: wasm requests per load: ${[...wasmCounts].join(", ")} (expected ${expected})`);
  }
  for (const [i, run] of cold.entries()) if (run.error) console.log(`  run ${i + 1}: ${run.error}`);
  if (warm?.error) console.log(`  warm: ${warm.error}`);
}

async function main() {
  const options = parseArgs(process.argv.slice(2));
  const browser = await chromium.launch(launchOptions);
  const contextOptions = { ...devices["Pixel 7"], viewport: { width: 390, height: 844 } };
  const newContext = async () => {
    const context = await browser.newContext(contextOptions);
    await context.addInitScript(initScript);
    return context;
  };
  // The warm load needs a profile on disk: a browser.newContext() keeps its HTTP cache in memory,
  // where Chromium stores no entry over an eighth of the cache's size, so a wasm of a few MB would
  // be fetched again on every load however it is cached.
  const newProfile = async () => {
    const dir = await mkdtemp(join(tmpdir(), "aduan-tti-"));
    const context = await chromium.launchPersistentContext(dir, { ...launchOptions, ...contextOptions });
    await context.addInitScript(initScript);
    return {
      context,
      close: async () => {
        await context.close();
        await rm(dir, { recursive: true, force: true });
      },
    };
  };
  console.log(
    `TTI of ${options.base} in Chromium ${browser.version()}, ${
      options.throttle ? `CPU ${CPU_SLOWDOWN}x slower, Slow 4G (150 ms, 1.6 Mbps down, 750 kbps up)` : "no throttling"
    }, ${options.runs} cold run(s) + 1 warm per path`,
  );

  const results = {};
  let failed = false;
  try {
    for (const path of options.paths) {
      const url = options.base + path;
      const cold = [];
      for (let run = 0; run < options.runs; run++) {
        const context = await newContext();
        try {
          cold.push(await measure(context, url, options.throttle));
        } finally {
          await context.close();
        }
        const last = cold.at(-1);
        process.stderr.write(
          `  ${path} cold ${run + 1}/${options.runs}: ${last.error ?? `TTI ${fmtMs(last.tti)}, FCP ${fmtMs(last.fcp)}`}\n`,
        );
      }
      // Warm: a fresh profile on disk loads the page once (unthrottled, then lets the wasm code
      // cache settle), and the second load is measured with the same throttling as the cold ones.
      let warm;
      const profile = await newProfile();
      try {
        const primer = await measure(profile.context, url, false);
        if (primer.error) warm = { error: `priming load: ${primer.error}` };
        else {
          await new Promise((resolve) => setTimeout(resolve, 1500));
          warm = await measure(profile.context, url, options.throttle);
        }
      } finally {
        await profile.close();
      }
      process.stderr.write(`  ${path} warm: ${warm.error ?? `TTI ${fmtMs(warm.tti)}, FCP ${fmtMs(warm.fcp)}`}\n`);
      if (cold.some((run) => run.error) || warm.error) failed = true;
      results[path] = { cold, warm };
      printTable(path, cold, warm);
    }
  } finally {
    await browser.close();
  }

  const summary = {};
  for (const [path, { cold, warm }] of Object.entries(results)) {
    const ok = cold.filter((run) => !run.error);
    const parts = ok.map(breakdown);
    summary[path] = {
      runs: cold.length,
      failures: cold.length - ok.length,
      tti: stats(ok.map((r) => r.tti)),
      fcp: stats(ok.map((r) => r.fcp)),
      bytes: stats(ok.map((r) => r.bytes)),
      wireBytes: stats(ok.map((r) => r.wireBytes)),
      wasmTransfer: stats(parts.map((p) => p.wasmTransfer)),
      jsTransfer: stats(parts.map((p) => p.jsTransfer)),
      wasmResponseEnd: stats(parts.map((p) => p.wasmResponseEnd)),
      wasmDownload: stats(parts.map((p) => p.wasmDownload)),
      compileAfterDownload: stats(parts.map((p) => p.compileAfterDownload)),
      hydrate: stats(parts.map((p) => p.hydrate)),
      warm: warm.error
        ? { error: warm.error }
        : { tti: warm.tti, fcp: warm.fcp, bytes: warm.bytes, wireBytes: warm.wireBytes, ...breakdown(warm) },
      raw: cold,
    };
  }
  console.log(
    `TTI_JSON ${JSON.stringify({
      base: options.base,
      throttled: options.throttle,
      network: options.throttle ? SLOW_4G : null,
      cpuSlowdown: options.throttle ? CPU_SLOWDOWN : 1,
      ok: !failed,
      paths: summary,
    })}`,
  );
  if (failed) {
    console.error("tti: at least one load did not hydrate (see above)");
    process.exitCode = 1;
  }
}

main().catch((error) => {
  console.error(`tti: ${error?.stack ?? error}`);
  process.exit(1);
});
