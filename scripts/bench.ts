// npm run bench: in headless Chromium over the production build (run `npm run build` first;
// `npm run bench` does), first-view bytes of the page and of the embedded map, and time to the
// map (an empty page on the same server is the baseline); then, at scale, the time a filter
// change takes to repaint with the seed dataset and with synthetic ones of 10,000 and 100,000
// records bundled (built here into dist-bench-N/, scripts/bench-scale.ts), and aggregation
// times in Node (scripts/bench-aggregate.ts). Prints tables and writes bench/results.json.
// `--bytes`: the first view's files only (quick, while changing the build).
// `--reuse-builds`: keep dist-bench-N/ when it is there (after a change to src/, build again).
import { execSync } from "node:child_process";
import { existsSync, mkdirSync, rmSync, writeFileSync } from "node:fs";
import { cpus, loadavg } from "node:os";
import { join } from "node:path";
import { gzipSync } from "node:zlib";
import type { Browser } from "playwright-core";
import { launch } from "../tests/helpers/browser.ts";
import { bundledDataset, ROOT } from "../tests/helpers/fixtures.ts";
import { serve } from "../tests/helpers/server.ts";
import { aggregationFigures } from "./bench-aggregate.ts";
import {
  benchDir,
  buildWithSynth,
  repaintFigures,
  type BuildFigures,
  type RepaintFigures,
} from "./bench-scale.ts";

/**
 * Page loads per figure. A load on this kind of machine varies by ±50 ms around a median near
 * the 200 ms target; the median of 9 moved by 20–30 ms between runs of the same build, so 15.
 */
const RUNS = 15;
const REPAINTS = 50;
const SIZES = [10_000, 100_000];
const AGGREGATION_SIZES = [1_000, 10_000, 100_000];
const EMPTY = "bench-empty.html";
/** A window this low shows the map, and the views below it stay unloaded. */
const MAP_ALONE = 400;
const BYTES_ONLY = process.argv.includes("--bytes");
const REUSE = process.argv.includes("--reuse-builds");
/** The targets of the issue, in ms. */
const TARGETS = { repaint: 16, repaintLarge: 100, aggregation: 50 };

interface Run {
  /** The first contentful paint, or the frame after the one that paints the land if later. */
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
  /** The atlas (the empty page is not): wait for its land, then hover a partner. */
  map: boolean,
): Promise<Run> {
  const context = await browser.newContext({
    viewport: { width: 1280, height: 800 },
  });
  // The land is the base-map sprite, drawn through <use>: its shapes are on screen only once
  // the sprite's document has loaded (the <use> fires "load") and the next frame has been
  // painted and rastered. The second animation frame after the load begins only when that
  // frame is done, so its time is when the land is on screen (at most one frame late). (An
  // element's "load" reaches the document, not the window.)
  await context.addInitScript(`
    document.addEventListener("load", (event) => {
      const land = event.target;
      if (window.__atlasLand || !(land instanceof SVGUseElement) || !land.classList.contains("land")) return;
      window.__atlasLand = -1;
      requestAnimationFrame(() => requestAnimationFrame(() => { window.__atlasLand = performance.now(); }));
    }, true);`);
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  await cdp.send("Emulation.setCPUThrottlingRate", { rate: throttle });
  await page.goto(url, { waitUntil: "load" });
  let answered = NaN;
  if (map) {
    await page.waitForFunction(() =>
      document.querySelector("#app[data-ready]"),
    );
    // The mouse moved onto Zambia as a visitor moves it. (Playwright's hover() first waits for
    // its element to stay put for two frames, and starts again, after a pause, when the element
    // is replaced: the partners are drawn again as paths once the page is idle, MapView.svelte.)
    const zambia = page.locator(
      '[data-view="map"] [data-partner][data-country="ZMB"]',
    );
    let box = null;
    for (let tries = 0; !box && tries < 50; tries++)
      box = await zambia.boundingBox();
    if (!box) throw new Error("Zambia is not on the map: no hover to time");
    await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
    await page.getByRole("tooltip").waitFor();
    answered = await page.evaluate(() => performance.now());
  }
  await page.waitForFunction(
    (map) =>
      performance.getEntriesByName("first-contentful-paint").length > 0 &&
      (!map || (window as { __atlasLand?: number }).__atlasLand! > 0),
    map,
  );
  // Drawn: the first contentful paint (the prerendered page) or the land on screen, the later.
  const drawn = await page.evaluate(() =>
    Math.max(
      performance.getEntriesByName("first-contentful-paint")[0]!.startTime,
      (window as { __atlasLand?: number }).__atlasLand ?? 0,
    ),
  );
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
  // Each file once: the sprite is asked for by several <use href="…svg#id">.
  const unique = [
    ...new Set(requests.map((r) => new URL(r).href.replace(/#.*$/, ""))),
  ];
  for (const request of unique) {
    const body = Buffer.from(await (await fetch(request)).arrayBuffer());
    files.push({
      file: new URL(request).pathname + new URL(request).search,
      raw: body.byteLength,
      gzip: gzipSync(body, { level: 9 }).byteLength,
    });
  }
  return files;
}

const table = (rows: string[][]) => {
  const widths = rows[0]!.map((_c, i) =>
    Math.max(...rows.map((r) => r[i]!.length)),
  );
  return rows
    .map(
      (r) =>
        "  " +
        r
          .map((c, i) => (i ? c.padStart(widths[i]!) : c.padEnd(widths[i]!)))
          .join("  "),
    )
    .join("\n");
};
const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;

const builds: BuildFigures[] = [];
if (!BYTES_ONLY) {
  for (const records of SIZES) {
    if (REUSE && existsSync(join(ROOT, benchDir(records), "index.html")))
      continue;
    console.log(
      `Building with ${records} synthetic records into ${benchDir(records)}/…`,
    );
    builds.push(buildWithSynth(ROOT, records));
  }
}

const server = await serve({
  extra: SIZES.map((n) => [`/bench-${n}/`, join(ROOT, benchDir(n))]),
});
writeFileSync(
  join(ROOT, "dist", EMPTY),
  "<!doctype html><title>empty</title><p>Empty page</p>\n",
);
const browser = await launch();
// For the repaint times: frames as soon as they are ready, not at the display's refresh rate.
const unlimited = BYTES_ONLY
  ? undefined
  : await launch(["--disable-frame-rate-limit", "--disable-gpu-vsync"]);
try {
  const page = await firstViewBytes(browser, server.app);
  const embed = await firstViewBytes(browser, `${server.app}?embed=1&view=map`);
  const total = (files: typeof page) =>
    files.reduce((sum, f) => sum + f.gzip, 0);
  const times: Record<string, { drawn: number[]; hover: number[] }> = {};
  // Runs alternate between the empty page and the map, so that a slow spell of the machine
  // falls on both alike.
  for (const throttle of BYTES_ONLY ? [] : [1, 4]) {
    const pages = [
      ["empty page", `${server.app}${EMPTY}`, false],
      ["map", server.app, true],
    ] as const;
    const runs = new Map<string, Run[]>(pages.map(([name]) => [name, []]));
    for (let i = 0; i < RUNS; i++) {
      for (const [name, url, map] of pages) {
        runs.get(name)!.push(await measure(browser, url, throttle, map));
      }
    }
    for (const [name, list] of runs) {
      times[`${name}, CPU ×${throttle}`] = {
        drawn: list.map((r) => r.drawn),
        hover: list.map((r) => r.hover),
      };
    }
  }
  const repaint: RepaintFigures[] = [];
  if (unlimited) {
    const sites: [number, string][] = [
      [bundledDataset().records.length, server.app],
      ...SIZES.map((n): [number, string] => [
        n,
        `${server.origin}/bench-${n}/`,
      ]),
    ];
    // The map alone (a window so low that the views below it do not load), then the page as
    // a 1280 × 800 window shows it, the timeline and flows loaded below the map.
    for (const height of [MAP_ALONE, 800])
      for (const [n, url] of sites)
        repaint.push(
          await repaintFigures(unlimited, url, n, {
            runs: REPAINTS,
            height,
            budget: 120_000,
          }),
        );
  }
  const aggregation = BYTES_ONLY
    ? []
    : AGGREGATION_SIZES.map((n) =>
        aggregationFigures(ROOT, n, n >= 100_000 ? 9 : 15),
      );

  for (const [title, files] of [
    ["First view (until the map answers a hover)", page],
    ["Embedded map, ?embed=1&view=map (until it answers a hover)", embed],
  ] as const) {
    console.log(`${title}:`);
    console.log(
      table([
        ["file", "raw", "gzip"],
        ...files.map((f) => [f.file, String(f.raw), String(f.gzip)]),
        [
          "total",
          String(files.reduce((s, f) => s + f.raw, 0)),
          `${total(files)} (${kb(total(files))}; budget 70 KB)`,
        ],
      ]),
    );
  }
  if (!BYTES_ONLY) {
    console.log(
      `\nTime from navigation, median and range of ${RUNS} runs (ms):`,
    );
    for (const [name, t] of Object.entries(times)) {
      const hover = t.hover.every(Number.isNaN)
        ? ""
        : `   answers a hover ${median(t.hover)} (${range(t.hover)})`;
      console.log(
        `  ${name.padEnd(22)} drawn ${median(t.drawn)} (${range(t.drawn)})${hover}`,
      );
    }
    console.log(
      `\nA filter change from rest, from the change event to the frame that shows it on the map (ms; median, range of ${REPAINTS}; target ≤ ${TARGETS.repaint} up to 10,000 records, ≤ ${TARGETS.repaintLarge} at 100,000); then the year changes one after another (each frame waits for the last one's raster):`,
    );
    const ok = (t: number, n: number) =>
      t <= (n > 10_000 ? TARGETS.repaintLarge : TARGETS.repaint)
        ? "ok"
        : "over";
    console.log(
      table([
        [
          "records",
          "window",
          "views",
          "app ready",
          "institution",
          "",
          "its panel",
          "years",
          "",
          "years in a row",
          "timeline: institution, years",
        ],
        ...repaint.map((r) => [
          String(r.records),
          `1280×${r.height}`,
          r.views.join(" "),
          String(r.ready),
          `${r.institution.median} (${r.institution.min}–${r.institution.max}; ${r.institution.runs})`,
          ok(r.institution.median, r.records),
          `${r.panel.median} (${r.panel.min}–${r.panel.max})`,
          `${r.years.median} (${r.years.min}–${r.years.max}; ${r.years.runs})`,
          ok(r.years.median, r.records),
          `${r.yearsInARow.median} (${r.yearsInARow.min}–${r.yearsInARow.max})`,
          r.timeline.institution.runs > 0
            ? `${r.timeline.institution.median}, ${r.timeline.years.median}`
            : "",
        ]),
      ]),
    );
    console.log(
      `\nAggregation in Node, one filter change (ms; median, range; target for the map ≤ ${TARGETS.aggregation} at 100,000):`,
    );
    console.log(
      table([
        [
          "records",
          "index",
          "map (all)",
          "select",
          "countryStats",
          "mapArcs",
          "search",
          "timeline items",
          "flow graph",
          "years chart",
        ],
        ...aggregation.map((a) => [
          String(a.records),
          String(a.index),
          `${a.map.median} (${a.map.min}–${a.map.max})`,
          String(a.select.median),
          String(a.countryStats.median),
          String(a.mapArcs.median),
          String(a.search.median),
          String(a.timelineItems.median),
          String(a.flowGraph.median),
          String(a.yearsChart.median),
        ]),
      ]),
    );
    if (builds.length) {
      console.log(
        "\nBuilds with a synthetic dataset (validation and prerendering included):",
      );
      console.log(
        table([
          ["records", "dataset", "build"],
          ...builds.map((b) => [
            String(b.records),
            kb(b.bytes),
            `${b.seconds} s`,
          ]),
        ]),
      );
    }
    const machine = {
      cpus: cpus().length,
      cpu: cpus()[0]?.model ?? "",
      loadAverage: loadavg().map((l) => Math.round(l * 100) / 100),
      node: process.version,
      chromium: browser.version(),
      commit: execSync("git rev-parse --short HEAD", { cwd: ROOT })
        .toString()
        .trim(),
    };
    console.log(
      `\nMachine: ${machine.cpus} × ${machine.cpu}, load ${machine.loadAverage.join(" ")}; Node ${machine.node}, Chromium ${machine.chromium}`,
    );
    mkdirSync(join(ROOT, "bench"), { recursive: true });
    writeFileSync(
      join(ROOT, "bench/results.json"),
      JSON.stringify(
        {
          date: new Date().toISOString(),
          machine,
          runs: RUNS,
          firstView: { totalGzip: total(page), files: page },
          embedFirstView: { totalGzip: total(embed), files: embed },
          times,
          repaint: { runs: REPAINTS, results: repaint },
          aggregation,
          builds,
        },
        null,
        2,
      ) + "\n",
    );
  }
} finally {
  await browser.close();
  await unlimited?.close();
  await server.close();
  rmSync(join(ROOT, "dist", EMPTY), { force: true });
}
