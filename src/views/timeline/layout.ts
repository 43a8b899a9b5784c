// Where every mark, label, lane and tick of the timeline goes, for one width. d3-scale maps
// time to x; labels.ts packs marks into rows. Plain data out; TimelineView draws it.
import { scaleUtc } from "d3-scale";
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

export interface LaneLayout extends Lane {
  y: number;
  height: number;
  marks: MarkLayout[];
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
  }: LayoutOptions,
): TimelineLayout {
  const first = Math.min(
    ...items.map((i) => new Date(i.start).getUTCFullYear()),
  );
  const last = Math.max(
    ...items.map((i) => new Date(i.end - 1).getUTCFullYear()),
  );
  const years: [number, number] = items.length
    ? [first, last]
    : [new Date().getUTCFullYear(), new Date().getUTCFullYear()];
  const x = scaleUtc()
    .domain([yearStart(years[0]), yearStart(years[1] + 1)])
    .range([PAD, Math.max(PAD + 1, width - PAD)]);
  const maxLabel = Math.max(60, Math.min(400, width * 0.42));

  let y = 0;
  const laid: LaneLayout[] = [];
  for (const lane of lanes) {
    const own = items.filter((i) => i.lane === lane.id).sort(byPriority);
    if (own.length === 0) continue;
    const marks = own.map((item) => {
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
      { width, gap: GAP, labelledRows: 5 },
    );
    const rows = Math.max(...placed.map((p) => p.row)) + 1;
    laid.push({
      ...lane,
      y,
      height: laneHead + rows * rowHeight,
      marks: marks.map(({ item, x0, x1, text, fitted }, i) => {
        const { row, side } = placed[i]!;
        return {
          item,
          x0,
          x1,
          y: y + laneHead + row * rowHeight + rowHeight / 2,
          text,
          label: side
            ? {
                text: fitted.text,
                x: side === "right" ? x1 + GAP : x0 - GAP,
                side,
              }
            : null,
        };
      }),
    });
    y += laneHead + rows * rowHeight;
  }

  const count = Math.max(2, Math.floor((width - 2 * PAD) / 64));
  // The outer ticks' labels lean inwards, so they stay inside the view.
  const ticks = x.ticks(count).map((d) => ({
    x: x(d),
    label: tickLabel(d, d.getUTCMonth() === 0 && d.getUTCDate() === 1),
    anchor:
      x(d) < PAD + 24
        ? ("start" as const)
        : x(d) > width - PAD - 24
          ? ("end" as const)
          : ("middle" as const),
  }));
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
