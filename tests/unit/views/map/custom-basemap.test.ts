import { describe, expect, it } from "vitest";
import { anyToAlpha3 } from "../../../../src/lib/data/country-numeric.ts";
import { loadCustomBaseMap } from "../../../../src/views/map/custom-basemap.ts";
import { fixtureFetch } from "../../../helpers/fixture-fetch.ts";

const PAGE = "http://localhost/atlas/index.html";
const TINY = "/fixtures/basemap/tiny.topo.json";

const load = (settings: Parameters<typeof loadCustomBaseMap>[0]) =>
  loadCustomBaseMap(settings, 150, PAGE, fixtureFetch());

async function loaded(settings: Parameters<typeof loadCustomBaseMap>[0]) {
  const result = await load(settings);
  if ("error" in result) throw new Error(result.error);
  return result.geometry;
}

/** All absolute points of a relative path. */
function points(d: string): [number, number][] {
  const out: [number, number][] = [];
  let at: [number, number] = [0, 0];
  let start = at;
  for (const [, command, args] of d.matchAll(/([mlz])([^mlz]*)/g)) {
    if (command === "z") {
      at = start;
      continue;
    }
    const n = (args ?? "").match(/-?\d+/g)?.map(Number) ?? [];
    for (let i = 0; i < n.length; i += 2) {
      at = [at[0] + (n[i] ?? 0), at[1] + (n[i + 1] ?? 0)];
      if (command === "m" && i === 0) start = at;
      out.push(at);
    }
  }
  return out;
}

describe("codes", () => {
  it.each([
    ["ZMB", "ZMB"],
    ["zmb", "ZMB"],
    ["ZM", "ZMB"],
    ["894", "ZMB"],
    [894, "ZMB"],
    [4, "AFG"],
    ["158", "TWN"],
    ["-99", undefined],
    ["XXX", undefined],
    [null, undefined],
  ])("%s is %s", (value, expected) => {
    expect(anyToAlpha3(value)).toBe(expected);
  });
});

describe("a replaced base map", () => {
  it("draws every feature and knows the ones with an ISO code", async () => {
    const geometry = await loaded({ url: TINY });
    expect(geometry).toMatchObject({
      width: 960,
      source: "inline",
      landId: "atlas-land",
      projection: { centre: 150 },
      credit: "Boundaries: tiny.topo.json",
    });
    // An ISO_A3 property, an alpha-2 code in it, and a numeric feature id.
    expect(geometry.shapes).toEqual({
      ZMB: "atlas-c-ZMB",
      NPL: "atlas-c-NPL",
      NZL: "atlas-c-NZL",
    });
    expect(Object.keys(geometry.paths ?? {}).sort()).toEqual([
      "atlas-c-NPL",
      "atlas-c-NZL",
      "atlas-c-ZMB",
      "atlas-x-1",
    ]);
    for (const d of Object.values(geometry.paths ?? {})) {
      expect(d).toMatch(/^m\d+ \d+l[-\d ]+z$/);
    }
    expect(Object.keys(geometry.anchors).sort()).toEqual(["NPL", "NZL", "ZMB"]);
  });

  it("fits the shapes to the frame", async () => {
    const geometry = await loaded({ url: TINY });
    const all = Object.values(geometry.paths ?? {}).flatMap(points);
    const xs = all.map((p) => p[0]);
    const ys = all.map((p) => p[1]);
    expect(Math.min(...xs)).toBe(0);
    expect(Math.max(...xs)).toBe(960);
    expect(Math.min(...ys)).toBe(0);
    expect(Math.max(...ys)).toBeLessThanOrEqual(geometry.height);
    expect(Math.max(...ys)).toBeGreaterThanOrEqual(geometry.height - 1);
  });

  it("turns round a polygon wound the GeoJSON way instead of filling the world", async () => {
    const geometry = await loaded({ url: TINY });
    const nzl = points(geometry.paths?.["atlas-c-NZL"] ?? "");
    expect(nzl.length).toBeGreaterThanOrEqual(4);
    expect(nzl.length).toBeLessThan(20);
    const [x, y] = geometry.anchors["NZL"] ?? [];
    for (const p of nzl) {
      expect(Math.abs(p[0] - (x ?? 0))).toBeLessThan(100);
      expect(Math.abs(p[1] - (y ?? 0))).toBeLessThan(100);
    }
  });

  it("reads the code where idProperty says", async () => {
    const byId = await loaded({ url: TINY, idProperty: "id" });
    expect(byId.shapes).toEqual({ NZL: "atlas-c-NZL" });
    expect(Object.keys(byId.paths ?? {})).toHaveLength(4);
    const result = await load({ url: TINY, idProperty: "name" });
    expect(result).toEqual({
      error: `No shape in the base map at http://localhost${TINY} has a recognisable ISO country code (looked in the property “name”).`,
    });
  });

  it("shows the credit the settings give", async () => {
    const geometry = await loaded({
      url: TINY,
      credit: { en: "Survey office", zh: "测绘局" },
    });
    expect(geometry.credit).toBe("Boundaries: Survey office");
  });

  it("names the objects the file has when the one asked for is missing", async () => {
    expect(await load({ url: TINY, object: "countries" })).toEqual({
      error: `The base map at http://localhost${TINY} has no object “countries”; it has: regions, rivers.`,
    });
  });

  it("finds no country in an object of lines", async () => {
    const result = await load({ url: TINY, object: "rivers" });
    expect(result).toHaveProperty("error");
    expect("error" in result && result.error).toMatch(
      /has a recognisable ISO country code \(looked in the properties iso_a3, ISO_A3, iso3, ISO3, adm0_a3, ADM0_A3 or the feature id\)/,
    );
  });

  it("refuses a file on another site without fetching it", async () => {
    let fetched = false;
    const result = await loadCustomBaseMap(
      { url: "https://maps.example.com/world.topo.json" },
      150,
      PAGE,
      async (input, init) => {
        fetched = true;
        return fixtureFetch()(input, init);
      },
    );
    expect(fetched).toBe(false);
    expect(result).toEqual({
      error:
        "The base map “https://maps.example.com/world.topo.json” is on another site (https://maps.example.com). Only files from this site (http://localhost) can be loaded.",
    });
  });

  it("says what the server answered for a missing file", async () => {
    expect(await load({ url: "/fixtures/basemap/none.json" })).toEqual({
      error:
        "The base map at http://localhost/fixtures/basemap/none.json could not be loaded: the server answered 404 Not Found.",
    });
  });

  it("says when the server cannot be reached", async () => {
    const result = await loadCustomBaseMap({ url: TINY }, 150, PAGE, () =>
      Promise.reject(new TypeError("Failed to fetch")),
    );
    expect(result).toEqual({
      error: `The base map at http://localhost${TINY} could not be reached.`,
    });
  });

  it("says when the file is not JSON, or not TopoJSON", async () => {
    expect(await load({ url: "/fixtures/broken/syntax.json" })).toEqual({
      error:
        "The base map at http://localhost/fixtures/broken/syntax.json is not JSON.",
    });
    expect(await load({ url: "/fixtures/minimal.json" })).toEqual({
      error:
        "The base map at http://localhost/fixtures/minimal.json is not a TopoJSON topology.",
    });
  });
});
