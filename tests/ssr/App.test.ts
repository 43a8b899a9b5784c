// The app renders on the server: the build prerenders the first view this way.
import { render } from "svelte/server";
import { describe, expect, it } from "vitest";
import App from "../../src/App.svelte";
import type { Boot } from "../../src/boot.ts";
import { parseDatasetText } from "../../src/lib/data/parse.ts";
import { en } from "../../src/lib/i18n/en.ts";
import { defaultFilters } from "../../src/lib/state/filters.svelte.ts";
import { prerender } from "../../src/prerender.ts";
import { bundledDataset, readFixture } from "../helpers/fixtures.ts";

const result = parseDatasetText(readFixture("minimal.json"));
const bundled = { dataset: bundledDataset(), problems: [] };
const boot = (dataset: Boot["dataset"]): Boot => ({
  lang: "en",
  messages: en,
  notices: [],
  filters: defaultFilters(),
  page: {},
  dataLabel: "minimal.json",
  pageUrl: "http://localhost/",
  dataset,
});

describe("server rendering", () => {
  it("the bundled dataset renders the map with its partners and every view container", () => {
    const body = prerender(bundled);
    expect(body).toContain("<h1>Cooperation Atlas</h1>");
    for (const view of ["map", "timeline", "flows", "table"]) {
      expect(body).toContain(`data-view="${view}"`);
    }
    for (const code of ["ZMB", "TWN", "USA", "SGP", "PAK"]) {
      expect(body).toMatch(
        new RegExp(`data-country="${code}"[^>]*data-partner`),
      );
    }
  });

  it("a dataset whose places are not prerendered shows the map as being drawn", () => {
    expect(prerender(result)).toContain('aria-busy="true"');
  });

  it("a dataset still loading renders the loading state, without browser globals", () => {
    const { body } = render(App, {
      props: { boot: boot(Promise.resolve(result)) },
    });
    expect(body).toContain("Loading the dataset…");
    expect(body).not.toContain('data-view="map"');
  });
});
