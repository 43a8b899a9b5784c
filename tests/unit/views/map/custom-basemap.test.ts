import { describe, expect, it } from "vitest";
import { anyToAlpha3 } from "../../../../src/lib/data/country-numeric.ts";
import {
  formatRefusal,
  type Refusal,
} from "../../../../src/lib/data/problems.ts";
import {
  ID_PROPERTIES,
  loadCustomBaseMap,
} from "../../../../src/views/map/custom-basemap.ts";
import { englishWords } from "../../../helpers/english.ts";
import { fixtureFetch } from "../../../helpers/fixture-fetch.ts";

const PAGE = "http://localhost/atlas/index.html";
const TINY = "/fixtures/basemap/tiny.topo.json";
const TINY_URL = `http://localhost${TINY}`;

const load = (settings: Parameters<typeof loadCustomBaseMap>[0]) =>
  loadCustomBaseMap(settings, 150, PAGE, fixtureFetch());

async function loaded(settings: Parameters<typeof loadCustomBaseMap>[0]) {
  const result = await load(settings);
  if ("refusal" in result) throw new Error(formatRefusal(result.refusal));
  return result.geometry;
}

/** Why a base map is refused; fails the test when it is drawn. */
async function refusalOf(result: ReturnType<typeof load>): Promise<Refusal> {
  const settled = await result;
  if (!("refusal" in settled)) throw new Error("the base map was drawn");
  return settled.refusal;
}

/** A fetch that answers every address with this text. */
const answering =
  (text: string): typeof fetch =>
  () =>
    Promise.resolve(new Response(text, { status: 200 }));

const topology = (objects: Record<string, unknown>) =>
  JSON.stringify({ type: "Topology", objects, arcs: [] });

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
    expect(await refusalOf(load({ url: TINY, idProperty: "name" }))).toEqual({
      code: "noCountryCodes",
      url: TINY_URL,
      object: "regions",
      looked: ["name"],
    });
  });

  it("shows the credit the settings give", async () => {
    const geometry = await loaded({
      url: TINY,
      credit: { en: "Survey office", zh: "测绘局" },
    });
    expect(geometry.credit).toBe("Boundaries: Survey office");
  });
});

describe("a base map that cannot be used is refused with a code and values", () => {
  it("names the objects the file has when the one asked for is missing", async () => {
    expect(await refusalOf(load({ url: TINY, object: "countries" }))).toEqual({
      code: "noObject",
      url: TINY_URL,
      object: "countries",
      objects: ["regions", "rivers"],
    });
  });

  it("finds no country in an object of lines, and says where it looked", async () => {
    expect(await refusalOf(load({ url: TINY, object: "rivers" }))).toEqual({
      code: "noCountryCodes",
      url: TINY_URL,
      object: "rivers",
      looked: ID_PROPERTIES,
    });
  });

  it("refuses a file on another site without fetching it", async () => {
    let fetched = false;
    const result = loadCustomBaseMap(
      { url: "https://maps.example.com/world.topo.json" },
      150,
      PAGE,
      async (input, init) => {
        fetched = true;
        return fixtureFetch()(input, init);
      },
    );
    expect(await refusalOf(result)).toEqual({
      code: "otherSite",
      what: "base map",
      param: "https://maps.example.com/world.topo.json",
      origin: "https://maps.example.com",
      allowed: ["http://localhost"],
    });
    expect(fetched).toBe(false);
  });

  it("says what the server answered for a missing file", async () => {
    expect(
      await refusalOf(load({ url: "/fixtures/basemap/none.json" })),
    ).toEqual({
      code: "status",
      what: "base map",
      url: "http://localhost/fixtures/basemap/none.json",
      status: 404,
      statusText: "Not Found",
    });
  });

  it("says when the server cannot be reached", async () => {
    const result = loadCustomBaseMap({ url: TINY }, 150, PAGE, () =>
      Promise.reject(new TypeError("Failed to fetch")),
    );
    expect(await refusalOf(result)).toEqual({
      code: "unreachable",
      what: "base map",
      url: TINY_URL,
    });
  });

  it("says where a file that is not JSON breaks", async () => {
    expect(
      await refusalOf(load({ url: "/fixtures/broken/syntax.json" })),
    ).toMatchObject({
      code: "notJson",
      what: "base map",
      url: "http://localhost/fixtures/broken/syntax.json",
      line: 5,
      column: 5,
    });
  });

  it("says when the file is JSON but not TopoJSON", async () => {
    expect(await refusalOf(load({ url: "/fixtures/minimal.json" }))).toEqual({
      code: "notTopology",
      url: "http://localhost/fixtures/minimal.json",
    });
  });

  it("says when the topology has no objects at all", async () => {
    const result = loadCustomBaseMap(
      { url: TINY },
      150,
      PAGE,
      answering(topology({})),
    );
    expect(await refusalOf(result)).toEqual({
      code: "noObjects",
      url: TINY_URL,
    });
  });

  it("says when an object cannot be read as shapes", async () => {
    // A polygon made of an arc the file does not have.
    const broken = topology({
      land: {
        type: "GeometryCollection",
        geometries: [{ type: "Polygon", arcs: [[5]] }],
      },
    });
    const result = loadCustomBaseMap(
      { url: TINY },
      150,
      PAGE,
      answering(broken),
    );
    expect(await refusalOf(result)).toEqual({
      code: "notShapes",
      url: TINY_URL,
      object: "land",
    });
  });
});

describe("a refused base map in words", () => {
  const cases: [string, () => ReturnType<typeof load>][] = [
    ["another site", () => load({ url: "https://maps.example.com/w.json" })],
    ["a missing file", () => load({ url: "/fixtures/basemap/none.json" })],
    ["not JSON", () => load({ url: "/fixtures/broken/syntax.json" })],
    ["not TopoJSON", () => load({ url: "/fixtures/minimal.json" })],
    ["a missing object", () => load({ url: TINY, object: "countries" })],
    ["no ISO codes", () => load({ url: TINY, object: "rivers" })],
    [
      "no ISO code in a property",
      () => load({ url: TINY, idProperty: "name" }),
    ],
  ];

  it.each(cases)(
    "%s: said in English and in Chinese, naming the file, and no English in the Chinese",
    async (_name, loading) => {
      const refusal = await refusalOf(loading());
      const en = formatRefusal(refusal, "en");
      const zh = formatRefusal(refusal, "zh");
      const file =
        "param" in refusal
          ? refusal.param
          : "url" in refusal
            ? refusal.url
            : undefined;
      expect(file).toMatch(/^https?:\/\//);
      for (const words of [en, zh]) expect(words).toContain(file);
      expect(englishWords(en).length).toBeGreaterThan(0);
      expect(zh).toMatch(/\p{Script=Han}/u);
      expect(englishWords(zh)).toEqual([]);
    },
  );

  it("names the object asked for and the ones the file has", async () => {
    const refusal = await refusalOf(load({ url: TINY, object: "countries" }));
    expect(formatRefusal(refusal)).toBe(
      `The base map at ${TINY_URL} has no object “countries”; it has “regions”, “rivers”.`,
    );
    expect(formatRefusal(refusal, "zh")).toBe(
      `位于 ${TINY_URL} 的底图中没有对象“countries”，只有“regions”、“rivers”。`,
    );
  });

  it("names the properties it looked in, and the feature id", async () => {
    const everywhere = await refusalOf(load({ url: TINY, object: "rivers" }));
    expect(formatRefusal(everywhere)).toContain(
      "(looked in the properties “iso_a3”, “ISO_A3”, “iso3”, “ISO3”, “adm0_a3”, “ADM0_A3” or the feature id)",
    );
    expect(formatRefusal(everywhere, "zh")).toContain(
      "（查找了属性“iso_a3”、“ISO_A3”、“iso3”、“ISO3”、“adm0_a3”、“ADM0_A3”及要素的 id）",
    );
    const named = await refusalOf(load({ url: TINY, idProperty: "name" }));
    expect(formatRefusal(named)).toBe(
      `No shape in the object “regions” of the base map at ${TINY_URL} has an ISO country code that the atlas recognises (looked in the property “name”).`,
    );
    expect(formatRefusal(named, "zh")).toBe(
      `位于 ${TINY_URL} 的底图中，对象“regions”的图形都没有可识别的 ISO 国家或地区代码（查找了属性“name”）。`,
    );
  });

  it("gives the line and column where the JSON breaks, in both languages", async () => {
    const refusal = await refusalOf(
      load({ url: "/fixtures/broken/syntax.json" }),
    );
    const url = "http://localhost/fixtures/broken/syntax.json";
    expect(formatRefusal(refusal)).toMatch(
      new RegExp(
        `^The base map at ${url} is not valid JSON: line 5, column 5: `,
      ),
    );
    expect(formatRefusal(refusal, "zh")).toBe(
      `位于 ${url} 的底图不是有效的 JSON：第 5 行第 5 列有语法错误。`,
    );
  });
});
