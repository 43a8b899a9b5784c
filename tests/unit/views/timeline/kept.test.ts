import { describe, expect, it } from "vitest";
import { selectRecords } from "../../../../src/lib/data/aggregate.ts";
import type { CooperationRecord } from "../../../../src/lib/data/schema.ts";
import { matcher } from "../../../../src/lib/data/search.ts";
import { synthDataset } from "../../../../src/lib/data/synth.ts";
import { keptTest } from "../../../../src/views/timeline/kept.ts";

const dataset = synthDataset(800);
const others = { inst: null, kinds: [], from: null, to: null };

// Groups of records as the timeline draws them: a mark's few, a bin's many.
function groups(records: readonly CooperationRecord[]) {
  const out: CooperationRecord[][] = [];
  for (
    let i = 0, size = 1;
    i < records.length;
    i += size, size = (size % 40) + 1
  )
    out.push(records.slice(i, i + size));
  return out;
}

describe("keptTest", () => {
  it("is null when the filters keep every record of the context: nothing is dimmed", () => {
    const context = selectRecords(dataset, others);
    expect(keptTest(dataset, context, context)).toBeNull();
    expect(
      keptTest(dataset, selectRecords(dataset, others), context),
    ).toBeNull();
  });

  it("says of each group whether it holds a kept record, as a set of them would", () => {
    const context = selectRecords(dataset, others);
    const word = dataset.records[3]!.title.en.split(" ").at(-1)!;
    const cases = [
      { ...others, from: 2012, to: 2012 },
      { ...others, from: 2023, to: null },
      { ...others, match: matcher(word, dataset) },
    ];
    for (const filter of cases) {
      const records = selectRecords(dataset, filter);
      expect(records.length).toBeGreaterThan(0);
      expect(records.length).toBeLessThan(context.length);
      // Also a list not made by selectRecords: its places are looked up.
      for (const list of [records, [...records]]) {
        const kept = keptTest(dataset, list, context)!;
        const set = new Set(list);
        const all = groups(context);
        const answers = all.map((g) => kept(g, () => g));
        expect(answers).toEqual(all.map((g) => g.some((r) => set.has(r))));
        expect(answers).toContain(true);
        expect(answers).toContain(false);
      }
    }
  });

  it("reads a group's records once, and answers for the filters of the moment", () => {
    const context = selectRecords(dataset, others);
    const early = keptTest(
      dataset,
      selectRecords(dataset, { ...others, to: 2010 }),
      context,
    )!;
    const late = keptTest(
      dataset,
      selectRecords(dataset, { ...others, from: 2022 }),
      context,
    )!;
    const group = context.filter((r) => r.id.endsWith("1")).slice(0, 30);
    let reads = 0;
    const of = () => (reads++, group);
    const set = (list: CooperationRecord[]) => new Set(list);
    const earlySet = set(selectRecords(dataset, { ...others, to: 2010 }));
    const lateSet = set(selectRecords(dataset, { ...others, from: 2022 }));
    expect(early(group, of)).toBe(group.some((r) => earlySet.has(r)));
    expect(late(group, of)).toBe(group.some((r) => lateSet.has(r)));
    expect(reads).toBe(1);
  });
});
