// The timeline at scale: a synthetic dataset of thousands of records draws a bounded number
// of marks and bins, none over another, every record in exactly one of them.
import { describe, expect, it } from "vitest";
import { sourceDates } from "../../../../src/lib/data/aggregate.ts";
import { synthDataset } from "../../../../src/lib/data/synth.ts";
import { timelineItems } from "../../../../src/views/timeline/items.ts";
import { timelineLayout } from "../../../../src/views/timeline/layout.ts";
import { focusOrder } from "../../../../src/views/timeline/stops.ts";
import { binDensity } from "../../../../src/views/timeline/stops.ts";
import { textWidth } from "../../../../src/views/text-width.ts";

const dataset = synthDataset(5000);
const dates = sourceDates(dataset);
const items = timelineItems(dataset.records, (r) => dates.get(r.source)!);
const lanes = dataset.institutions.map((i) => ({
  id: i.id,
  name: i.shortName.en,
}));
const layoutAt = (width: number, height: number, of = items) =>
  timelineLayout(of, lanes, (i) => i.records[0]!.title.en, {
    width,
    height,
    measure: (s) => textWidth(s, 12),
    tickLabel: (d) => String(d.getUTCFullYear()),
    othersName: (n) => `${n} others`,
    binText: (laneName, b) => `${laneName}, ${b.kind} ${b.years.join("–")}`,
  });

describe("timelineLayout at scale", () => {
  it.each([
    [375, 900],
    [1280, 1200],
  ])(
    "at %i px, %i px of room: a bounded number of marks and bins, every record in one",
    (width, height) => {
      const layout = layoutAt(width, height);
      const marks = layout.lanes.flatMap((l) => l.marks);
      const bins = layout.lanes.flatMap((l) => l.bins);
      expect(marks.length + bins.length).toBeLessThan(1000);
      expect(bins.length).toBeGreaterThan(0);
      // The lanes keep to their room, give or take the rows of the lanes of marks.
      expect(layout.lanes.length).toBeLessThan(lanes.length);
      expect(layout.lanes.at(-1)!.name).toMatch(/others$/);
      const records = [
        ...marks.flatMap((m) => m.item.records),
        ...bins.flatMap((b) => b.items.flatMap((i) => i.records)),
      ].map((r) => r.id);
      expect(new Set(records).size).toBe(dataset.records.length);
      expect(records).toHaveLength(dataset.records.length);
      // Each bin is named in its own lane (the merged lane too).
      for (const lane of layout.lanes)
        for (const b of lane.bins)
          expect(b.text).toBe(`${lane.name}, ${b.kind} ${b.years.join("–")}`);
    },
  );

  it("bins never overlap one another, stay inside the width, and their counts fit them", () => {
    const width = 375;
    const layout = layoutAt(width, 900);
    for (const lane of layout.lanes) {
      for (const [i, a] of lane.bins.entries()) {
        expect(a.x0).toBeGreaterThanOrEqual(0);
        expect(a.x1).toBeLessThanOrEqual(width);
        expect(a.y).toBeGreaterThan(lane.y);
        expect(a.y).toBeLessThan(lane.y + lane.height);
        if (a.label)
          expect(textWidth(a.label, 12) + 6 + 14).toBeLessThanOrEqual(
            a.x1 - a.x0,
          );
        for (const b of lane.bins.slice(i + 1))
          expect(
            a.y !== b.y || a.x1 <= b.x0 || b.x1 <= a.x0,
            `${a.key} / ${b.key}`,
          ).toBe(true);
      }
    }
  });

  it("one institution's milestones come back as marks, one per record", () => {
    const own = items.filter(
      (i) => i.lane === lanes[3]!.id && i.kind === "milestone",
    );
    const layout = layoutAt(1280, 1200, own);
    expect(layout.lanes).toHaveLength(1);
    expect(layout.lanes[0]!.mode).toBe("marks");
    expect(layout.lanes[0]!.marks).toHaveLength(own.length);
  });

  it("the keyboard reaches every mark and bin, lane by lane, left to right", () => {
    const layout = layoutAt(1280, 1200);
    const order = focusOrder(layout.lanes);
    expect(order).toHaveLength(
      layout.lanes.reduce((n, l) => n + l.marks.length + l.bins.length, 0),
    );
    for (let i = 1; i < order.length; i++) {
      const [a, b] = [order[i - 1]!, order[i]!];
      if (a.lane === b.lane) expect(a.x0).toBeLessThanOrEqual(b.x0);
      else expect(a.lane.y).toBeLessThan(b.lane.y);
    }
  });
});

describe("binDensity", () => {
  it("darkens with the count, from faint to strong", () => {
    expect(binDensity(1, 100)).toBeLessThan(binDensity(50, 100));
    expect(binDensity(100, 100)).toBeCloseTo(0.62);
    expect(binDensity(0, 100)).toBeCloseTo(0.12);
  });
});
