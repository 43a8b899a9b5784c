import { describe, expect, it } from "vitest";
import {
  countryStats,
  selectRecords,
  shareOf,
} from "../../../../src/lib/data/aggregate.ts";
import { formatTotal } from "../../../../src/lib/data/counts.ts";
import { matcher } from "../../../../src/lib/data/search.ts";
import { parseDatasetText } from "../../../../src/lib/data/parse.ts";
import { bundledDataset, readFixture } from "../../../helpers/fixtures.ts";

const minimal = parseDatasetText(readFixture("minimal.json")).dataset!;
const bundled = bundledDataset();
const all = { inst: null, from: null, to: null, kinds: [] };

describe("selectRecords", () => {
  it("keeps everything with no filter", () => {
    expect(selectRecords(minimal, all)).toHaveLength(4);
  });

  it("filters by institution and kind", () => {
    expect(
      selectRecords(minimal, { ...all, inst: "beta" }).map((r) => r.id),
    ).toEqual(["beta-taiwan-students", "beta-visitors"]);
    expect(
      selectRecords(minimal, { ...all, kinds: ["milestone"] }).map((r) => r.id),
    ).toEqual(["alpha-pilot"]);
  });

  it("people's direction and category narrow the flows and keep the other kinds", () => {
    const ids = (filter: object) =>
      selectRecords(minimal, { ...all, ...filter }).map((r) => r.id);
    expect(ids({ dir: "received" })).toEqual(["alpha-pilot", "beta-visitors"]);
    expect(ids({ category: "teachers" })).toEqual([
      "alpha-zambia-teachers",
      "alpha-pilot",
    ]);
    expect(ids({ dir: "received", category: "teachers" })).toEqual([
      "alpha-pilot",
    ]);
  });

  it.each([
    ["zambia", ["alpha-zambia-teachers"]],
    ["赞比亚", ["alpha-zambia-teachers"]],
    ["FOOYIN", ["beta-taiwan-students"]],
    ["台湾", ["beta-taiwan-students"]],
    ["Taiwan, China", ["beta-taiwan-students"]],
    ["france", ["beta-visitors"]],
    ["ｐｉｌｏｔ", ["alpha-pilot"]],
    ["teachers zambia", ["alpha-zambia-teachers"]],
    ["teachers france", []],
    [
      "  ",
      [
        "alpha-zambia-teachers",
        "alpha-pilot",
        "beta-taiwan-students",
        "beta-visitors",
      ],
    ],
  ])(
    "searching %j finds titles, summaries, partners and places in either language",
    (q, expected) => {
      const match = matcher(q);
      expect(
        selectRecords(minimal, { ...all, match }).map((r) => r.id),
      ).toEqual(expected);
    },
  );

  it("keeps a period that overlaps the years, and a cumulative figure in the year of its date", () => {
    const ids = (from: number, to: number) =>
      selectRecords(minimal, { ...all, from, to }).map((r) => r.id);
    expect(ids(2018, 2020)).toEqual([
      "alpha-zambia-teachers",
      "beta-taiwan-students",
      "beta-visitors",
    ]);
    expect(ids(2016, 2016)).toEqual(["alpha-pilot"]);
    expect(ids(2010, 2017)).toEqual(["alpha-zambia-teachers", "alpha-pilot"]);
    expect(ids(2019, 2024)).toEqual([]);
  });
});

describe("shareOf", () => {
  it("a count shared with other countries is never divided: each has up to the whole", () => {
    expect(shareOf({ qualifier: "exact", value: 68 }, true)).toEqual({
      qualifier: "atMost",
      value: 68,
    });
    expect(shareOf({ qualifier: "atLeast", value: 30 }, true)).toEqual({
      qualifier: "unknown",
    });
    expect(shareOf({ qualifier: "exact", value: 8 }, false)).toEqual({
      qualifier: "exact",
      value: 8,
    });
  });
});

describe("countryStats", () => {
  const stats = countryStats(bundled, bundled.records);

  it("gives every partner its records, and leaves the home country out", () => {
    expect(stats.has("CHN")).toBe(false);
    expect(stats.get("ZMB")?.records.map((r) => r.id)).toContain(
      "bpc-zambia-teachers",
    );
  });

  it("totals a country's own flows exactly", () => {
    expect(formatTotal(stats.get("ZMB")!.sent, "en")).toBe("8");
  });

  it("a flow over several countries gives each of them up to its whole count", () => {
    const usa = stats.get("USA")!;
    expect(formatTotal(usa.sent, "en")).not.toBe("68");
    expect(usa.sent.high).toBeGreaterThanOrEqual(68);
    expect(usa.sharedFlows.length).toBeGreaterThan(0);
  });

  it("keeps the years the records touch", () => {
    expect(stats.get("ZMB")!.years).toEqual([2017, 2018]);
    expect(stats.get("PAK")!.years).toEqual([2024, 2024]);
  });
});
