// The benchmark at scale (scripts/bench.ts): builds of the app with a synthetic dataset bundled
// (ATLAS_DATASET, vite.config.ts), and the time a filter change takes to repaint in the page.
import { execFileSync } from "node:child_process";
import { existsSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { performance } from "node:perf_hooks";
import type { Browser, Page } from "playwright-core";
import { synthDataset } from "../src/lib/data/synth.ts";
import { timing, type Timing } from "./bench-aggregate.ts";

export interface BuildFigures {
  records: number;
  /** The dataset file, in bytes. */
  bytes: number;
  /** The whole build (validation and prerendering of the first view included). */
  seconds: number;
}

/** The folder a build with `records` synthetic records goes to. */
export const benchDir = (records: number) => `dist-bench-${records}`;

/**
 * Builds the app with a synthetic dataset of `records` records bundled, into dist-bench-N/
 * (the dataset is written to data/synth-N.json first when it is not there).
 */
export function buildWithSynth(root: string, records: number): BuildFigures {
  const file = `data/synth-${records}.json`;
  const text = JSON.stringify(synthDataset(records));
  if (!existsSync(join(root, file))) writeFileSync(join(root, file), text);
  const start = performance.now();
  execFileSync("npx", ["vite", "build", "--outDir", benchDir(records)], {
    cwd: root,
    env: { ...process.env, ATLAS_DATASET: file },
    stdio: ["ignore", "ignore", "inherit"],
  });
  return {
    records,
    bytes: Buffer.byteLength(text),
    seconds: Math.round((performance.now() - start) / 100) / 10,
  };
}

export interface RepaintFigures {
  records: number;
  /** The window's height: at 800 px the views below the map load (they come near the screen). */
  height: number;
  /** The views on the page while timing (the others not loaded). */
  views: string[];
  /** From navigation to the app ready (dataset loaded, page hydrated or mounted). */
  ready: number;
  /** Choosing an institution, then all institutions again, in turn. */
  institution: Timing & { runs: number };
  /**
   * The same changes, to the end of the frame that shows the detail panel opened or closed (a
   * frame after the map's: Atlas.svelte).
   */
  panel: Timing & { runs: number };
  /** Setting the first year, then clearing it, in turn. */
  years: Timing & { runs: number };
  /**
   * The end of the frame that shows each change in the timeline, when it is loaded (off screen
   * it follows after the map and the panel: offscreen.svelte.ts).
   */
  timeline: {
    institution: Timing & { runs: number };
    years: Timing & { runs: number };
  };
  /**
   * The same year changes made one after another, each as soon as the last one's frame ends:
   * that frame's tiles are then still being rastered (Chromium's raster thread, in software
   * here: no GPU), and the next frame waits for them.
   */
  yearsInARow: Timing & { runs: number };
}

/**
 * One filter change, timed in the page: from just before the control's change event to the
 * end of the frame that shows it. The change event sets the filter; Svelte updates the DOM in
 * a microtask; a MutationObserver on the map sees the update; the next animation frame then
 * lays out and paints it, and a message posted from that frame's requestAnimationFrame
 * callback is handled once it is rendered. (Chromium runs with its frame rate limit lifted,
 * so no time is spent waiting for a display refresh.) With `panel`, also the time to the end
 * of the frame that shows the detail panel opened or closed (the map's row changes its class,
 * from that frame's callbacks: Atlas.svelte).
 */
async function change(
  page: Page,
  selector: string,
  value: string,
  panel = false,
) {
  return page.evaluate(
    ([selector, value, panel]) =>
      new Promise<[number, number, number]>((resolve) => {
        const control = document.querySelector<
          HTMLInputElement | HTMLSelectElement
        >(selector as string)!;
        let start = 0;
        const times = [Number.NaN, Number.NaN, Number.NaN];
        // For each target, the end of the frame after its first mutation. (No named functions
        // in here: the script runner would wrap them in a helper the page does not have.)
        // The panel's row changes from within an animation frame's callbacks: that frame is
        // then the one that shows it, and the message is posted at once.
        // Each: the element, what to observe, whether it changes within an animation frame,
        // and its place in `times`. The timeline, when loaded: off screen, it follows a little
        // later (offscreen.svelte.ts).
        const all = { subtree: true, childList: true, attributes: true };
        const timeline = document.querySelector(
          '[data-view="timeline"]:not([aria-busy])',
        );
        const targets = [
          [
            document.querySelector('[data-view="map"]'),
            { ...all, characterData: true },
            false,
            0,
          ],
          [
            panel ? document.querySelector(".map-row") : null,
            { attributeFilter: ["class"] },
            true,
            1,
          ],
          [timeline, all, false, 2],
        ].filter(([target]) => target) as [
          Element,
          MutationObserverInit,
          boolean,
          number,
        ][];
        let waiting = targets.length;
        const observers = targets.map(([target, options, inFrame, which]) => {
          const observer = new MutationObserver(() => {
            observer.disconnect();
            const channel = new MessageChannel();
            channel.port1.onmessage = () => {
              times[which] = performance.now() - start;
              if (--waiting === 0) resolve(times as [number, number, number]);
            };
            if (inFrame) channel.port2.postMessage(null);
            else requestAnimationFrame(() => channel.port2.postMessage(null));
          });
          observer.observe(target, options);
          return observer;
        });
        // A change that leaves the map (or the timeline) as it was is not timed.
        setTimeout(() => {
          observers.forEach((o) => o.disconnect());
          resolve(times as [number, number, number]);
        }, 5_000);
        start = performance.now();
        control.value = value as string;
        control.dispatchEvent(new Event("change", { bubbles: true }));
      }),
    [selector, value, panel] as const,
  );
}

/**
 * How long the page is left after a change before the next: its frame is then rastered and
 * drawn (about 40 ms for the map at 1280 × 800 in software), so a change is timed from rest.
 */
export const REST = 200;

/**
 * `runs` changes of the institution, then of the first year, in a window `height` high, each
 * from rest (REST); then the year changes again one after another. Each series stops early
 * after `budget` ms (a slow page is timed fewer times, never for hours).
 */
export async function repaintFigures(
  browser: Browser,
  url: string,
  records: number,
  { runs, height, budget }: { runs: number; height: number; budget: number },
): Promise<RepaintFigures> {
  const context = await browser.newContext({
    viewport: { width: 1280, height },
  });
  const page = await context.newPage();
  page.setDefaultTimeout(180_000);
  // A change that throws stops the update half done, and would be timed as a fast one.
  const errors: string[] = [];
  page.on("pageerror", (error) => errors.push(error.message));
  page.on("console", (m) => m.type() === "error" && errors.push(m.text()));
  await page.goto(url, { waitUntil: "load" });
  await page.waitForSelector("#app[data-ready]", { state: "attached" });
  const ready = await page.evaluate(() => Math.round(performance.now()));
  // The page as a visitor meets it once it has been idle: the partners drawn as paths of their
  // own, no longer as <use>s of the sprite (MapView.svelte).
  await page.waitForFunction(
    () => !document.querySelector('[data-view="map"] use.partner'),
  );
  const institutions = await page.$$eval(
    '[data-filters] select[name="inst"] option',
    (os) => os.map((o) => (o as HTMLOptionElement).value).filter(Boolean),
  );
  const [first, last] = await page.$eval(
    '[data-filters] input[name="from"]',
    (input) => {
      const { min, max } = input as HTMLInputElement;
      return [Number(min), Number(max)] as const;
    },
  );
  const middle = String(Math.round((first + last) / 2));
  const institution: number[] = [];
  const panel: number[] = [];
  const timelineInstitution: number[] = [];
  const timelineYears: number[] = [];
  const years: number[] = [];
  const series = async (
    list: number[],
    next: (run: number) => Promise<number>,
    rest = REST,
  ) => {
    const end = performance.now() + budget;
    // An even number of changes, so that each series ends where it began.
    for (
      let run = 0;
      run < runs && (run % 2 || performance.now() < end);
      run++
    ) {
      list.push(await next(run));
      if (rest > 0) await page.waitForTimeout(rest);
    }
  };
  await series(institution, async (run) => {
    const [map, shown, below] = await change(
      page,
      '[data-filters] select[name="inst"]',
      run % 2 === 0 ? institutions[(run / 2) % institutions.length]! : "",
      true,
    );
    panel.push(shown);
    timelineInstitution.push(below);
    return map;
  });
  const year = async (run: number, below?: number[]) => {
    const [map, , timeline] = await change(
      page,
      '[data-filters] input[name="from"]',
      run % 2 === 0 ? middle : "",
    );
    below?.push(timeline);
    return map;
  };
  const yearsInARow: number[] = [];
  await series(years, (run) => year(run, timelineYears));
  await series(yearsInARow, year, 0);
  const views = await page.$$eval("[data-view]:not([aria-busy])", (els) =>
    els.map((el) => el.getAttribute("data-view")!),
  );
  await context.close();
  if (errors.length > 0)
    throw new Error(
      `The page reported an error while its filters changed (${records} records): ${errors[0]}`,
    );
  const timed = (list: number[]) => {
    const kept = list.filter(Number.isFinite);
    return { ...timing(kept), runs: kept.length };
  };
  return {
    records,
    height,
    views,
    ready,
    institution: timed(institution),
    panel: timed(panel),
    years: timed(years),
    yearsInARow: timed(yearsInARow),
    timeline: {
      institution: timed(timelineInstitution),
      years: timed(timelineYears),
    },
  };
}
