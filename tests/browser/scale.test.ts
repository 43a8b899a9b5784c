// The app with 10,000 synthetic records (src/lib/data/synth.ts), loaded with ?data= from this
// site: validated in the browser, placed on the map there, filtered over the index
// (src/lib/data/aggregate.ts). The benchmark (npm run bench) times this at scale.
import { mkdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import {
  homeCountries,
  recordCountries,
  selectRecords,
  type RecordFilter,
} from "../../src/lib/data/aggregate.ts";
import { synthDataset } from "../../src/lib/data/synth.ts";
import { ARC_LIMIT } from "../../src/views/map/layers.ts";
import { openPage } from "../helpers/browser.ts";
import { HOST, HOST_DIR } from "../helpers/server.ts";
import { browserSession } from "../helpers/session.ts";

const SIZE = 10_000;
const dataset = synthDataset(SIZE);
const FILE = `synth-${SIZE}.json`;
const session = browserSession();
const MAP = '[data-view="map"]';
const all: RecordFilter = { inst: null, from: null, to: null, kinds: [] };

/** The partners the map should show for the records a filter keeps. */
function partnersOf(filter: RecordFilter) {
  const home = homeCountries(dataset);
  return new Set(
    selectRecords(dataset, filter).flatMap((r) => recordCountries(r, home)),
  );
}

beforeAll(() => {
  mkdirSync(HOST_DIR, { recursive: true });
  writeFileSync(join(HOST_DIR, FILE), JSON.stringify(dataset));
});

describe("10,000 records", () => {
  it("shows the partners on the map, and follows a change of institution and years", async () => {
    const { page, errors } = await openPage(
      session.browser,
      `${session.server.app}?data=${HOST}${FILE}`,
    );
    page.setDefaultTimeout(60_000);
    const matching = page.locator("[data-matching]");
    await expect
      .poll(() => matching.getAttribute("data-matching"), { timeout: 60_000 })
      .toBe(String(SIZE));
    const partners = page.locator(`${MAP} [data-partner]`);
    await partners.first().waitFor();
    // Every partner is drawn but those the map has no place for (listed apart).
    const drawn = await partners.count();
    expect(drawn).toBeGreaterThan(150);
    expect(drawn).toBeLessThanOrEqual(partnersOf(all).size);

    // Arcs: the widest ARC_LIMIT, and a note saying how many more there are.
    // Arcs are drawn in one path per direction and width, each saying how many (strokes.ts).
    const arcCount = () =>
      page
        .locator(`${MAP} [data-flow]`)
        .evaluateAll((els) =>
          els.reduce((n, el) => n + Number(el.getAttribute("data-arcs")), 0),
        );
    const limited = page.locator(`${MAP} [data-arcs-limited]`);
    expect(await arcCount()).toBe(ARC_LIMIT);
    expect(
      Number(await limited.getAttribute("data-arcs-limited")),
    ).toBeGreaterThan(0);
    expect(await limited.textContent()).toMatch(
      new RegExp(`^The ${ARC_LIMIT} widest of [\\d,]+ flows are drawn`),
    );

    const inst = dataset.institutions[3]!.id;
    await page.locator('[data-filters] select[name="inst"]').selectOption(inst);
    const chosen = { ...all, inst };
    await expect
      .poll(() => matching.getAttribute("data-matching"))
      .toBe(String(selectRecords(dataset, chosen).length));
    await expect.poll(() => partners.count()).toBeLessThan(drawn);
    expect(await partners.count()).toBeLessThanOrEqual(partnersOf(chosen).size);
    // One institution's flows are few enough to draw them all.
    expect(await arcCount()).toBeGreaterThan(0);
    expect(await arcCount()).toBeLessThan(ARC_LIMIT);
    expect(await limited.count()).toBe(0);

    await page.locator('[data-filters] input[name="from"]').fill("2020");
    await page.locator('[data-filters] input[name="from"]').press("Enter");
    const later = { ...chosen, from: 2020 };
    await expect
      .poll(() => matching.getAttribute("data-matching"))
      .toBe(String(selectRecords(dataset, later).length));
    expect(selectRecords(dataset, later).length).toBeLessThan(
      selectRecords(dataset, chosen).length,
    );
    expect(errors).toEqual([]);
  }, 90_000);
});
