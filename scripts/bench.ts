// npm run bench: first-view bytes and time to the map, in headless Chromium over the
// production build (run `npm run build` first; `npm run bench` does). Prints a table and
// writes bench/results.json. An empty page on the same server is the baseline.
import { mkdirSync, rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { gzipSync } from "node:zlib";
import type { Browser } from "playwright-core";
import { launch } from "../tests/helpers/browser.ts";
import { ROOT } from "../tests/helpers/fixtures.ts";
import { serve } from "../tests/helpers/server.ts";

const RUNS = 9;
const EMPTY = "bench-empty.html";

interface Run {
  /** First contentful paint (the prerendered map is in it), or the sprite's arrival if later. */
  drawn: number;
  /** The map answers a hover: hydrated, tooltip shown. */
  hover: number;
}

const median = (xs: number[]) =>
  [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
const range = (xs: number[]) => `${Math.min(...xs)}–${Math.max(...xs)}`;

async function measure(
  browser: Browser,
  url: string,
  throttle: number,
  hover: boolean,
): Promise<Run> {
  const context = await browser.newContext({
    viewport: { width: 1280, height: 800 },
  });
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  await cdp.send("Emulation.setCPUThrottlingRate", { rate: throttle });
  await page.goto(url, { waitUntil: "load" });
  let answered = NaN;
  if (hover) {
    await page.waitForFunction(() =>
      document.querySelector("#app[data-ready]"),
    );
    await page
      .locator('[data-view="map"] [data-partner][data-country="ZMB"]')
      .hover();
    await page.getByRole("tooltip").waitFor();
    answered = await page.evaluate(() => performance.now());
  }
  await page.waitForFunction(
    () => performance.getEntriesByName("first-contentful-paint").length > 0,
  );
  // Drawn: the first contentful paint, or the arrival of the base map's sprite file when it
  // comes later (its shapes cannot be painted before it is there).
  const drawn = await page.evaluate(() => {
    const paint = performance.getEntriesByName("first-contentful-paint")[0]!
      .startTime;
    const sprite = performance
      .getEntriesByType("resource")
      .find((r) => r.name.includes("atlas-basemap")) as
      PerformanceResourceTiming | undefined;
    return Math.max(paint, sprite?.responseEnd ?? 0);
  });
  await context.close();
  return { drawn: Math.round(drawn), hover: Math.round(answered) };
}

async function firstViewBytes(browser: Browser, url: string) {
  const context = await browser.newContext();
  const page = await context.newPage();
  const requests: string[] = [];
  page.on("request", (r) => requests.push(r.url()));
  await page.goto(url);
  await page.waitForFunction(() => document.querySelector("#app[data-ready]"));
  await page.locator('[data-view="map"] [data-partner]').first().hover();
  await page.getByRole("tooltip").waitFor();
  await context.close();
  const files = [];
  for (const request of requests) {
    const body = Buffer.from(await (await fetch(request)).arrayBuffer());
    files.push({
      file: new URL(request).pathname,
      raw: body.byteLength,
      gzip: gzipSync(body, { level: 9 }).byteLength,
    });
  }
  return files;
}

const server = await serve();
writeFileSync(
  join(ROOT, "dist", EMPTY),
  "<!doctype html><title>empty</title><p>Empty page</p>\n",
);
const browser = await launch();
try {
  const files = await firstViewBytes(browser, server.app);
  const total = files.reduce((sum, f) => sum + f.gzip, 0);
  const times: Record<string, { drawn: number[]; hover: number[] }> = {};
  // Runs alternate between the empty page and the map, so that a slow spell of the machine
  // falls on both alike.
  // `--bytes`: the first view's files only, no timings (quick, while changing the build).
  for (const throttle of process.argv.includes("--bytes") ? [] : [1, 4]) {
    const pages = [
      ["empty page", `${server.app}${EMPTY}`, false],
      ["map", server.app, true],
    ] as const;
    const runs = new Map<string, Run[]>(pages.map(([name]) => [name, []]));
    for (let i = 0; i < RUNS; i++) {
      for (const [name, url, hover] of pages) {
        runs.get(name)!.push(await measure(browser, url, throttle, hover));
      }
    }
    for (const [name, list] of runs) {
      times[`${name}, CPU ×${throttle}`] = {
        drawn: list.map((r) => r.drawn),
        hover: list.map((r) => r.hover),
      };
    }
  }
  console.log("First view (until the map answers a hover):");
  for (const f of files)
    console.log(
      `  ${f.file.padEnd(56)} ${String(f.raw).padStart(7)} ${String(f.gzip).padStart(7)} gzip`,
    );
  console.log(
    `  ${"total".padEnd(56)} ${" ".repeat(7)} ${String(total).padStart(7)} gzip (${(total / 1024).toFixed(1)} KB; budget 70 KB)`,
  );
  console.log(`\nTime from navigation, median and range of ${RUNS} runs (ms):`);
  for (const [name, t] of Object.entries(times)) {
    const hover = t.hover.every(Number.isNaN)
      ? ""
      : `   answers a hover ${median(t.hover)} (${range(t.hover)})`;
    console.log(
      `  ${name.padEnd(22)} drawn ${median(t.drawn)} (${range(t.drawn)})${hover}`,
    );
  }
  if (!process.argv.includes("--bytes")) {
    mkdirSync(join(ROOT, "bench"), { recursive: true });
    writeFileSync(
      join(ROOT, "bench/results.json"),
      JSON.stringify(
        {
          date: new Date().toISOString(),
          runs: RUNS,
          firstView: { totalGzip: total, files },
          times,
        },
        null,
        2,
      ) + "\n",
    );
  }
} finally {
  await browser.close();
  await server.close();
  rmSync(join(ROOT, "dist", EMPTY), { force: true });
}
