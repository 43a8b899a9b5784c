// What the keyboard and the pointer reach on the timeline, marks and bins alike, and how a bin
// is shown: its years in words and how dark it is.
import { formatDate } from "../../lib/i18n/dates.ts";
import type { Lang } from "../../lib/i18n/lang.ts";
import { fill, type ViewMessages } from "../../lib/i18n/messages.ts";
import type { BinLayout, LaneLayout, MarkLayout } from "./layout.ts";

export interface Stop {
  /** The mark's item key or the bin's key. */
  key: string;
  lane: LaneLayout;
  x0: number;
  y: number;
  mark?: MarkLayout;
  bin?: BinLayout;
}

/** Lane by lane, left to right (top to bottom where they share an x). */
export function focusOrder(lanes: readonly LaneLayout[]): Stop[] {
  return lanes.flatMap((lane) =>
    [
      ...lane.marks.map((m) => ({
        key: m.item.key,
        lane,
        x0: m.x0,
        y: m.y,
        mark: m,
      })),
      ...lane.bins.map((b) => ({ key: b.key, lane, x0: b.x0, y: b.y, bin: b })),
    ].sort((a, b) => a.x0 - b.x0 || a.y - b.y),
  );
}

/** A bin's years: "2016", or "2016–2017" where it holds several. */
export function binYearsText(
  [from, to]: [number, number],
  lang: Lang,
  t: ViewMessages,
): string {
  const year = (y: number) => formatDate(String(y), lang);
  return from === to
    ? year(from)
    : fill(t.timeSpan, { from: year(from), to: year(to) });
}

/** Fill opacity of a bin: faint for one record, strong for the densest (by area, so sqrt). */
export function binDensity(count: number, densest: number): number {
  const share = Math.sqrt(Math.min(1, count / Math.max(1, densest)));
  return Math.round((0.12 + 0.5 * share) * 100) / 100;
}
