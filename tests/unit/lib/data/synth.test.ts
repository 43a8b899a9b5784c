import { describe, expect, it } from "vitest";
import { validateDataset } from "../../../../src/lib/data/validate.ts";
import { synthDataset } from "../../../../src/lib/data/synth.ts";
import { selectRecords } from "../../../../src/lib/data/aggregate.ts";

describe("the synthetic dataset", () => {
  const dataset = synthDataset(1000);

  it("is valid, with exactly the records asked for", () => {
    const { problems } = validateDataset(dataset);
    expect(problems).toEqual([]);
    expect(dataset.records).toHaveLength(1000);
    expect(dataset.institutions.length).toBeGreaterThan(10);
  });

  it("has every kind, time form and count form, and the small states drawn as markers", () => {
    const r = dataset.records;
    expect(new Set(r.map((x) => x.kind))).toEqual(
      new Set(["agreement", "flow", "milestone", "event", "programme"]),
    );
    expect(new Set(r.map((x) => x.time.type))).toEqual(
      new Set(["date", "period", "asOf", "target"]),
    );
    const qualifiers = new Set(
      r.flatMap((x) => (x.kind === "flow" ? [x.people.count.qualifier] : [])),
    );
    expect(qualifiers).toEqual(
      new Set(["exact", "atLeast", "atMost", "unspecified", "unknown"]),
    );
    const named = new Set(r.flatMap((x) => x.countries));
    for (const code of ["SGP", "HKG", "MAC", "MLT", "BHR", "MDV"]) {
      expect(named.has(code), code).toBe(true);
    }
    expect(named.size).toBeGreaterThan(150);
  });

  it("is the same for the same size and seed, and another for another seed", () => {
    expect(synthDataset(200, 7)).toEqual(synthDataset(200, 7));
    expect(synthDataset(200, 8)).not.toEqual(synthDataset(200, 7));
  });

  it("filters like any dataset", () => {
    const kept = selectRecords(dataset, {
      inst: "inst-3",
      from: 2010,
      to: 2015,
      kinds: ["flow"],
    });
    expect(kept.length).toBeGreaterThan(0);
    expect(
      kept.every((x) => x.institution === "inst-3" && x.kind === "flow"),
    ).toBe(true);
  });
});
