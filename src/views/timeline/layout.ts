// Where every mark, bin, label, lane and tick of the timeline goes, for one size. d3-scale maps
// time to x; labels.ts packs marks into rows; bins.ts decides where marks give way to counts.
// Plain data out; TimelineView draws it.
import { scaleUtc, type ScaleTime } from "d3-scale";
import {
  BIN_ROW,
  binItems,
  MAX_ROWS,
  binYears,
  KIND_ORDER,
  laneCount,
  planLanes,
  type Bin,
  type LaneMode,
} from "./bins.ts";
import { byPriority, type TimelineItem } from "./items.ts";
import { fitText, placeLabels, type Side } from "./labels.ts";

export interface Lane {
  id: string;
  name: string;
}

export interface MarkLayout {
  item: TimelineItem;
  /** Horizontal extent of the mark, px; at least MIN_MARK wide. */
  x0: number;
  x1: number;
  /** Vertical centre of its row. */
  y: number;
  /** The full text, for hover, focus and the accessible name. */
  text: string;
  label: { text: string; x: number; side: Exclude<Side, null> } | null;
}

export interface BinLayout extends Bin {
  x0: number;
  x1: number;
  /** Vertical centre of its kind's row. */
  y: number;
  /** Its count as drawn beside its kind's symbol, or null where the bin is too narrow. */
  label: string | null;
  /** The full text, for hover, focus and the accessible name (`binText`). */
  text: string;
}

export interface LaneLayout extends Lane {
  y: number;
  height: number;
  /** One mark per record (or group of cumulative figures), or counts in bins. */
  mode: LaneMode;
  /** The institutions it holds: one, or all those without a lane of their own. */
  institutions: string[];
  marks: MarkLayout[];
  bins: BinLayout[];
}

export interface TimelineLayout {
  width: number;
  height: number;
  /** The plotted x range, px. */
  left: number;
  right: number;
  lanes: LaneLayout[];
  ticks: { x: number; label: string; anchor: "start" | "middle" | "end" }[];
  /** The axis's baseline, px from the top. */
  axisY: number;
  /** First and last year on the axis. */
  years: [number, number];
  /** The year boundary nearest to x (for brushing): 2016 is 1 Jan 2016. */
  yearAt: (x: number) => number;
  /** x of 1 January of a year. */
  xOf: (year: number) => number;
}

export interface LayoutOptions {
  width: number;
  measure: (text: string) => number;
  tickLabel: (date: Date, yearOnly: boolean) => string;
  rowHeight?: number;
  laneHead?: number;
  axisHeight?: number;
  /** The height the lanes may take together, px; past it, lanes are put together. */
  height?: number;
  /** The name of the lane for the institutions without one of their own. */
  othersName?: (institutions: number) => string;
  /** A bin's count as it is printed. */
  countLabel?: (n: number) => string;
  /** A bin's full text, in its lane (named `laneName`). */
  binText?: (laneName: string, bin: Bin) => string;
}

export const MIN_MARK = 10;
const PAD = 8;
const GAP = 6;
const yearStart = (year: number) => Date.UTC(year, 0, 1);

export function timelineLayout(
  items: readonly TimelineItem[],
  lanes: readonly Lane[],
  textOf: (item: TimelineItem) => string,
  {
    width,
    measure,
    tickLabel,
    rowHeight = 24,
    laneHead = 22,
    axisHeight = 30,
    height = Infinity,
    othersName = (n) => `${n}`,
    countLabel = String,
    binText = (laneName, bin) => `${laneName}: ${bin.count}`,
  }: LayoutOptions,
): TimelineLayout {
  let first = Infinity;
  let last = -Infinity;
  const byLane = new Map<string, TimelineItem[]>();
  for (const i of items) {
    first = Math.min(first, i.years[0]);
    last = Math.max(last, i.years[1]);
    const own = byLane.get(i.lane);
    if (own) own.push(i);
    else byLane.set(i.lane, [i]);
  }
  const years: [number, number] = items.length
    ? [first, last]
    : [new Date().getUTCFullYear(), new Date().getUTCFullYear()];
  const x = scaleUtc()
    .domain([yearStart(years[0]), yearStart(years[1] + 1)])
    .range([PAD, Math.max(PAD + 1, width - PAD)]);
  const maxLabel = Math.max(60, Math.min(400, width * 0.42));

  const present = lanes.filter((l) => byLane.has(l.id));
  const plan = planLanes(
    present.map((l) => laneCount(l.id, byLane.get(l.id)!)),
    {
      width,
      height,
      years: years[1] - years[0] + 1,
      laneHead,
      rowHeight,
      pad: PAD,
    },
  );
  const planned = new Map(plan.own.map((l) => [l.id, l]));
  const groups = present
    .filter((l) => planned.has(l.id))
    .map((l) => ({
      lane: l,
      mode: planned.get(l.id)!.mode,
      rows: planned.get(l.id)!.rows,
      institutions: [l.id],
    }));
  if (plan.merged.length)
    groups.push({
      lane: { id: "others", name: othersName(plan.merged.length) },
      mode: plan.mergedMode,
      rows: MAX_ROWS,
      institutions: plan.merged,
    });
  const step = binYears(x(yearStart(years[0] + 1)) - x(yearStart(years[0])));

  let y = 0;
  const laid: LaneLayout[] = [];
  for (const group of groups) {
    const { lane, rows, institutions } = group;
    let mode = group.mode;
    const own = institutions.flatMap((id) => byLane.get(id) ?? []);
    const bins = () =>
      binLane(lane, own, y, {
        x,
        years,
        step,
        measure,
        countLabel,
        binText,
        laneHead,
      });
    let drawn =
      mode === "marks"
        ? markLane(own, y, {
            x,
            width,
            maxLabel,
            measure,
            textOf,
            laneHead,
            rowHeight,
          })
        : bins();
    // Packed, the marks may still need more rows than the lane has: then they are counted.
    if (mode === "marks" && drawn.height > laneHead + rows * rowHeight) {
      mode = "bins";
      drawn = bins();
    }
    laid.push({ ...lane, y, mode, institutions, ...drawn });
    y += drawn.height;
  }

  const count = Math.max(2, Math.floor((width - 2 * PAD) / 64));
  // The outer ticks' labels lean inwards, so they stay inside the view.
  const all = x.ticks(count).map((d) => ({
    x: x(d),
    label: tickLabel(d, d.getUTCMonth() === 0 && d.getUTCDate() === 1),
    anchor:
      x(d) < PAD + 24
        ? ("start" as const)
        : x(d) > width - PAD - 24
          ? ("end" as const)
          : ("middle" as const),
  }));
  // Over many years, long labels ("2006年") may still meet: a tick whose label would touch the
  // one before it keeps its line but not its label.
  let end = -Infinity;
  const ticks = all.map((tick) => {
    const w = measure(tick.label);
    const from =
      tick.anchor === "start"
        ? tick.x
        : tick.anchor === "end"
          ? tick.x - w
          : tick.x - w / 2;
    if (from < end + 4) return { ...tick, label: "" };
    end = from + w;
    return tick;
  });
  const axisY = y + 4;
  return {
    width,
    height: axisY + axisHeight,
    left: PAD,
    right: width - PAD,
    lanes: laid,
    ticks,
    axisY,
    years,
    yearAt: (px) => {
      const d = x.invert(px);
      const year = d.getUTCFullYear();
      return d.getTime() - yearStart(year) < yearStart(year + 1) - d.getTime()
        ? year
        : year + 1;
    },
    xOf: (year) => x(yearStart(year)),
  };
}

interface MarkContext {
  x: ScaleTime<number, number>;
  width: number;
  maxLabel: number;
  measure: (text: string) => number;
  textOf: (item: TimelineItem) => string;
  laneHead: number;
  rowHeight: number;
}

/** A lane of marks, one per item, packed into rows with their labels. */
function markLane(
  items: readonly TimelineItem[],
  top: number,
  { x, width, maxLabel, measure, textOf, laneHead, rowHeight }: MarkContext,
): { height: number; marks: MarkLayout[]; bins: BinLayout[] } {
  const marks = [...items].sort(byPriority).map((item) => {
    let x0 = x(item.start);
    let x1 = x(item.end);
    if (x1 - x0 < MIN_MARK) {
      const mid = (x0 + x1) / 2;
      x0 = mid - MIN_MARK / 2;
      x1 = mid + MIN_MARK / 2;
    }
    const text = textOf(item);
    return { item, x0, x1, text, fitted: fitText(text, maxLabel, measure) };
  });
  const placed = placeLabels(
    marks.map((m) => ({
      key: m.item.key,
      x0: m.x0,
      x1: m.x1,
      label: m.fitted.width,
    })),
    { width, gap: GAP, labelledRows: 5, spareRows: 2 },
  );
  let rows = 1;
  for (const p of placed) rows = Math.max(rows, p.row + 1);
  return {
    height: laneHead + rows * rowHeight,
    bins: [],
    marks: marks.map(({ item, x0, x1, text, fitted }, i) => {
      const { row, side, room } = placed[i]!;
      const shown = room ? fitText(text, room, measure).text : fitted.text;
      return {
        item,
        x0,
        x1,
        y: top + laneHead + row * rowHeight + rowHeight / 2,
        text,
        label:
          side && shown
            ? {
                text: shown,
                x: side === "right" ? x1 + GAP : x0 - GAP,
                side,
              }
            : null,
      };
    }),
  };
}

interface BinContext {
  x: ScaleTime<number, number>;
  years: [number, number];
  step: number;
  measure: (text: string) => number;
  countLabel: (n: number) => string;
  binText: (laneName: string, bin: Bin) => string;
  laneHead: number;
}

/** Room a bin's symbol takes before its count, px. */
export const SYMBOL = 14;

/** A lane of bins: a row per kind, a bin per few years, each with its symbol, and its count where it fits. */
function binLane(
  lane: Lane,
  items: readonly TimelineItem[],
  top: number,
  { x, years, step, measure, countLabel, binText, laneHead }: BinContext,
): { height: number; marks: MarkLayout[]; bins: BinLayout[] } {
  const bins = binItems(lane.id, items, years[0], step);
  const kinds = KIND_ORDER.filter((k) => bins.some((b) => b.kind === k));
  return {
    height: laneHead + kinds.length * BIN_ROW,
    marks: [],
    bins: bins.map((b) => {
      const x0 = x(yearStart(b.years[0])) + 1;
      const x1 = x(yearStart(Math.min(b.years[1], years[1]) + 1)) - 1;
      const text = countLabel(b.count);
      const need = measure(text) + 6;
      return {
        ...b,
        x0,
        x1,
        y: top + laneHead + kinds.indexOf(b.kind) * BIN_ROW + BIN_ROW / 2,
        label: need + SYMBOL <= x1 - x0 ? text : null,
        text: binText(lane.name, b),
      };
    }),
  };
}
