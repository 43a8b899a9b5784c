// Which records the filters keep, and what they add up to per partner country or region.
// Both run over an index built once per dataset (src/lib/data/aggregate.ts is on the first
// view, so it lives here): each record's years and its share of people per country are worked
// out once, so that a filter change re-reads no time string and walks no record it drops.
import { bounds, EMPTY_TOTAL, isVague, type Total } from "./counts.ts";
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

/** What a filter change reads, per record `i` (typed arrays), and per partner `e` of a record. */
export interface RecordIndex {
  dataset: Dataset;
  records: readonly CooperationRecord[];
  /** Records alike in institution, kind, direction and category share a group: `kinds` and the
   *  rest are decided once per group, on its first record. */
  group: Uint32Array;
  groups: CooperationRecord[];
  /** The calendar years the record touches (time.ts); `first` is -1 when open ("as of"). */
  first: Int16Array;
  last: Int16Array;
  /** Partners of record i: place[start[i]] … place[start[i + 1] - 1], codes in `places`. */
  start: Uint32Array;
  place: Uint16Array;
  places: string[];
  /** Whether the record's people count for that partner (a flow there). */
  counted: Uint8Array;
  /** A flow's total it adds to (index in KEYS), -1 for other kinds, and the part it adds. */
  key: Int8Array;
  part: (Count | undefined)[];
  shared: Uint8Array;
}

const KEYS = ["sent", "received", "sentPlanned", "receivedPlanned"] as const;
const indexes = new WeakMap<readonly CooperationRecord[], RecordIndex>();

function buildIndex(
  dataset: Dataset,
  records: readonly CooperationRecord[],
): RecordIndex {
  const home = homeCountries(dataset);
  const dates = sourceDates(dataset);
  const n = records.length;
  const groupOf = new Map<string, number>();
  const placeOf = new Map<string, number>();
  const index: RecordIndex = {
    dataset,
    records,
    group: new Uint32Array(n),
    groups: [],
    first: new Int16Array(n),
    last: new Int16Array(n),
    start: new Uint32Array(n + 1),
    place: new Uint16Array(0),
    places: [],
    counted: new Uint8Array(0),
    key: new Int8Array(n).fill(-1),
    part: [],
    shared: new Uint8Array(n),
  };
  const place: number[] = [];
  const counted: number[] = [];
  records.forEach((r, i) => {
    const flow = r.kind === "flow" ? r.people : undefined;
    const g = `${r.institution}\n${r.kind}\n${flow?.direction}\n${flow?.category}`;
    let at = groupOf.get(g);
    if (at === undefined) {
      groupOf.set(g, (at = index.groups.push(r) - 1));
    }
    index.group[i] = at;
    const [first, last] = yearsOf(
      intervalOf(r.time, dates.get(r.source) ?? "0000"),
    );
    index.first[i] = first ?? -1;
    index.last[i] = last;
    const own = r.kind === "flow" ? flowCountries(r, home) : undefined;
    if (r.kind === "flow" && own) {
      index.key[i] =
        (r.people.direction === "sent" ? 0 : 1) +
        (r.time.type === "target" ? 2 : 0);
      index.part[i] = shareOf(r.people.count, own.shared);
      index.shared[i] = Number(own.shared);
    }
    for (const code of recordCountries(r, home)) {
      let p = placeOf.get(code);
      if (p === undefined) placeOf.set(code, (p = index.places.push(code) - 1));
      place.push(p);
      counted.push(Number(own?.codes.includes(code) ?? 0));
    }
    index.start[i + 1] = place.length;
  });
  index.place = Uint16Array.from(place);
  index.counted = Uint8Array.from(counted);
  return index;
}

/** The index of a dataset's records (or of other records, against its institutions and sources). */
function indexOf(
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

/** Each selection's records by their place in the index, so that its sums need no lookup. */
const picked = new WeakMap<
  readonly CooperationRecord[],
  [RecordIndex, Uint32Array]
>();

/**
 * The index and the places in it of `records`: a selection made by selectRecords, or any list
 * of records (indexed on its own, once per list).
 */
export function indexedRecords(
  dataset: Dataset,
  records: readonly CooperationRecord[],
): [RecordIndex, Uint32Array | null] {
  const known = picked.get(records);
  return known?.[0].dataset === dataset
    ? known
    : [indexOf(dataset, records), null];
}

export function selectRecords(
  dataset: Dataset,
  filter: RecordFilter,
): CooperationRecord[] {
  const index = indexOf(dataset);
  const { records, group, first, last } = index;
  const { inst, kinds, from, to, dir = null, category = null, match } = filter;
  const groups = index.groups.map(
    (r) =>
      (inst === null || r.institution === inst) &&
      (kinds.length === 0 || kinds.includes(r.kind)) &&
      (r.kind !== "flow" ||
        ((dir === null || r.people.direction === dir) &&
          (category === null || r.people.category === category))),
  );
  const at = new Uint32Array(records.length);
  let n = 0;
  for (let i = 0; i < records.length; i++) {
    // time.ts inYears: the years overlap; an "as of" figure counts in the year of its date.
    if (
      groups[group[i]!] &&
      (from === null || last[i]! >= from) &&
      (to === null || (first[i]! < 0 ? last[i]! : first[i]!) <= to) &&
      (!match || match(records[i]!, i))
    )
      at[n++] = i;
  }
  // Sized once: growing an array of 100,000 records by push costs more than the loop.
  const kept = new Array<CooperationRecord>(n);
  for (let j = 0; j < n; j++) kept[j] = records[at[j]!]!;
  picked.set(kept, [index, at.slice(0, n)]);
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

/** Adds a count to a total in place (counts.ts addCount, without a new total per part). */
export function addInto(total: Total, count: Count): Total {
  const [low, high] = bounds(count);
  total.low += low;
  total.high += high;
  total.parts++;
  if (isVague(count)) total.vague.push(count);
  return total;
}

export const newTotal = (): Total => ({ low: 0, high: 0, parts: 0, vague: [] });

export function countryStats(
  dataset: Dataset,
  records: readonly CooperationRecord[],
): Map<string, CountryStats> {
  const [index, at] = indexedRecords(dataset, records);
  const { first, last, start, place, places, counted, key, part, shared } =
    index;
  const byPlace: CountryStats[] = [];
  const stats = new Map<string, CountryStats>();
  for (let j = 0; j < records.length; j++) {
    const i = at ? at[j]! : j;
    const r = records[j]!;
    const f = first[i]!;
    for (let e = start[i]!; e < start[i + 1]!; e++) {
      const p = place[e]!;
      let s = byPlace[p];
      if (!s) {
        s = byPlace[p] = emptyStats(places[p]!);
        s.years = [f < 0 ? null : f, last[i]!];
        stats.set(s.code, s);
      } else {
        const years = s.years!;
        years[0] = years[0] === null || f < 0 ? null : Math.min(years[0], f);
        years[1] = Math.max(years[1], last[i]!);
      }
      s.records.push(r);
      if (!counted[e]) continue;
      const k = KEYS[key[i]!]!;
      // The first part gets a total of its own; the rest add to it.
      s[k] = addInto(s[k].parts ? s[k] : newTotal(), part[i]!);
      if (shared[i]) s.sharedFlows.push(r as FlowRecord);
    }
  }
  return stats;
}
