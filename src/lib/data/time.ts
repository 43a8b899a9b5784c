// Time forms of the dataset as day bounds. A partial date covers its whole year, month or day.
import type { PartialDate } from "./schema.ts";

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
