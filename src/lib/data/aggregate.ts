// Which records the filters keep, and what they add up to per partner country or region.
import { addCount, EMPTY_TOTAL, type Total } from "./counts.ts";
import type { Count, CooperationRecord, Dataset, Kind } from "./schema.ts";
import { intervalOf, overlapsYears, yearsOf } from "./time.ts";

export interface RecordFilter {
  inst: string | null;
  from: number | null;
  to: number | null;
  kinds: readonly Kind[];
}

/** Publication date of each source, for targets that run from their page's date. */
function sourceDates(dataset: Dataset): Map<string, string> {
  return new Map(dataset.sources.map((s) => [s.id, s.published.date]));
}

export function selectRecords(
  dataset: Dataset,
  filter: RecordFilter,
): CooperationRecord[] {
  const dates = sourceDates(dataset);
  return dataset.records.filter(
    (r) =>
      (filter.inst === null || r.institution === filter.inst) &&
      (filter.kinds.length === 0 || filter.kinds.includes(r.kind)) &&
      overlapsYears(
        intervalOf(r.time, dates.get(r.source) ?? "0000"),
        filter.from,
        filter.to,
      ),
  );
}

export interface CountryStats {
  code: string;
  records: CooperationRecord[];
  /** People sent to and received from here, achieved; shared flows count as shares (see below). */
  sent: Total;
  received: Total;
  /** Planned targets, never added to what was achieved. */
  sentPlanned: Total;
  receivedPlanned: Total;
  /** Flows whose count this country shares with others, undivided. */
  sharedFlows: number;
  /** First and last calendar year the records touch; the first is null when a figure is "as of". */
  years: [number | null, number] | null;
}

/** The countries and regions of a record, less the institutions' home countries. */
export function recordCountries(
  r: CooperationRecord,
  home: ReadonlySet<string>,
): string[] {
  const codes = new Set([...r.countries, ...r.partners.map((p) => p.country)]);
  return [...codes].filter((c) => !home.has(c));
}

/**
 * A country's part of a flow. A count over several countries, or over countries the source
 * does not all name, is never divided: each country's part is "up to" the whole, or unknown
 * when the whole has no ceiling.
 */
export function shareOf(count: Count, shared: boolean): Count {
  if (!shared) return count;
  if (count.qualifier === "exact" || count.qualifier === "atMost") {
    return { qualifier: "atMost", value: count.value };
  }
  return count.qualifier === "atLeast" ? { qualifier: "unknown" } : count;
}

function widen(
  years: [number | null, number] | null,
  next: [number | null, number],
) {
  if (!years) return next;
  const first =
    years[0] === null || next[0] === null ? null : Math.min(years[0], next[0]);
  return [first, Math.max(years[1], next[1])] as [number | null, number];
}

export function countryStats(
  dataset: Dataset,
  records: readonly CooperationRecord[],
) {
  const home = new Set(dataset.institutions.map((i) => i.country));
  const dates = sourceDates(dataset);
  const stats = new Map<string, CountryStats>();
  for (const r of records) {
    const codes = recordCountries(r, home);
    const years = yearsOf(intervalOf(r.time, dates.get(r.source) ?? "0000"));
    const flowCodes =
      r.kind === "flow" ? r.countries.filter((c) => !home.has(c)) : [];
    const shared = flowCodes.length > 1 || Boolean(r.unnamedCountries);
    for (const code of codes) {
      let s = stats.get(code);
      if (!s) {
        s = {
          code,
          records: [],
          sent: EMPTY_TOTAL,
          received: EMPTY_TOTAL,
          sentPlanned: EMPTY_TOTAL,
          receivedPlanned: EMPTY_TOTAL,
          sharedFlows: 0,
          years: null,
        };
        stats.set(code, s);
      }
      s.records.push(r);
      s.years = widen(s.years, years);
      if (r.kind !== "flow" || !flowCodes.includes(code)) continue;
      const part = shareOf(r.people.count, shared);
      const planned = r.time.type === "target";
      const key =
        `${r.people.direction === "sent" ? "sent" : "received"}${planned ? "Planned" : ""}` as const;
      s[key] = addCount(s[key], part);
      if (shared) s.sharedFlows += 1;
    }
  }
  return stats;
}
