// What the flows view says in words: node names and the records behind a node or link
// for its tooltip. Data is text: everything here is rendered as text, never as HTML.
import type { FlowRecord } from "../../lib/data/aggregate.ts";
import { formatCount, formatNumber } from "../../lib/data/counts.ts";
import { countryName } from "../../lib/data/countries.ts";
import type { Dataset } from "../../lib/data/schema.ts";
import { formatTime } from "../../lib/i18n/dates.ts";
import { INTL_LOCALE, perLang, type Lang } from "../../lib/i18n/lang.ts";
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
  return listFormat(lang).format(names);
}

const listFormat = perLang(
  (lang) => new Intl.ListFormat(INTL_LOCALE[lang], { type: "conjunction" }),
);

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
    case "others":
      return fill(t.flowsOtherPlaces, {
        n: formatNumber(node.countries.length, lang),
      });
    case "category":
      return categoryName(node.category!, t);
    case "institution": {
      if (node.members)
        return fill(t.flowsOtherInstitutions, {
          n: formatNumber(node.members.length, lang),
        });
      const inst = dataset.institutions.find((i) => i.id === node.institution);
      return inst?.shortName[lang] ?? node.institution!;
    }
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
    time: formatTime(r.time, t, lang),
    planned: r.time.type === "target",
    institution: inst?.shortName[lang] ?? r.institution,
    quote: r.quote,
  };
}
