// What the tooltip of a node or link says: its name, its total with qualifiers, and the records
// behind it, each with category, count, time and the source's quote. Text only.
import { flowCountries, type FlowRecord } from "../../lib/data/aggregate.ts";
import type { Dataset } from "../../lib/data/schema.ts";
import type { Lang } from "../../lib/i18n/lang.ts";
import { fill, type ViewMessages } from "../../lib/i18n/messages.ts";
import { formatCount } from "../../lib/data/counts.ts";
import { achievedText } from "../../lib/i18n/people.ts";
import type { FlowNode } from "./sankey.ts";
import { nodeName, placesText, recordLine, type RecordLine } from "./text.ts";
import { sumFlows } from "./totals.ts";

export interface FlowTip {
  title: string;
  /** The total of the records kept, with qualifiers and planned apart; "" when none. */
  total: string;
  records: (RecordLine & { place: string })[];
}

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
    total: achievedText(sums.achieved, sums.planned, t, lang),
    records: records.map((r) => lineOf(r, context)),
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
  return [tip.title, total, ...records].filter(Boolean).join(stop);
}
