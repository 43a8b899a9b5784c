// The timeline's marks, one per record, placed at the precision of their time. Cumulative
// "as of" figures of one institution and date share one mark: their start is unknown, so
// they would all sit on the same spot, and the mark lists them.
import type { CooperationRecord, Kind } from "../../lib/data/schema.ts";
import { firstDay, intervalOf, lastDay } from "../../lib/data/time.ts";

/** How a mark is drawn: a date covers its year, month or day; a period its span; a target
 *  is planned; an "as of" figure has an open start. */
export type MarkShape = "date" | "period" | "asOf" | "target";

export interface TimelineItem {
  /** The record id, or `asof:<institution>:<date>` for a group of "as of" figures. */
  key: string;
  records: CooperationRecord[];
  lane: string;
  shape: MarkShape;
  kind: Kind;
  /** Covered time as UTC milliseconds, [start, end). */
  start: number;
  end: number;
  /** The first and last calendar year it covers. */
  years: [number, number];
}

const DAY = 86_400_000;
// Many records share a day (a year-only date is always 1 January): parse each day once.
const parsed = new Map<string, number>();
function ms(day: string): number {
  let value = parsed.get(day);
  if (value === undefined) {
    value = Date.parse(`${day}T00:00:00Z`);
    parsed.set(day, value);
  }
  return value;
}

/** [start, end) of a record's time in UTC milliseconds; an "as of" figure covers its date. */
export function spanOf(
  r: CooperationRecord,
  sourceDate: string,
): [number, number] {
  // The one time rule (time.ts), except that an "as of" mark stands on its date.
  const [first, last] =
    r.time.type === "asOf"
      ? [firstDay(r.time.date), lastDay(r.time.date)]
      : intervalOf(r.time, sourceDate);
  return [ms(first ?? last), ms(last) + DAY];
}

/** The first and last calendar year of a span from spanOf. */
function yearsOf(start: number, end: number): [number, number] {
  return [new Date(start).getUTCFullYear(), new Date(end - 1).getUTCFullYear()];
}

// A record's span does not change while its dataset is loaded: worked out once, so that a
// filter change only regroups (records are never mutated; a new dataset has new objects).
const spans = new WeakMap<
  CooperationRecord,
  { start: number; end: number; years: [number, number] }
>();
function cachedSpan(r: CooperationRecord, sourceDate: string) {
  let span = spans.get(r);
  if (!span) {
    const [start, end] = spanOf(r, sourceDate);
    span = { start, end, years: yearsOf(start, end) };
    spans.set(r, span);
  }
  return span;
}

// Milestones first, then what happened in a known span: when room is short, they keep their
// labels; cumulative figures, whose start is not known, give theirs up first.
const RANK: Record<Kind, number> = {
  milestone: 0,
  event: 1,
  agreement: 2,
  programme: 2,
  flow: 2,
};
const SHAPE_RANK: Record<MarkShape, number> = {
  date: 0,
  period: 0,
  target: 1,
  asOf: 2,
};

export function timelineItems(
  records: readonly CooperationRecord[],
  sourceDate: (r: CooperationRecord) => string,
): TimelineItem[] {
  const items: TimelineItem[] = [];
  const groups = new Map<string, TimelineItem>();
  for (const r of records) {
    const { start, end, years } = cachedSpan(r, sourceDate(r));
    if (r.time.type === "asOf") {
      const key = `asof:${r.institution}:${r.time.date}`;
      const group = groups.get(key);
      if (group) {
        group.records.push(r);
        if (RANK[r.kind] < RANK[group.kind]) group.kind = r.kind;
        continue;
      }
      const item: TimelineItem = {
        key,
        records: [r],
        lane: r.institution,
        shape: "asOf",
        kind: r.kind,
        start,
        end,
        years,
      };
      groups.set(key, item);
      items.push(item);
      continue;
    }
    items.push({
      key: r.id,
      records: [r],
      lane: r.institution,
      shape: r.time.type,
      kind: r.kind,
      start,
      end,
      years,
    });
  }
  return items;
}

/** The order in which marks claim room for their labels. */
export function byPriority(a: TimelineItem, b: TimelineItem): number {
  return (
    SHAPE_RANK[a.shape] - SHAPE_RANK[b.shape] ||
    RANK[a.kind] - RANK[b.kind] ||
    a.start - b.start ||
    (a.key < b.key ? -1 : 1)
  );
}
