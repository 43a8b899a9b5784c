import { describe, expect, it } from "vitest";
import {
  BIN_ROW,
  binItems,
  binYears,
  laneCount,
  laneHeight,
  marksFit,
  MAX_ROWS,
  MIN_BIN,
  planLanes,
  type LaneCount,
  type Space,
} from "../../../../src/views/timeline/bins.ts";
import type { TimelineItem } from "../../../../src/views/timeline/items.ts";
import type { Kind } from "../../../../src/lib/data/schema.ts";

const space = (width: number, height = 1000): Space => ({
  width,
  height,
  years: 20,
  laneHead: 22,
  rowHeight: 24,
  pad: 8,
});

const lane = (id: string, items: number, peak: number): LaneCount => ({
  id,
  items,
  peak,
  kinds: ["event", "flow"],
});

function item(key: string, kind: Kind, from: number, to = from, n = 1) {
  return {
    key,
    records: Array.from({ length: n }, (_, i) => ({ id: `${key}-${i}` })),
    lane: "a",
    shape: "date",
    kind,
    start: Date.UTC(from, 0, 1),
    end: Date.UTC(to + 1, 0, 1),
    years: [from, to],
  } as unknown as TimelineItem;
}

describe("marksFit", () => {
  it("fits while no year has more marks than there are rows", () => {
    expect(marksFit({ items: 40, peak: MAX_ROWS }, space(1280))).toBe(true);
    expect(marksFit({ items: 40, peak: MAX_ROWS + 1 }, space(1280))).toBe(
      false,
    );
  });

  it("depends on the width, not on a number of records: what fits wide need not fit narrow", () => {
    const counts = { items: 300, peak: 10 };
    expect(marksFit(counts, space(1920))).toBe(true);
    expect(marksFit(counts, space(320))).toBe(false);
  });
});

describe("planLanes", () => {
  it("gives every lane its own place, as marks, when they fit (the bundled dataset's five lanes)", () => {
    const lanes = [lane("a", 8, 5), lane("b", 4, 4), lane("c", 3, 3)];
    expect(planLanes(lanes, space(375))).toEqual({
      own: lanes.map((l) => ({ id: l.id, mode: "marks", rows: MAX_ROWS })),
      merged: [],
      mergedMode: "bins",
    });
  });

  it("counts a lane in bins when its marks do not fit, and keeps its place", () => {
    const plan = planLanes([lane("a", 8, 5), lane("b", 600, 40)], space(1280));
    expect(plan.own).toEqual([
      { id: "a", mode: "marks", rows: MAX_ROWS },
      { id: "b", mode: "bins", rows: MAX_ROWS },
    ]);
  });

  it("lets a lane alone take the rows the whole height has", () => {
    const alone = planLanes([lane("a", 60, 20)], space(1280, 1000));
    expect(alone.own[0]!.mode).toBe("marks");
    expect(alone.own[0]!.rows).toBe(Math.floor((1000 - 22) / 24));
    const among = planLanes(
      [lane("a", 60, 20), lane("b", 1, 1)],
      space(1280, 1000),
    );
    expect(among.own[0]!.mode).toBe("bins");
  });

  it("puts the smallest lanes together when the lanes do not fit the height, the largest keeping their own", () => {
    const lanes = Array.from({ length: 50 }, (_, i) =>
      lane(`l${i}`, 100 + i, 30),
    );
    const s = space(1280, 600);
    const plan = planLanes(lanes, s);
    expect(plan.merged.length).toBeGreaterThan(0);
    expect(plan.own.length + plan.merged.length).toBe(50);
    // The largest keep their lanes, in the order given.
    expect(plan.own.map((l) => l.id)).toEqual(
      lanes.slice(50 - plan.own.length).map((l) => l.id),
    );
    const height =
      plan.own.reduce(
        (h, l) =>
          h +
          laneHeight(
            lanes.find((x) => x.id === l.id)!,
            s,
          ),
        0,
      ) +
      s.laneHead +
      2 * BIN_ROW;
    expect(height).toBeLessThanOrEqual(s.height);
    expect(plan.mergedMode).toBe("bins");
  });

  it("puts every lane together when not even one fits beside the others", () => {
    const lanes = Array.from({ length: 5 }, (_, i) => lane(`l${i}`, 500, 40));
    const plan = planLanes(lanes, space(1280, 60));
    expect(plan.own).toEqual([]);
    expect(plan.merged).toHaveLength(5);
  });
});

describe("binYears", () => {
  it("is one year where a year is as wide as a bin, and a few where it is narrower", () => {
    expect(binYears(MIN_BIN)).toBe(1);
    expect(binYears(MIN_BIN - 1)).toBe(2);
    expect(binYears(MIN_BIN / 4)).toBe(5);
  });
});

describe("laneCount", () => {
  it("finds the year most marks touch, a period touching each of its years", () => {
    const count = laneCount("a", [
      item("p", "programme", 2010, 2014),
      item("d1", "event", 2012),
      item("d2", "event", 2012),
      item("d3", "milestone", 2016),
    ]);
    expect(count).toEqual({
      id: "a",
      items: 4,
      peak: 3,
      kinds: ["milestone", "event", "programme"],
    });
  });
});

describe("binItems", () => {
  const items = [
    item("p", "programme", 2010, 2014),
    item("d1", "event", 2012),
    item("d2", "event", 2013),
    item("g", "flow", 2013, 2013, 4),
  ];

  it("counts each mark once, in the year its symbol stands (a period at its start): nothing is split", () => {
    const bins = binItems("a", items, 2010, 1);
    expect(bins.map((b) => [b.key, b.count])).toEqual([
      ["bin:a:2012:event", 1],
      ["bin:a:2013:event", 1],
      ["bin:a:2010:programme", 1],
      ["bin:a:2013:flow", 4],
    ]);
    expect(bins.reduce((n, b) => n + b.items.length, 0)).toBe(items.length);
  });

  it("puts a few years in a bin where a year is narrow, from the first year on", () => {
    const bins = binItems("a", items, 2010, 2);
    expect(bins.find((b) => b.kind === "event")).toMatchObject({
      years: [2012, 2013],
      count: 2,
    });
  });
});
