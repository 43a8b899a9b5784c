// When the timeline draws one mark per record and when it counts records in bins instead, and
// the bins themselves. A lane draws its marks while they fit the rows and the width at this
// size; past that, marks would only stack into a wall, so the lane counts its records per year
// (or per few years, where a year is narrow) and kind. Lanes that do not fit the height the
// view may take go together into one lane of bins. Pure: counts and space in, a plan out.
import type { Kind } from "../../lib/data/schema.ts";
import type { TimelineItem } from "./items.ts";

/** Rows a lane may take for its marks before it counts them instead. */
export const MAX_ROWS = 12;
/** The narrowest a mark and the space beside it can be, px (MIN_MARK + the gap). */
export const SLOT = 16;
/** The narrowest a bin may be, px: room for its kind's symbol and a count of two digits. */
export const MIN_BIN = 36;
/** Height of one kind's row of bins. */
export const BIN_ROW = 22;
export const KIND_ORDER: readonly Kind[] = [
  "milestone",
  "event",
  "agreement",
  "programme",
  "flow",
];

export interface LaneCount {
  id: string;
  /** Marks the lane would draw. */
  items: number;
  /** The most marks that touch any one year. */
  peak: number;
  /** Kinds of its marks. */
  kinds: readonly Kind[];
}

export interface Space {
  /** The view's width, px. */
  width: number;
  /** The height the lanes may take together, px. */
  height: number;
  /** Years on the axis. */
  years: number;
  laneHead: number;
  rowHeight: number;
  /** Left and right padding of the plot, px. */
  pad: number;
}

export type LaneMode = "marks" | "bins";

/**
 * Whether a lane's marks fit its rows at this width: no year may have more marks than there
 * are rows (a year-long mark fills its year in a row), and all of them must fit the rows side
 * by side at their narrowest.
 */
export function marksFit(
  { items, peak }: Pick<LaneCount, "items" | "peak">,
  space: Pick<Space, "width" | "pad">,
  rows = MAX_ROWS,
): boolean {
  const perRow = Math.max(1, Math.floor((space.width - 2 * space.pad) / SLOT));
  return peak <= rows && items <= rows * perRow;
}

/** Rows a lane may take: MAX_ROWS, or all the height when it is the only lane. */
export function rowsFor(lanes: number, space: Space): number {
  return lanes === 1
    ? Math.max(
        MAX_ROWS,
        Math.floor((space.height - space.laneHead) / space.rowHeight),
      )
    : MAX_ROWS;
}

/** A lane's height, px, as it would be drawn. */
export function laneHeight(
  lane: LaneCount,
  space: Space,
  rows = MAX_ROWS,
): number {
  return marksFit(lane, space, rows)
    ? space.laneHead + Math.min(lane.items, rows) * space.rowHeight
    : space.laneHead + Math.max(1, lane.kinds.length) * BIN_ROW;
}

export interface LanePlan {
  /**
   * Lanes of their own, in the order given, each with how it is drawn and the rows its marks
   * may take (a lane whose marks need more once packed is counted in bins after all).
   */
  own: { id: string; mode: LaneMode; rows: number }[];
  /** Lanes drawn together as one (last); empty when every lane has its own. */
  merged: string[];
  mergedMode: LaneMode;
}

/** Lanes put together: their marks add up, and so (at most) does the peak. */
export function mergeCounts(lanes: readonly LaneCount[]): LaneCount {
  return {
    id: "others",
    items: lanes.reduce((a, l) => a + l.items, 0),
    peak: lanes.reduce((a, l) => a + l.peak, 0),
    kinds: KIND_ORDER.filter((k) => lanes.some((l) => l.kinds.includes(k))),
  };
}

/**
 * Which lanes keep a place of their own, and how each is drawn. Every lane keeps its own while
 * they fit the height together; else the lanes with most marks keep theirs, as many as fit
 * above one lane for all the others.
 */
export function planLanes(lanes: readonly LaneCount[], space: Space): LanePlan {
  const rows = rowsFor(lanes.length, space);
  const mode = (l: LaneCount): LaneMode =>
    marksFit(l, space, rows) ? "marks" : "bins";
  const total = lanes.reduce((h, l) => h + laneHeight(l, space, rows), 0);
  if (lanes.length <= 1 || total <= space.height)
    return {
      own: lanes.map((l) => ({ id: l.id, mode: mode(l), rows })),
      merged: [],
      mergedMode: "bins",
    };
  const ranked = [...lanes].sort((a, b) => b.items - a.items);
  let used = 0;
  let n = 0;
  while (n < ranked.length - 1) {
    const next = laneHeight(ranked[n]!, space);
    const rest = laneHeight(mergeCounts(ranked.slice(n + 1)), space);
    if (used + next + rest > space.height) break;
    used += next;
    n++;
  }
  // The n largest keep their lanes, in their own order (not src/views/top-n.ts: sharing a
  // module between the two views would make it a chunk of its own, which the first view lists).
  const keep = new Set(ranked.slice(0, n));
  const kept = lanes.filter((l) => keep.has(l));
  const rest = lanes.filter((l) => !keep.has(l));
  return {
    own: kept.map((l) => ({ id: l.id, mode: mode(l), rows })),
    merged: rest.map((l) => l.id),
    mergedMode: rest.length ? mode(mergeCounts(rest)) : "bins",
  };
}

/** Years per bin: one, or a few where a year is narrower than a bin can be. */
export function binYears(pxPerYear: number): number {
  for (const k of [1, 2, 5, 10, 20, 50]) if (k * pxPerYear >= MIN_BIN) return k;
  return 100;
}

/** What a lane counts: its marks, the most of them touching one year, and their kinds. */
export function laneCount(
  id: string,
  items: readonly TimelineItem[],
): LaneCount {
  const perYear = new Map<number, number>();
  const kinds = new Set<Kind>();
  for (const item of items) {
    kinds.add(item.kind);
    const [start, last] = item.years;
    for (let y = start; y <= last; y++)
      perYear.set(y, (perYear.get(y) ?? 0) + 1);
  }
  let peak = 0;
  for (const n of perYear.values()) peak = Math.max(peak, n);
  return {
    id,
    items: items.length,
    peak,
    kinds: KIND_ORDER.filter((k) => kinds.has(k)),
  };
}

export interface Bin {
  /** `bin:<lane>:<first year>:<kind>` */
  key: string;
  lane: string;
  kind: Kind;
  /** First and last year it holds. */
  years: [number, number];
  items: TimelineItem[];
  /** Records it holds (a cumulative mark may hold several). */
  count: number;
}

/**
 * A lane's marks counted per `step` years (from `first`) and kind. A mark counts once, in the
 * year where its symbol stands (a period and a target at their start): nothing is split.
 */
export function binItems(
  lane: string,
  items: readonly TimelineItem[],
  first: number,
  step: number,
): Bin[] {
  const bins = new Map<string, Bin>();
  for (const item of items) {
    const y0 = first + Math.floor((item.years[0] - first) / step) * step;
    const key = `bin:${lane}:${y0}:${item.kind}`;
    let bin = bins.get(key);
    if (!bin) {
      bin = {
        key,
        lane,
        kind: item.kind,
        years: [y0, y0 + step - 1],
        items: [],
        count: 0,
      };
      bins.set(key, bin);
    }
    bin.items.push(item);
    bin.count += item.records.length;
  }
  return [...bins.values()].sort(
    (a, b) =>
      KIND_ORDER.indexOf(a.kind) - KIND_ORDER.indexOf(b.kind) ||
      a.years[0] - b.years[0],
  );
}
