// Records as a spreadsheet file (RFC 4180): fields quoted when they hold a comma, a quote or a
// line break, CRLF line ends, and UTF-8 with a byte-order mark, without which Excel reads the
// Chinese text as another code page. A cell that a spreadsheet would run as a formula gets a
// leading apostrophe (OWASP's advice on CSV injection): quotes come from web pages.
import type { Lang } from "../i18n/lang.ts";
import { fill, type ViewMessages } from "../i18n/messages.ts";
import { recordKindName } from "../i18n/kinds.ts";
import { categoryName } from "../i18n/people.ts";
import { formatCount } from "./counts.ts";
import { homeCountries, recordCountries } from "./aggregate.ts";
import { countryName } from "./countries.ts";
import { sourcePageUrl } from "./load.ts";
import type { CooperationRecord, Dataset, Time } from "./schema.ts";

export const BOM = "\uFEFF";
const FORMULA = /^[=+\-@\t\r]/;

/** One field: defused if a spreadsheet would take it for a formula, quoted when it must be. */
export function csvCell(value: string): string {
  const safe = FORMULA.test(value) ? `'${value}` : value;
  return /[",\r\n]/.test(safe) ? `"${safe.replaceAll('"', '""')}"` : safe;
}

/** The file's text: a BOM, then each row on a CRLF-ended line. */
export function toCsv(rows: readonly (readonly string[])[]): string {
  return BOM + rows.map((row) => row.map(csvCell).join(",") + "\r\n").join("");
}

/** A record's time as the data writes it: 2016-05, 2008–2012, "as of 2018", "planned, until 2019". */
export function csvTime(time: Time, t: ViewMessages): string {
  switch (time.type) {
    case "date":
      return time.date;
    case "period":
      return `${time.start}–${time.end}`;
    case "asOf":
      return fill(t.timeAsOf, { date: time.date });
    case "target":
      return fill(t.timeTarget, {
        date: time.from ? `${time.from}–${time.until}` : time.until,
      });
  }
}

/**
 * The places a record names, less the institutions' own countries (as on the map), in the
 * interface language, with "and others" when the source says there are more.
 */
export function countriesText(
  r: CooperationRecord,
  home: ReadonlySet<string>,
  t: ViewMessages,
  lang: Lang,
  separator = lang === "zh" ? "、" : ", ",
): string {
  const names = recordCountries(r, home).map((c) => countryName(c, lang));
  if (names.length === 0) {
    return r.countryCount
      ? fill(t.tableCountryCount, { count: formatCount(r.countryCount, lang) })
      : "";
  }
  const list = names.join(separator);
  return r.unnamedCountries ? fill(t.tableOthers, { list }) : list;
}

export interface CsvOptions {
  dataset: Dataset;
  t: ViewMessages;
  lang: Lang;
  /** The dataset's address: source pages are beside it. Without it, the page's file name. */
  dataUrl?: string;
}

/** The header (in the interface language) and one row per record, in the order given. */
export function recordsCsvRows(
  records: readonly CooperationRecord[],
  { dataset, t, lang, dataUrl }: CsvOptions,
): string[][] {
  const institutions = new Map(dataset.institutions.map((i) => [i.id, i]));
  const sources = new Map(dataset.sources.map((s) => [s.id, s]));
  const home = homeCountries(dataset);
  const header = [
    t.csvId,
    t.csvTitle,
    t.csvInstitution,
    t.csvKind,
    t.csvTime,
    t.csvCountries,
    t.csvDirection,
    t.csvCategory,
    t.csvCount,
    t.csvSummary,
    t.csvQuote,
    t.csvSource,
  ];
  const rows = records.map((r) => {
    const source = sources.get(r.source);
    const flow = r.kind === "flow" ? r.people : undefined;
    const count = flow?.count ?? r.quantity?.count;
    return [
      r.id,
      r.title[lang],
      institutions.get(r.institution)?.shortName[lang] ?? r.institution,
      recordKindName(r, t),
      csvTime(r.time, t),
      countriesText(r, home, t, lang, "; "),
      flow ? (flow.direction === "sent" ? t.tipSent : t.tipReceived) : "",
      flow
        ? categoryName(flow.category, t)
        : r.quantity
          ? r.quantity.of[lang]
          : "",
      count ? formatCount(count, lang) : "",
      r.summary[lang],
      r.quote,
      source
        ? dataUrl
          ? sourcePageUrl(source.file, dataUrl)
          : source.file
        : "",
    ];
  });
  return [header, ...rows];
}
