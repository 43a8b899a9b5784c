// The years chart: each flow on its own row, placed by the one time rule of time.ts. A dated
// flow is a mark in its year, a period one span across its years with its figure given once, a
// figure "as of" a date a line open to the left (its start is not known), a target a planned
// span. Nothing is split into per-year figures. Positions are % of the track, for HTML.
import type { FlowRecord } from "../../lib/data/aggregate.ts";
import type { Direction, Time } from "../../lib/data/schema.ts";
import { intervalOf, yearsOf } from "../../lib/data/time.ts";

export interface YearRow {
  record: string;
  direction: Direction;
  type: Time["type"];
  /** Edges in % of the track. */
  left: number;
  right: number;
  /** "As of": the start is not known, so the row opens at the left edge. */
  open: boolean;
  /** A date: drawn as a mark in the middle of what it covers, not as a span. */
  point: boolean;
  /** The filters keep it (else it is drawn faint). */
  kept: boolean;
}

/**
 * A labelled year: "always", at most four along the axis, or "wide", shown only where the
 * axis has room (a container query); the outer labels lean inwards, so they stay inside it.
 */
export interface YearBand {
  year: number;
  left: number;
  width: number;
  tick: "always" | "wide" | null;
  anchor: "start" | "middle" | "end";
}

export interface YearsChart {
  first: number;
  last: number;
  /** Each year of the axis with where its band starts and its width, in %. */
  years: YearBand[];
  rows: YearRow[];
  /** The years chosen in the filters, in %, when they narrow the axis. */
  range: [number, number] | null;
}

const clamp = (pct: number) => Math.min(100, Math.max(0, pct));

function daysIn(year: number) {
  return (Date.UTC(year + 1, 0, 1) - Date.UTC(year, 0, 1)) / 86_400_000;
}

/** A day (YYYY-MM-DD) as a fractional year; `end` gives the end of that day. */
function yearAt(day: string, end = false): number {
  const year = Number(day.slice(0, 4));
  const since =
    (Date.parse(`${day}T00:00:00Z`) - Date.UTC(year, 0, 1)) / 86_400_000;
  return year + (since + (end ? 1 : 0)) / daysIn(year);
}

export function yearsChart(
  records: readonly FlowRecord[],
  sourceDates: ReadonlyMap<string, string>,
  kept: ReadonlySet<string>,
  chosen: { from: number | null; to: number | null },
): YearsChart | null {
  if (records.length === 0) return null;
  const spans = records.map((r) => ({
    r,
    span: intervalOf(r.time, sourceDates.get(r.source) ?? "0000"),
  }));
  const years = spans.map(({ span }) => yearsOf(span));
  const last = Math.max(...years.map(([, to]) => to));
  // An open start gets at least a year of line, so that it reads as a line, not a mark.
  const first = Math.min(
    ...years.map(([from, to]) => (from === null ? to - 1 : from)),
  );
  const at = (year: number) => ((year - first) / (last + 1 - first)) * 100;
  const count = last - first + 1;
  const step = count <= 10 ? 1 : Math.ceil(count / 8);
  // A multiple of the step, so that the labels shown where there is room fall between them.
  const sparse = step * Math.ceil(Math.ceil(count / 4) / step);
  const order = (d: Direction) => (d === "received" ? 0 : 1);
  const rows = spans
    .map(({ r, span: [start, end] }) => ({
      record: r.id,
      direction: r.people.direction,
      type: r.time.type,
      left: start === null ? 0 : at(yearAt(start)),
      right: at(yearAt(end, true)),
      open: start === null,
      point: r.time.type === "date",
      kept: kept.has(r.id),
    }))
    .sort(
      (a, b) =>
        order(a.direction) - order(b.direction) ||
        a.left - b.left ||
        a.right - b.right ||
        a.record.localeCompare(b.record),
    );
  const from = Math.max(first, chosen.from ?? first);
  const to = Math.min(last, chosen.to ?? last);
  return {
    first,
    last,
    years: Array.from({ length: count }, (_, i) => {
      const left = at(first + i);
      const width = at(first + i + 1) - left;
      const middle = left + width / 2;
      return {
        year: first + i,
        left,
        width,
        tick: i % sparse === 0 ? "always" : i % step === 0 ? "wide" : null,
        anchor: middle < 15 ? "start" : middle > 85 ? "end" : "middle",
      };
    }),
    rows,
    range:
      chosen.from === null && chosen.to === null
        ? null
        : [clamp(at(from)), clamp(at(Math.max(from, to) + 1))],
  };
}

// A record's years do not change while its dataset is loaded: worked out once per record.
const yearSpans = new WeakMap<FlowRecord, { from: number; to: number }>();

export interface YearBar {
  year: number;
  /** Flows of the choice in this year, and of those the filters keep. */
  received: number;
  sent: number;
  keptReceived: number;
  keptSent: number;
  /** In the years chosen (else drawn faint). */
  chosen: boolean;
}

export interface YearBarsChart {
  first: number;
  last: number;
  bars: YearBar[];
  /** The most flows of one direction in one year: the bars' scale. */
  most: number;
}

/**
 * Flows counted per year, for when they are too many for a row each. A year counts the flows
 * the years filter would keep for that year alone (the one time rule): a flow over several
 * years counts, whole, in each; a figure "as of" a date only in the year of its date.
 */
export function yearBars(
  records: readonly FlowRecord[],
  sourceDates: ReadonlyMap<string, string>,
  kept: ReadonlySet<string>,
  chosen: { from: number | null; to: number | null },
): YearBarsChart | null {
  if (records.length === 0) return null;
  const spans = records.map((r) => {
    let span = yearSpans.get(r);
    if (!span) {
      const [from, to] = yearsOf(
        intervalOf(r.time, sourceDates.get(r.source) ?? "0000"),
      );
      span = { from: from ?? to, to };
      yearSpans.set(r, span);
    }
    return { r, ...span };
  });
  let first = Infinity;
  let last = -Infinity;
  for (const s of spans) {
    first = Math.min(first, s.from);
    last = Math.max(last, s.to);
  }
  const bars: YearBar[] = Array.from({ length: last - first + 1 }, (_, i) => ({
    year: first + i,
    received: 0,
    sent: 0,
    keptReceived: 0,
    keptSent: 0,
    chosen:
      (chosen.from === null || first + i >= chosen.from) &&
      (chosen.to === null || first + i <= chosen.to),
  }));
  for (const { r, from, to } of spans) {
    const sent = r.people.direction === "sent";
    const isKept = kept.has(r.id);
    for (let y = from; y <= to; y++) {
      const bar = bars[y - first]!;
      if (sent) bar.sent++;
      else bar.received++;
      if (isKept && bar.chosen) {
        if (sent) bar.keptSent++;
        else bar.keptReceived++;
      }
    }
  }
  let most = 1;
  for (const b of bars) most = Math.max(most, b.sent, b.received);
  return { first, last, bars, most };
}
