// What the flows view says in words: node names, times, and the records behind a node or link
// for its tooltip. Data is text: everything here is rendered as text, never as HTML.
import type { FlowRecord } from "../../lib/data/aggregate.ts";
import { formatCount, formatNumber } from "../../lib/data/counts.ts";
import { countryName } from "../../lib/data/countries.ts";
import type { Dataset, PartialDate, Time } from "../../lib/data/schema.ts";
import { firstDay, precisionOf } from "../../lib/data/time.ts";
import { INTL_LOCALE, type Lang } from "../../lib/i18n/lang.ts";
import { fill, type ViewMessages } from "../../lib/i18n/messages.ts";
import { categoryName } from "../../lib/i18n/people.ts";
import type { FlowNode } from "./sankey.ts";

const listSeparator = (lang: Lang) => (lang === "zh" ? "、" : ", ");

/** Several countries, all named, or named with "and others": one place, never divided. */
export function placesText(
  codes: readonly string[],
  unnamed: boolean,
  lang: Lang,
  t: ViewMessages,
): string {
  const names = codes.map((c) => countryName(c, lang));
  if (unnamed)
    return fill(t.flowsOthers, { list: names.join(listSeparator(lang)) });
  return new Intl.ListFormat(INTL_LOCALE[lang], { type: "conjunction" }).format(
    names,
  );
}

/** The same, shortened for a narrow screen: the first country and how many more. */
export function shortPlacesText(
  codes: readonly string[],
  unnamed: boolean,
  lang: Lang,
  t: ViewMessages,
): string {
  if (codes.length <= 2) return placesText(codes, unnamed, lang, t);
  return fill(unnamed ? t.flowsMoreOthers : t.flowsMore, {
    first: countryName(codes[0]!, lang),
    n: formatNumber(codes.length - 1, lang),
    total: formatNumber(codes.length, lang),
  });
}

export function nodeName(
  node: FlowNode,
  dataset: Dataset,
  lang: Lang,
  t: ViewMessages,
  short = false,
): string {
  switch (node.kind) {
    case "country":
      return countryName(node.countries[0]!, lang);
    case "countries":
      return (short ? shortPlacesText : placesText)(
        node.countries,
        node.unnamed,
        lang,
        t,
      );
    case "unnamed":
      return t.flowsUnnamed;
    case "category":
      return categoryName(node.category!, t);
    case "institution": {
      const inst = dataset.institutions.find((i) => i.id === node.institution);
      return inst?.shortName[lang] ?? node.institution!;
    }
  }
}

const dateFormats = new Map<string, Intl.DateTimeFormat>();

function dateFormat(lang: Lang, date: PartialDate) {
  const precision = precisionOf(date);
  const key = `${lang}:${precision}`;
  let format = dateFormats.get(key);
  if (!format) {
    format = new Intl.DateTimeFormat(INTL_LOCALE[lang], {
      timeZone: "UTC",
      year: "numeric",
      ...(precision !== "year" ? { month: "long" as const } : {}),
      ...(precision === "day" ? { day: "numeric" as const } : {}),
    });
    dateFormats.set(key, format);
  }
  return format;
}

const asDate = (date: PartialDate) => new Date(`${firstDay(date)}T00:00:00Z`);

/** A partial date as precise as its source: "2018", "May 2018", "2018年5月". */
export function dateText(date: PartialDate, lang: Lang): string {
  return dateFormat(lang, date).format(asDate(date));
}

/** A record's time in words: a date, a period, "as of", or a planned target. */
export function timeText(time: Time, lang: Lang, t: ViewMessages): string {
  switch (time.type) {
    case "date":
      return dateText(time.date, lang);
    case "period":
      return precisionOf(time.start) === precisionOf(time.end)
        ? dateFormat(lang, time.start).formatRange(
            asDate(time.start),
            asDate(time.end),
          )
        : `${dateText(time.start, lang)}–${dateText(time.end, lang)}`;
    case "asOf":
      return fill(t.flowsAsOf, { date: dateText(time.date, lang) });
    case "target":
      return fill(t.flowsUntil, { date: dateText(time.until, lang) });
  }
}

export interface RecordLine {
  record: string;
  direction: FlowRecord["people"]["direction"];
  category: string;
  count: string;
  time: string;
  planned: boolean;
  institution: string;
  quote: string;
}

/** One record as the tooltip lists it: category, count with its qualifier, time, quote. */
export function recordLine(
  r: FlowRecord,
  dataset: Dataset,
  lang: Lang,
  t: ViewMessages,
): RecordLine {
  const inst = dataset.institutions.find((i) => i.id === r.institution);
  return {
    record: r.id,
    direction: r.people.direction,
    category: categoryName(r.people.category, t),
    count: formatCount(r.people.count, lang),
    time: timeText(r.time, lang, t),
    planned: r.time.type === "target",
    institution: inst?.shortName[lang] ?? r.institution,
    quote: r.quote,
  };
}
