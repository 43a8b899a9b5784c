import { describe, expect, it } from "vitest";
import { countryStats } from "../../../../src/lib/data/aggregate.ts";
import { parseDatasetText } from "../../../../src/lib/data/parse.ts";
import {
  partnerLayers,
  topPartners,
  mapArcs,
  ARC_LIMIT,
  unplacedPartners,
} from "../../../../src/views/map/layers.ts";
import { readFixture } from "../../../helpers/fixtures.ts";
import { testGeometry } from "../../../helpers/geometry.ts";

const dataset = parseDatasetText(readFixture("minimal.json")).dataset!;

const geometry = testGeometry;

describe("partnerLayers", () => {
  const stats = countryStats(dataset, dataset.records);

  it("draws partners with a shape as shapes and the others as markers at their anchor", () => {
    const layers = partnerLayers(stats, geometry, "records", "en");
    expect(layers.shapes.map((s) => s.code).sort()).toEqual(["USA", "ZMB"]);
    expect(layers.markers.map((m) => [m.code, m.x, m.y])).toEqual(
      expect.arrayContaining([
        ["TWN", 60, 20],
        ["FRA", 30, 10],
      ]),
    );
    expect(unplacedPartners(dataset, geometry)).toEqual([]);
  });

  it("lists the dataset's partners it cannot place, rather than dropping them silently", () => {
    const { FRA: _fra, ...anchors } = geometry.anchors;
    const placed = { ...geometry, anchors };
    const layers = partnerLayers(stats, placed, "records", "en");
    expect(layers.order).not.toContain("FRA");
    expect(unplacedPartners(dataset, placed)).toEqual(["FRA"]);
  });

  it("orders partners for the keyboard by name in the language in use", () => {
    expect(partnerLayers(stats, geometry, "records", "en").order).toEqual([
      "FRA",
      "TWN",
      "USA",
      "ZMB",
    ]);
    const zh = partnerLayers(stats, geometry, "records", "zh").order;
    expect(zh).toHaveLength(4);
    expect(zh).not.toEqual(["FRA", "TWN", "USA", "ZMB"]);
  });

  it("a partner without the chosen measure has no colour, and a marker its smallest size", () => {
    const layers = partnerLayers(stats, geometry, "sent", "en");
    const usa = layers.shapes.find((s) => s.code === "USA")!;
    expect(usa.value).toBeNull();
    expect(usa.fill).toBeUndefined();
    const fra = layers.markers.find((m) => m.code === "FRA")!;
    expect(fra.r).toBe(4);
    const twn = layers.markers.find((m) => m.code === "TWN")!;
    expect(twn.fill).toBeDefined();
    expect(twn.r).toBeGreaterThan(4);
  });
});

describe("partnerLayers, kept", () => {
  it("the same statistics drawn again give the same layers, until the measure, language or map changes", () => {
    const stats = countryStats(dataset, dataset.records);
    const first = partnerLayers(stats, geometry, "records", "en");
    partnerLayers(
      countryStats(dataset, dataset.records.slice(1)),
      geometry,
      "records",
      "en",
    );
    expect(partnerLayers(stats, geometry, "records", "en")).toBe(first);
    for (const other of [
      partnerLayers(stats, geometry, "sent", "en"),
      partnerLayers(stats, geometry, "records", "zh"),
      partnerLayers(stats, { ...geometry }, "records", "en"),
    ])
      expect(other).not.toBe(first);
  });
});

describe("mapArcs: the arcs", () => {
  const arcs = mapArcs(dataset, dataset.records, geometry, Infinity).arcs;

  it("draws one arc per institution, country and direction, with the build's path", () => {
    expect(arcs.map((a) => [a.key, a.direction, a.d]).sort()).toEqual([
      ["alpha>ZMB:sent", "sent", "M70 15l-30 15"],
      ["beta>FRA:received", "received", "M65 20l-35-10"],
      ["beta>TWN:sent", "sent", "M65 20l-5 0"],
      ["beta>USA:received", "received", "M65 20l25-10"],
    ]);
  });

  it("widths follow the lower bound; unknown counts are thin and dashed", () => {
    const byKey = new Map(arcs.map((a) => [a.key, a]));
    expect(byKey.get("beta>TWN:sent")!.width).toBeCloseTo(6);
    expect(byKey.get("alpha>ZMB:sent")!.width).toBeLessThan(
      byKey.get("beta>TWN:sent")!.width,
    );
    expect(byKey.get("beta>USA:received")).toMatchObject({
      dashed: true,
      width: 1,
    });
  });

  it("leaves planned targets out", () => {
    const planned = dataset.records.map((r) =>
      r.id === "alpha-zambia-teachers"
        ? { ...r, time: { type: "target" as const, until: "2019" } }
        : r,
    );
    expect(
      mapArcs(dataset, planned, geometry, Infinity).arcs.some(
        (a) => a.country === "ZMB",
      ),
    ).toBe(false);
  });
});

describe("mapArcs", () => {
  const all = mapArcs(dataset, dataset.records, geometry, Infinity).arcs;
  const byWidth = [...all].sort(
    (a, b) => b.total.low - a.total.low || (a.key < b.key ? -1 : 1),
  );

  it("keeps the widest arcs, in the order they are drawn, and counts them all", () => {
    const { arcs, count } = mapArcs(dataset, dataset.records, geometry, 2);
    expect(count).toBe(all.length);
    expect(arcs.map((a) => a.key).sort()).toEqual(
      byWidth
        .slice(0, 2)
        .map((a) => a.key)
        .sort(),
    );
    expect(arcs).toEqual(all.filter((a) => arcs.some((b) => b.key === a.key)));
  });

  it("widths stay those of all the arcs; the narrowest are left out", () => {
    const { arcs } = mapArcs(
      dataset,
      dataset.records,
      geometry,
      all.length - 1,
    );
    const left = all.find((a) => !arcs.some((b) => b.key === a.key))!;
    expect(left.total.low).toBe(byWidth.at(-1)!.total.low);
    for (const a of arcs)
      expect(a.width).toBe(all.find((b) => b.key === a.key)!.width);
  });

  it("draws every arc of the sample dataset", () => {
    expect(mapArcs(dataset, dataset.records, geometry)).toEqual({
      arcs: all,
      count: all.length,
    });
    expect(all.length).toBeLessThanOrEqual(ARC_LIMIT);
  });
});

describe("topPartners", () => {
  it("ranks by number of records", () => {
    const stats = countryStats(dataset, dataset.records);
    expect(topPartners(stats, 1)[0]!.records.length).toBeGreaterThanOrEqual(1);
    expect(topPartners(stats, 10)).toHaveLength(4);
  });
});
