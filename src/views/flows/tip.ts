// What the tooltip of a node or link says: its name, its total with qualifiers, and the records
// behind it, each with category, count, time and the source's quote. Text only.
import { flowCountries, type FlowRecord } from "../../lib/data/aggregate.ts";
import type { Dataset } from "../../lib/data/schema.ts";
import type { Lang } from "../../lib/i18n/lang.ts";
import { fill, type ViewMessages } from "../../lib/i18n/messages.ts";
import { formatCount, formatNumber } from "../../lib/data/counts.ts";
import { countryName } from "../../lib/data/countries.ts";
import { achievedText } from "../../lib/i18n/people.ts";
import type { FlowLink, FlowNode } from "./sankey.ts";
import { nodeName, placesText, recordLine, type RecordLine } from "./text.ts";
import { sumFlows } from "./totals.ts";

export interface FlowTip {
  title: string;
  /** What an "other" node holds, by name; "" for any other. */
  contains?: string;
  /** The total of the records kept, with qualifiers and planned apart; "" when none. */
  total: string;
  records: (RecordLine & { place: string })[];
  /** Records kept but not listed. */
  more?: number;
}

/** Records a tooltip lists; past them it says how many more there are. */
export const TIP_RECORDS = 12;
/** Names an "other" node lists; past them it says how many more. */
export const TIP_NAMES = 24;

export interface TipContext {
  dataset: Dataset;
  home: ReadonlySet<string>;
  lang: Lang;
  t: ViewMessages;
}

function lineOf(r: FlowRecord, { dataset, home, lang, t }: TipContext) {
  const { codes } = flowCountries(r, home);
  // "From 11 countries or areas": the number the source gives, though it names none.
  const place =
    codes.length > 0
      ? placesText(codes, Boolean(r.unnamedCountries), lang, t)
      : r.countryCount
        ? fill(t.flowsCountryCount, {
            count: formatCount(r.countryCount, lang),
          })
        : t.flowsUnnamed;
  return { ...recordLine(r, dataset, lang, t), place };
}

/** The tooltip of a node: the records the filters keep that pass through it. */
export function nodeTip(
  node: FlowNode,
  byId: ReadonlyMap<string, FlowRecord>,
  kept: ReadonlySet<string>,
  context: TipContext,
): FlowTip {
  const { dataset, lang, t } = context;
  const records = node.records
    .filter((id) => kept.has(id))
    .map((id) => byId.get(id)!);
  const sums = sumFlows(records);
  return {
    title: nodeName(node, dataset, lang, t),
    contains: containsText(node, context),
    total: achievedText(sums.achieved, sums.planned, t, lang),
    records: records.slice(0, TIP_RECORDS).map((r) => lineOf(r, context)),
    more: Math.max(0, records.length - TIP_RECORDS),
  };
}

/** "Holds: Albania, Algeria, … and 180 more": the countries or institutions of an "other" node. */
export function containsText(node: FlowNode, context: TipContext): string {
  const { dataset, lang, t } = context;
  let names: string[];
  if (node.kind === "others")
    names = node.countries.map((c) => countryName(c, lang));
  else if (node.kind === "institution" && node.members)
    names = node.members.map(
      (id) =>
        dataset.institutions.find((i) => i.id === id)?.shortName[lang] ?? id,
    );
  else return "";
  const sep = lang === "zh" ? "、" : ", ";
  const list = names.slice(0, TIP_NAMES).join(sep);
  return fill(t.flowsContains, {
    list:
      names.length > TIP_NAMES
        ? fill(t.flowsListMore, {
            list,
            n: formatNumber(names.length - TIP_NAMES, lang),
            total: formatNumber(names.length, lang),
          })
        : list,
  });
}

/** The tooltip of a bundle: the records between two nodes that the filters keep. */
export function bundleTip(
  link: FlowLink,
  names: { from: string; to: string },
  byId: ReadonlyMap<string, FlowRecord>,
  kept: ReadonlySet<string>,
  context: TipContext,
  /** List the records (a tooltip), or give the sums alone (an accessible name). */
  list = true,
): FlowTip {
  const { lang, t } = context;
  const records = link.parts
    .filter((p) => kept.has(p.record))
    .map((p) => byId.get(p.record)!);
  const sums = sumFlows(records);
  return {
    title: fill(t.flowsBundle, names),
    total: [
      fill(t.flowsBundleFlows, { n: formatNumber(records.length, lang) }),
      achievedText(sums.achieved, sums.planned, t, lang),
    ]
      .filter(Boolean)
      .join(lang === "zh" ? "，" : ", "),
    records: list
      ? records.slice(0, TIP_RECORDS).map((r) => lineOf(r, context))
      : [],
    more: list ? Math.max(0, records.length - TIP_RECORDS) : 0,
  };
}

/** The tooltip of a link: its one record. */
export function linkTip(r: FlowRecord, context: TipContext): FlowTip {
  return {
    title: r.title[context.lang],
    total: "",
    records: [lineOf(r, context)],
  };
}

/** One sentence for an accessible name. */
export function tipText(tip: FlowTip, lang: Lang, t: ViewMessages): string {
  const [comma, colon, stop] =
    lang === "zh" ? ["，", "：", "。"] : [", ", ": ", ". "];
  const records = tip.records.map(
    (r) =>
      `${[r.institution, r.category, r.place].join(comma)}${colon}${[r.count, r.time].join(comma)}`,
  );
  const total = tip.total && `${t.flowsNodeTotal}${colon}${tip.total}`;
  const more = tip.more
    ? fill(t.flowsMoreRecords, { n: formatNumber(tip.more, lang) })
    : "";
  return [tip.title, tip.contains, total, ...records, more]
    .filter(Boolean)
    .join(stop);
}
