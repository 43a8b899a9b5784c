// Which records the filters keep, and what they add up to per partner country or region.
import { addCount, EMPTY_TOTAL, type Total } from "./counts.ts";
import type {
  Category,
  Count,
  CooperationRecord,
  Dataset,
  Direction,
  Kind,
} from "./schema.ts";
import { intervalOf, inYears, yearsOf } from "./time.ts";

export interface RecordFilter {
  inst: string | null;
  from: number | null;
  to: number | null;
  kinds: readonly Kind[];
  /** People flows in this direction only; records of other kinds stay. */
  dir?: Direction | null;
  /** People flows of this category only; records of other kinds stay. */
  category?: Category | null;
  /** The text search (search.ts), loaded when a search is typed: records it refuses are left out. */
  match?: ((r: CooperationRecord) => boolean) | null;
}

const datesOf = new WeakMap<Dataset, Map<string, string>>();

/** Publication date of each source, for targets that run from their page's date; once per dataset. */
export function sourceDates(dataset: Dataset): Map<string, string> {
  let dates = datesOf.get(dataset);
  if (!dates) {
    dates = new Map(dataset.sources.map((s) => [s.id, s.published.date]));
    datesOf.set(dataset, dates);
  }
  return dates;
}

export function selectRecords(
  dataset: Dataset,
  filter: RecordFilter,
): CooperationRecord[] {
  const dates = sourceDates(dataset);
  const { dir = null, category = null } = filter;
  return dataset.records.filter(
    (r) =>
      (filter.inst === null || r.institution === filter.inst) &&
      (filter.kinds.length === 0 || filter.kinds.includes(r.kind)) &&
      (r.kind !== "flow" ||
        ((dir === null || r.people.direction === dir) &&
          (category === null || r.people.category === category))) &&
      inYears(r.time, dates.get(r.source) ?? "0000", filter.from, filter.to) &&
      (!filter.match || filter.match(r)),
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
  sharedFlows: FlowRecord[];
  /** First and last calendar year the records touch; the first is null when a figure is "as of". */
  years: [number | null, number] | null;
}

export function emptyStats(code: string): CountryStats {
  return {
    code,
    records: [],
    sent: EMPTY_TOTAL,
    received: EMPTY_TOTAL,
    sentPlanned: EMPTY_TOTAL,
    receivedPlanned: EMPTY_TOTAL,
    sharedFlows: [],
    years: null,
  };
}

export type FlowRecord = Extract<CooperationRecord, { kind: "flow" }>;

/**
 * Where a flow went or came from, less the institutions' own countries, and whether its count
 * is shared: over several countries, or over countries the source does not all name.
 */
export function flowCountries(
  r: FlowRecord,
  home: ReadonlySet<string>,
): { codes: string[]; shared: boolean } {
  const codes = r.countries.filter((c) => !home.has(c));
  return { codes, shared: codes.length > 1 || Boolean(r.unnamedCountries) };
}

/** The countries and regions a record names: its own and its partners'. */
export function namedCountries(r: CooperationRecord): string[] {
  return [...new Set([...r.countries, ...r.partners.map((p) => p.country)])];
}

/** The institutions' own countries: never partners. */
export function homeCountries(dataset: Dataset): Set<string> {
  return new Set(dataset.institutions.map((i) => i.country));
}

/** The countries and regions of a record, less the institutions' home countries. */
export function recordCountries(
  r: CooperationRecord,
  home: ReadonlySet<string>,
): string[] {
  return namedCountries(r).filter((c) => !home.has(c));
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
  const home = homeCountries(dataset);
  const dates = sourceDates(dataset);
  const stats = new Map<string, CountryStats>();
  for (const r of records) {
    const codes = recordCountries(r, home);
    const years = yearsOf(intervalOf(r.time, dates.get(r.source) ?? "0000"));
    const flow = r.kind === "flow" ? flowCountries(r, home) : undefined;
    for (const code of codes) {
      let s = stats.get(code);
      if (!s) {
        s = emptyStats(code);
        stats.set(code, s);
      }
      s.records.push(r);
      s.years = widen(s.years, years);
      if (r.kind !== "flow" || !flow?.codes.includes(code)) continue;
      const part = shareOf(r.people.count, flow.shared);
      const planned = r.time.type === "target";
      const key =
        `${r.people.direction === "sent" ? "sent" : "received"}${planned ? "Planned" : ""}` as const;
      s[key] = addCount(s[key], part);
      if (flow.shared) s.sharedFlows.push(r);
    }
  }
  return stats;
}
