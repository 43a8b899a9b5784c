// Time forms of the dataset as day bounds. A partial date covers its whole year, month or day.
import type { PartialDate, Time } from "./schema.ts";

export type Precision = "year" | "month" | "day";

export function precisionOf(date: PartialDate): Precision {
  return date.length === 4 ? "year" : date.length === 7 ? "month" : "day";
}

/** The first day a partial date covers, as YYYY-MM-DD. */
export function firstDay(date: PartialDate): string {
  return date.length === 4
    ? `${date}-01-01`
    : date.length === 7
      ? `${date}-01`
      : date;
}

/** The last day a partial date covers, as YYYY-MM-DD. */
export function lastDay(date: PartialDate): string {
  if (date.length === 10) return date;
  if (date.length === 4) return `${date}-12-31`;
  const [year, month] = date.split("-").map(Number) as [number, number];
  const days = new Date(Date.UTC(year, month, 0)).getUTCDate();
  return `${date}-${String(days).padStart(2, "0")}`;
}

/** True when `start` can come before `end` ("2012-05" → "2012" is ordered). */
export function isOrdered(start: PartialDate, end: PartialDate): boolean {
  return firstDay(start) <= lastDay(end);
}

/**
 * The days a record's time covers, as [first, last] (YYYY-MM-DD; first is null when open):
 * a date covers its year, month or day; a period its span; a cumulative "as of" figure
 * everything up to its date; a target runs from its source's date (or `from`) to `until`.
 */
export function intervalOf(
  time: Time,
  sourceDate: PartialDate,
): [string | null, string] {
  switch (time.type) {
    case "date":
      return [firstDay(time.date), lastDay(time.date)];
    case "period":
      return [firstDay(time.start), lastDay(time.end)];
    case "asOf":
      return [null, lastDay(time.date)];
    case "target":
      return [firstDay(time.from ?? sourceDate), lastDay(time.until)];
  }
}

/** True when the days [first, last] overlap the years from–to (either end open when null). */
export function overlapsYears(
  [first, last]: [string | null, string],
  from: number | null,
  to: number | null,
): boolean {
  if (from !== null && last < `${from}-01-01`) return false;
  if (to !== null && first !== null && first > `${to}-12-31`) return false;
  return true;
}

/**
 * Whether a year range from–to includes a record's time. The one rule every view follows:
 * - a date or a period is included when the days it covers overlap the range;
 * - a cumulative "as of" figure is included when the range holds its date: when it began is
 *   not known, so it is never shown in earlier years as if it had happened there;
 * - a target is included while it is planned, when [its source's date, until] overlaps the range.
 * Nothing is split into per-year parts: an included record counts whole.
 */
export function inYears(
  time: Time,
  sourceDate: PartialDate,
  from: number | null,
  to: number | null,
): boolean {
  if (time.type === "asOf") {
    return overlapsYears([firstDay(time.date), lastDay(time.date)], from, to);
  }
  return overlapsYears(intervalOf(time, sourceDate), from, to);
}

/** The calendar years an interval touches: [first, last], the first null when open. */
export function yearsOf([first, last]: [string | null, string]): [
  number | null,
  number,
] {
  return [
    first === null ? null : Number(first.slice(0, 4)),
    Number(last.slice(0, 4)),
  ];
}
