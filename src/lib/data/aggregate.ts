// Which records the filters keep, and what they add up to per partner country or region.
// Both run over an index built once per dataset (src/lib/data/aggregate.ts is on the first
// view, so it lives here): each record's years and its share of people per country are worked
// out once, so that a filter change re-reads no time string and walks no record it drops.
import { addInto, EMPTY_TOTAL, newTotal, type Total } from "./counts.ts";
import type {
  Category,
  Count,
  CooperationRecord,
  Dataset,
  Direction,
  Kind,
} from "./schema.ts";
import { intervalOf, yearsOf } from "./time.ts";

export interface RecordFilter {
  inst: string | null;
  from: number | null;
  to: number | null;
  kinds: readonly Kind[];
  /** People flows in this direction only; records of other kinds stay. */
  dir?: Direction | null;
  /** People flows of this category only; records of other kinds stay. */
  category?: Category | null;
  /**
   * The text search (search.ts), loaded when a search is typed: records it refuses are left
   * out. `at` is the record's place in the dataset's records.
   */
  match?: ((r: CooperationRecord, at: number) => boolean) | null;
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

/**
 * What a filter change reads: arrays of numbers by record `i`, and by partner `e` of a record
 * (partners of record i: start[i] ≤ e < start[i + 1]).
 */
export interface RecordIndex {
  dataset: Dataset;
  records: readonly CooperationRecord[];
  /** Records alike in institution, kind, direction and category share a group: the filters
   *  but the years are decided once per group, on its first record (in `groups`). */
  group: number[];
  groups: CooperationRecord[];
  /** The calendar years the record touches (time.ts); `first` is -1 when open ("as of"). */
  first: number[];
  last: number[];
  start: number[];
  /** The partner, as its place in `places`. */
  place: number[];
  places: string[];
  /**
   * 0 when the record's people do not count for this partner (not a flow, or not a flow
   * there); else 1 + the total it adds to (KEYS: direction + 2 when planned), + 4 when its
   * count is shared with other countries.
   */
  people: number[];
  /** A flow's part of its count for each of its countries (shareOf). */
  part: Count[];
}

const KEYS = ["sent", "received", "sentPlanned", "receivedPlanned"] as const;
const indexes = new WeakMap<readonly CooperationRecord[], RecordIndex>();

/** The number of `key` in `codes`, given by `add` the first time. */
function codeOf(codes: Map<string, number>, key: string, add: () => number) {
  let code = codes.get(key);
  if (code === undefined) codes.set(key, (code = add()));
  return code;
}

function buildIndex(
  dataset: Dataset,
  records: readonly CooperationRecord[],
): RecordIndex {
  const home = homeCountries(dataset);
  const dates = sourceDates(dataset);
  const groupCodes = new Map<string, number>();
  const placeCodes = new Map<string, number>();
  const index: RecordIndex = {
    dataset,
    records,
    group: [],
    groups: [],
    first: [],
    last: [],
    start: [0],
    place: [],
    places: [],
    people: [],
    part: [],
  };
  records.forEach((r, i) => {
    const flow = r.kind === "flow" ? r : undefined;
    const people = flow?.people;
    index.group.push(
      codeOf(
        groupCodes,
        `${r.institution}\n${r.kind}\n${people?.direction}\n${people?.category}`,
        () => index.groups.push(r) - 1,
      ),
    );
    const [first, last] = yearsOf(
      intervalOf(r.time, dates.get(r.source) ?? "0000"),
    );
    index.first.push(first ?? -1);
    index.last.push(last);
    const own = flow && flowCountries(flow, home);
    let code = 0;
    if (people && own) {
      index.part[i] = shareOf(people.count, own.shared);
      code =
        (people.direction === "sent" ? 1 : 2) +
        (r.time.type === "target" ? 2 : 0) +
        (own.shared ? 4 : 0);
    }
    for (const place of recordCountries(r, home)) {
      index.place.push(
        codeOf(placeCodes, place, () => index.places.push(place) - 1),
      );
      index.people.push(own?.codes.includes(place) ? code : 0);
    }
    index.start.push(index.place.length);
  });
  return index;
}

/** The index of a dataset's records (or of other records, against its institutions and sources). */
export function recordIndex(
  dataset: Dataset,
  records: readonly CooperationRecord[] = dataset.records,
): RecordIndex {
  let index = indexes.get(records);
  if (index?.dataset !== dataset) {
    index = buildIndex(dataset, records);
    indexes.set(records, index);
  }
  return index;
}

/**
 * Each selection's records by their place in the index, so that its sums need no lookup; null
 * when it holds every record of the index, in its order.
 */
const picked = new WeakMap<
  readonly CooperationRecord[],
  [RecordIndex, readonly number[] | null]
>();

/**
 * The index and the places in it of `records`: a selection made by selectRecords, or any list
 * of records (indexed on its own, once per list). No places: record j is the index's j.
 */
export function indexedRecords(
  dataset: Dataset,
  records: readonly CooperationRecord[],
): [RecordIndex, readonly number[] | null] {
  const known = picked.get(records);
  return known?.[0].dataset === dataset
    ? known
    : [recordIndex(dataset, records), null];
}

export function selectRecords(
  dataset: Dataset,
  filter: RecordFilter,
): CooperationRecord[] {
  const index = recordIndex(dataset);
  const { records } = dataset;
  const { group, first, last } = index;
  const { inst, kinds, from, to, dir = null, category = null, match } = filter;
  const groups = index.groups.map(
    (r) =>
      (inst === null || r.institution === inst) &&
      (kinds.length === 0 || kinds.includes(r.kind)) &&
      (r.kind !== "flow" ||
        ((dir === null || r.people.direction === dir) &&
          (category === null || r.people.category === category))),
  );
  // No filter at all (the page as it opens, and "Clear all"): every record, with no walk
  // through them (at 100,000 records the walk took 6 ms of each such change).
  if (!groups.includes(false) && from === null && to === null && !match) {
    const all = [...records];
    picked.set(all, [index, null]);
    return all;
  }
  const at: number[] = [];
  const kept: CooperationRecord[] = [];
  for (let i = 0; i < records.length; i++) {
    // time.ts inYears: the years overlap; an "as of" figure counts in the year of its date.
    if (
      groups[group[i]!] &&
      (from === null || last[i]! >= from) &&
      (to === null || (first[i]! < 0 ? last[i]! : first[i]!) <= to) &&
      (!match || match(records[i]!, i))
    ) {
      at.push(i);
      kept.push(records[i]!);
    }
  }
  picked.set(kept, [index, at]);
  return kept;
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

/**
 * The statistics of every record of an index, made once: going back to no filter (all
 * institutions again, "Clear all") then adds nothing up (6 ms at 100,000 records).
 */
const everyRecord = new WeakMap<RecordIndex, Map<string, CountryStats>>();

export function countryStats(
  dataset: Dataset,
  records: readonly CooperationRecord[],
): Map<string, CountryStats> {
  const [index, at] = indexedRecords(dataset, records);
  const every = at ? undefined : everyRecord.get(index);
  if (every) return every;
  const { first, last, start, place, places, people, part } = index;
  const byPlace: CountryStats[] = [];
  const stats = new Map<string, CountryStats>();
  if (!at) everyRecord.set(index, stats);
  for (let j = 0; j < records.length; j++) {
    const i = at ? at[j]! : j;
    const r = records[j]!;
    const f = first[i]!;
    for (let e = start[i]!; e < start[i + 1]!; e++) {
      let s = byPlace[place[e]!];
      if (!s) {
        s = byPlace[place[e]!] = emptyStats(places[place[e]!]!);
        s.years = [f < 0 ? null : f, last[i]!];
        stats.set(s.code, s);
      } else {
        const years = s.years!;
        years[0] = years[0] === null || f < 0 ? null : Math.min(years[0], f);
        years[1] = Math.max(years[1], last[i]!);
      }
      s.records.push(r);
      const p = people[e]!;
      if (!p) continue;
      const key = KEYS[(p - 1) & 3]!;
      // The first part gets a total of its own; the rest add to it.
      s[key] = addInto(s[key].parts ? s[key] : newTotal(), part[i]!);
      if (p > 4) s.sharedFlows.push(r as FlowRecord);
    }
  }
  return stats;
}
