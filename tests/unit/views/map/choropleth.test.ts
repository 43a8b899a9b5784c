import { describe, expect, it } from "vitest";
import { sumCounts } from "../../../../src/lib/data/counts.ts";
import {
  emptyStats,
  type CountryStats,
} from "../../../../src/lib/data/aggregate.ts";
import {
  classBounds,
  colourOf,
  legendFor,
  legendLabels,
  measureOf,
  PALETTE,
} from "../../../../src/views/map/choropleth.ts";

const stats = (over: Partial<CountryStats>): CountryStats => ({
  ...emptyStats("ZMB"),
  ...over,
});

describe("measureOf", () => {
  const s = stats({
    sent: sumCounts([{ qualifier: "exact", value: 8 }]),
    received: sumCounts([{ qualifier: "unknown" }]),
  });
  it.each([
    ["sent", 8],
    ["received", 0],
    ["people", 8],
    ["records", 0],
  ] as const)("%s is %s", (measure, value) => {
    expect(measureOf(s, measure)).toBe(value);
  });

  it("a country without flows in that direction has no value, not zero", () => {
    expect(measureOf(stats({}), "sent")).toBeNull();
  });
});

describe("classes", () => {
  it.each([
    [1, [1]],
    [4, [1, 2]],
    [10, [1, 2, 5, 10]],
    [160, [1, 10, 20, 50, 100]],
  ])("up to %s: %j", (max, bounds) => {
    expect(classBounds(max)).toEqual(bounds);
  });

  it("labels keep their qualifier: the top class is open", () => {
    const legend = legendFor([1, 3, 12]);
    expect(legendLabels(legend, "en")).toEqual(["1", "2–4", "5–9", "10+"]);
  });

  it("colours get darker as values grow, and no number gets no class", () => {
    const legend = legendFor([1, 3, 12]);
    expect(colourOf(12, legend)).toBe(PALETTE[4]);
    expect(colourOf(1, legend)).toBe(PALETTE[1]);
    expect(colourOf(null, legend)).toBeUndefined();
    expect(colourOf(0, legend)).toBeUndefined();
  });
});
