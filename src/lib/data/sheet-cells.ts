// The flat forms of the dataset's nested values in one spreadsheet cell, written as the app
// prints them and read back: counts ("23", "23+", "up to 150", "dozens", "unknown"), times
// ("2016-05", "2008–2012", "as of 2018", "planned until 2019", "planned 2017–2019"), yes/no,
// and lists of codes ("ZMB; GBR"). The Chinese forms the app prints are read too.
import { formatCount } from "./counts.ts";
import type { Count, Time } from "./schema.ts";
import { UNSPECIFIED_WORDS } from "./vocab-records.ts";

/** What a cell holds: a value, nothing (left blank), or text that is not of the column's form. */
export type Cell<T> =
  { value: T } | { blank: true } | { error: string; raw: string };

const BLANK = { blank: true } as const;
export const isBlank = (cell: string) => !/\S/.test(cell);

export const countCell = (count: Count): string => formatCount(count, "en");

const NUMBER = /^-?(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?$/;
const toNumber = (s: string) => Number(s.replaceAll(",", ""));
const WORDS: Record<string, Count> = { unknown: { qualifier: "unknown" } };
const ZH_WORDS = ["数十", "若干", "一些", "许多"];
UNSPECIFIED_WORDS.forEach((word, i) => {
  WORDS[word] = WORDS[ZH_WORDS[i]!] = { qualifier: "unspecified", word };
});
WORDS["未知"] = WORDS.unknown!;

export const COUNT_FORMS = `23, 23+, up to 150, ${UNSPECIFIED_WORDS.join(", ")} or unknown`;

export function readCount(cell: string): Cell<Count> {
  if (isBlank(cell)) return BLANK;
  const s = cell.trim().replace(/\s+/g, " ").toLowerCase();
  if (NUMBER.test(s))
    return { value: { qualifier: "exact", value: toNumber(s) } };
  const atLeast = /^(.+?)\s*\+$/.exec(s);
  if (atLeast && NUMBER.test(atLeast[1]!)) {
    return { value: { qualifier: "atLeast", value: toNumber(atLeast[1]!) } };
  }
  const atMost = /^(?:up to|最多)\s*(.+)$/.exec(s);
  if (atMost && NUMBER.test(atMost[1]!)) {
    return { value: { qualifier: "atMost", value: toNumber(atMost[1]!) } };
  }
  const word = WORDS[s];
  if (word) return { value: { ...word } };
  return {
    error: `“${cell.trim()}” is not a count: write ${COUNT_FORMS}`,
    raw: cell,
  };
}

export function timeCell(time: Time): string {
  switch (time.type) {
    case "date":
      return time.date;
    case "period":
      return `${time.start}–${time.end}`;
    case "asOf":
      return `as of ${time.date}`;
    case "target":
      return time.from
        ? `planned ${time.from}–${time.until}`
        : `planned until ${time.until}`;
  }
}

export const TIME_FORMS =
  "2016, 2018-05, 2024-06-25, 2008–2012, as of 2018, planned until 2019 or planned 2017–2019";

/** A date as a spreadsheet may have left it: one word, validated later with the dataset. */
const DATE = String.raw`[^\s–—~～至到]+`;
const RANGE = new RegExp(
  String.raw`^(${DATE})\s*(?:–|—|~|～|\sto\s|至|到)\s*(${DATE})$`,
);
/** "2008-2012": a hyphen is a range only when a whole year follows it. */
const HYPHEN_RANGE =
  /^(\d{4}(?:-\d{1,2}){0,2})\s*-\s*(\d{4}(?:-\d{1,2}){0,2})$/;
const ONE = new RegExp(`^${DATE}$`);

function range(s: string): [string, string] | undefined {
  const m = RANGE.exec(s) ?? HYPHEN_RANGE.exec(s);
  return m ? [m[1]!, m[2]!] : undefined;
}

export function readTime(cell: string): Cell<Time> {
  if (isBlank(cell)) return BLANK;
  const s = cell.trim().replace(/\s+/g, " ");
  const asOf = /^(?:as of|截至|截止)\s*(.+)$/i.exec(s);
  if (asOf && ONE.test(asOf[1]!)) {
    return { value: { type: "asOf", date: asOf[1]! } };
  }
  const planned = /^(?:planned,?|计划)\s*(.+)$/i.exec(s);
  if (planned) {
    const rest = planned[1]!.replace(/^(?:until|至|到)\s*/i, "");
    const both = range(rest);
    if (both) {
      return { value: { type: "target", from: both[0], until: both[1] } };
    }
    if (ONE.test(rest)) return { value: { type: "target", until: rest } };
  }
  const both = range(s);
  if (both) return { value: { type: "period", start: both[0], end: both[1] } };
  if (ONE.test(s)) return { value: { type: "date", date: s } };
  return {
    error: `“${s}” is not a time this sheet knows: write ${TIME_FORMS}`,
    raw: cell,
  };
}

export const boolCell = (b: boolean): string => (b ? "yes" : "no");

export function readBool(cell: string): Cell<boolean> {
  if (isBlank(cell)) return BLANK;
  const s = cell.trim().toLowerCase();
  if (["yes", "y", "true", "是"].includes(s)) return { value: true };
  if (["no", "n", "false", "否"].includes(s)) return { value: false };
  return {
    error: `should be yes, no or left empty, not “${cell.trim()}”`,
    raw: cell,
  };
}

/** An optional list that is there but empty: "[]", so that it is not taken for a blank cell. */
export const EMPTY_LIST = "[]";

export const listCell = (list: readonly string[], optional = false): string =>
  optional && list.length === 0 ? EMPTY_LIST : list.join("; ");

/** Items separated by semicolons, commas (also the Chinese ones) or spaces. */
export function readList(cell: string): string[] {
  if (cell.trim() === EMPTY_LIST) return [];
  return cell.split(/[\s;,；，、]+/).filter(Boolean);
}
