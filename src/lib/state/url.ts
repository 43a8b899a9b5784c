// The query string the app understands, both ways. Each parameter parses to a value or to a
// notice (an invalid one is ignored, never a crash); the URL holds only what differs from the
// default, with lists joined by "~", which shared links leave alone.
import { toAlpha3 } from "../data/countries.ts";
import type { Kind } from "../data/schema.ts";
import { CATEGORIES, DIRECTIONS, KINDS } from "../data/vocab.ts";
import { LANGS, type Lang } from "../i18n/lang.ts";
import {
  defaultFilters,
  VIEWS,
  type Filters,
  type Measure,
} from "./filters.svelte.ts";

/** What the page was asked for beside the filters: these stay as they are in every link. */
export interface PageParams {
  lang?: Lang;
  /** Another dataset to load, as written in the URL (checked for same origin by the loader). */
  data?: string;
  /** A replacement base map (TopoJSON on this site), drawn instead of world-atlas. */
  basemap?: string;
  /** The presentation deck instead of the page, opened at `slide` (from 1). */
  present?: boolean;
  slide?: number;
  /** Shown inside another site (src/embed/): no masthead, no filter bar. */
  embed?: boolean;
}

export type QueryValues = PageParams & Partial<Filters>;

/** Why a parameter was ignored: a key of the notices' text (src/lib/i18n/notices-en.ts). */
export type NoticeReason =
  | "reasonOneOf"
  | "reasonNoFile"
  | "reasonYear"
  | "reasonReversed"
  | "reasonCountry"
  | "reasonUnknown"
  | "reasonNoInstitution"
  | "reasonNoRecord"
  | "reasonSlide";

export interface QueryNotice {
  name: string;
  value: string;
  reason: NoticeReason;
  /** The values the parameter takes, for reasonOneOf. */
  allowed?: readonly string[];
}

export interface ParsedQuery {
  values: QueryValues;
  notices: QueryNotice[];
}

const MEASURES: readonly Measure[] = ["records", "sent", "received", "people"];
const MAX_QUERY = 200;
/** Parameters of tracking links and of other pages of the host site: not ours, not worth a notice. */
const FOREIGN = /^(utm_|fbclid$|gclid$|_ga$|spm$|from_)/;

/** A reader stores a valid value and returns nothing, or returns why it ignores the value. */
type Reader = (
  value: string,
  out: QueryValues,
) => NoticeReason | readonly string[] | undefined;

/** Parameters that take a file or an id, and why an empty one is ignored. */
const TEXTS: [name: "data" | "basemap" | "inst" | "record", NoticeReason][] = [
  ["data", "reasonNoFile"],
  ["basemap", "reasonNoFile"],
  ["inst", "reasonNoInstitution"],
  ["record", "reasonNoRecord"],
];
/** Parameters that take one of a list; the notice lists them. */
const CHOICES: [string, keyof Filters | "lang", readonly string[]][] = [
  ["lang", "lang", LANGS],
  ["dir", "dir", DIRECTIONS],
  ["cat", "category", CATEGORIES],
  ["view", "view", VIEWS],
  ["measure", "measure", MEASURES],
];
const FLAGS = ["arcs", "planned", "present", "embed"] as const;

const READERS: Record<string, Reader> = {
  kind(v, out) {
    const kinds = v.split(/[~,]/).filter(Boolean) as Kind[];
    if (!kinds.length || kinds.some((k) => !KINDS.includes(k))) return KINDS;
    out.kinds = [...new Set(kinds)];
  },
  q(v, out) {
    const q = v.trim().slice(0, MAX_QUERY);
    if (q) out.q = q;
  },
  country(v, out) {
    out.country = toAlpha3(v);
    if (!out.country) return "reasonCountry";
  },
};
/** Whole numbers: the form each takes (years 1000–9999, slides from 1), and why another is ignored. */
const NUMBERS: [name: "from" | "to" | "slide", form: RegExp, NoticeReason][] = [
  ["from", /^[1-9]\d{3}$/, "reasonYear"],
  ["to", /^[1-9]\d{3}$/, "reasonYear"],
  ["slide", /^[1-9]\d{0,3}$/, "reasonSlide"],
];
for (const [name, form, reason] of NUMBERS) {
  READERS[name] = (v, out) => {
    if (!form.test(v.trim())) return reason;
    out[name] = Number(v);
  };
}
for (const [name, reason] of TEXTS) {
  READERS[name] = (v, out) => {
    if (!v.trim()) return reason;
    out[name] = v.trim();
  };
}
for (const [name, key, allowed] of CHOICES) {
  READERS[name] = (v, out) => {
    if (!allowed.includes(v)) return allowed;
    Object.assign(out, { [key]: v });
  };
}
for (const name of FLAGS) {
  READERS[name] = (v, out) => {
    if (v !== "0" && v !== "1") return ["0", "1"];
    out[name] = v === "1";
  };
}

export function parseQuery(search: string): ParsedQuery {
  const params = new URLSearchParams(search);
  const values: QueryValues = {};
  const notices: QueryNotice[] = [];
  for (const [name, value] of params) {
    const read = READERS[name];
    if (!read) {
      if (!FOREIGN.test(name))
        notices.push({ name, value, reason: "reasonUnknown" });
      continue;
    }
    const reason = read(value, values);
    if (typeof reason === "string") notices.push({ name, value, reason });
    else if (reason)
      notices.push({ name, value, reason: "reasonOneOf", allowed: reason });
  }
  const { from, to } = values;
  if (from != null && to != null && from > to) {
    notices.push({
      name: "from",
      value: `${from} > ${to}`,
      reason: "reasonReversed",
    });
    [values.from, values.to] = [to, from];
  }
  return { values, notices };
}

/** The filters a parsed query sets, over the defaults. */
export function filtersOf(values: QueryValues): Filters {
  const filters = defaultFilters();
  for (const key of Object.keys(filters) as (keyof Filters)[]) {
    if (values[key] !== undefined)
      Object.assign(filters, { [key]: values[key] });
  }
  return filters;
}

/** The query string of a state: page parameters first, then filters that differ from the default. */
export function toQuery(filters: Filters, page: PageParams = {}): string {
  const d = defaultFilters();
  const pairs: [string, string | null][] = [
    ["lang", page.lang ?? null],
    ["data", page.data ?? null],
    ["basemap", page.basemap ?? null],
    ["embed", page.embed ? "1" : null],
    ["inst", filters.inst],
    ["from", filters.from === null ? null : String(filters.from)],
    ["to", filters.to === null ? null : String(filters.to)],
    ["kind", filters.kinds.length ? [...filters.kinds].sort().join("~") : null],
    ["dir", filters.dir],
    ["cat", filters.category],
    ["q", filters.q.trim() || null],
    ["country", filters.country],
    ["record", filters.record],
    ["view", filters.view],
    ["measure", filters.measure === d.measure ? null : filters.measure],
    ["arcs", filters.arcs === d.arcs ? null : filters.arcs ? "1" : "0"],
    [
      "planned",
      filters.planned === d.planned ? null : filters.planned ? "1" : "0",
    ],
  ];
  const query = pairs
    .filter((p): p is [string, string] => p[1] !== null)
    .map(([k, v]) => `${k}=${encodeURIComponent(v).replace(/%7E/gi, "~")}`)
    .join("&");
  return query ? `?${query}` : "";
}

/** Ids the dataset does not have: ignored with a notice once the dataset is known. */
export function checkIds(
  filters: Filters,
  has: { inst(id: string): boolean; record(id: string): boolean },
): QueryNotice[] {
  const notices: QueryNotice[] = [];
  if (filters.inst !== null && !has.inst(filters.inst)) {
    notices.push({
      name: "inst",
      value: filters.inst,
      reason: "reasonNoInstitution",
    });
    filters.inst = null;
  }
  if (filters.record !== null && !has.record(filters.record)) {
    notices.push({
      name: "record",
      value: filters.record,
      reason: "reasonNoRecord",
    });
    filters.record = null;
  }
  return notices;
}
