import { describe, expect, it } from "vitest";
import { sourceDates } from "../../../../src/lib/data/aggregate.ts";
import { pixelsOf, rangeOf } from "../../../../src/views/timeline/brush.ts";
import { timelineItems } from "../../../../src/views/timeline/items.ts";
import {
  MIN_MARK,
  timelineLayout,
} from "../../../../src/views/timeline/layout.ts";
import { textWidth } from "../../../../src/views/text-width.ts";
import { bundledDataset } from "../../../helpers/fixtures.ts";

const dataset = bundledDataset();
const dates = sourceDates(dataset);
const items = timelineItems(dataset.records, (r) => dates.get(r.source)!);
const lanes = dataset.institutions.map((i) => ({
  id: i.id,
  name: i.shortName.en,
}));
const layoutAt = (width: number) =>
  timelineLayout(items, lanes, (i) => i.records[0]!.title.en, {
    width,
    measure: (s) => textWidth(s, 12),
    tickLabel: (d) => String(d.getUTCFullYear()),
  });

describe("timelineLayout", () => {
  it.each([320, 375, 768, 1280, 1920])(
    "at %i px everything is inside the width",
    (width) => {
      const layout = layoutAt(width);
      expect(layout.years).toEqual([2008, 2024]);
      for (const lane of layout.lanes)
        for (const m of lane.marks) {
          expect(m.x0).toBeGreaterThanOrEqual(0);
          expect(m.x1).toBeLessThanOrEqual(width);
          expect(m.x1 - m.x0).toBeGreaterThanOrEqual(MIN_MARK - 1e-9);
          if (m.label) {
            const w = textWidth(m.label.text, 12);
            const [a, b] =
              m.label.side === "right"
                ? [m.label.x, m.label.x + w]
                : [m.label.x - w, m.label.x];
            expect(a).toBeGreaterThanOrEqual(0);
            expect(b).toBeLessThanOrEqual(width);
          }
        }
    },
  );

  it("lanes follow the dataset's institutions, one after another without overlap", () => {
    const layout = layoutAt(1280);
    expect(layout.lanes.map((l) => l.id)).toEqual(
      dataset.institutions.map((i) => i.id),
    );
    for (const [i, lane] of layout.lanes.entries()) {
      const next = layout.lanes[i + 1];
      if (next) expect(lane.y + lane.height).toBe(next.y);
      for (const m of lane.marks) {
        expect(m.y).toBeGreaterThan(lane.y);
        expect(m.y).toBeLessThan(lane.y + lane.height);
      }
    }
    expect(layout.axisY).toBeGreaterThanOrEqual(
      layout.lanes.at(-1)!.y + layout.lanes.at(-1)!.height,
    );
  });

  it("a year-only date is as wide as its year; a day is a mark of the smallest width", () => {
    const layout = layoutAt(1280);
    const mark = (id: string) =>
      layout.lanes.flatMap((l) => l.marks).find((m) => m.item.key === id)!;
    const year = layout.xOf(2017) - layout.xOf(2016);
    expect(
      mark("bpc-going-out-pilot").x1 - mark("bpc-going-out-pilot").x0,
    ).toBeCloseTo(year, 6);
    expect(
      mark("binzhou-alliance-founded").x1 - mark("binzhou-alliance-founded").x0,
    ).toBeCloseTo(MIN_MARK, 6);
  });

  it("ticks are far enough apart for their labels at 320 px", () => {
    const xs = layoutAt(320).ticks.map((t) => t.x);
    for (let i = 1; i < xs.length; i++)
      expect(xs[i]! - xs[i - 1]!).toBeGreaterThanOrEqual(40);
  });
});

describe("brushing", () => {
  const layout = layoutAt(1280);
  it("snaps pixels to whole years", () => {
    const a = layout.xOf(2016) + 4;
    const b = layout.xOf(2019) - 4;
    expect(rangeOf([a, b], layout)).toEqual({ from: 2016, to: 2018 });
  });
  it("a brush to the data's ends leaves the range open", () => {
    expect(rangeOf([layout.left, layout.right], layout)).toEqual({
      from: null,
      to: null,
    });
  });
  it("a brush thinner than a year still takes one year", () => {
    const x = layout.xOf(2017);
    expect(rangeOf([x + 1, x + 2], layout)).toEqual({ from: 2017, to: 2017 });
  });
  it("shows a range as the pixels of its years, and nothing when open", () => {
    expect(pixelsOf({ from: 2016, to: 2018 }, layout)).toEqual([
      layout.xOf(2016),
      layout.xOf(2019),
    ]);
    expect(pixelsOf({ from: null, to: 2010 }, layout)).toEqual([
      layout.xOf(2008),
      layout.xOf(2011),
    ]);
    expect(pixelsOf({ from: null, to: null }, layout)).toBeNull();
  });
});
