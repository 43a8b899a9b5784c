// Totals of people sent and received, with the count arithmetic of counts.ts: "160" and
// "more than 200" make "360+"; planned targets are summed apart, never added to what was done.
import type { FlowRecord } from "../../lib/data/aggregate.ts";
import { sumItems, type Total } from "../../lib/data/counts.ts";
import type { Direction } from "../../lib/data/schema.ts";
import type { Lang } from "../../lib/i18n/lang.ts";
import type { ViewMessages } from "../../lib/i18n/messages.ts";
import { achievedText } from "../../lib/i18n/people.ts";
import { isPlanned, type FlowNode } from "./sankey.ts";

export interface Sums {
  achieved: Total;
  planned: Total;
}

export function sumFlows(records: readonly FlowRecord[]): Sums {
  return sumItems(
    records.map((r) => ({ count: r.people.count, planned: isPlanned(r) })),
  );
}

/** People sent and received by the records given, each summed apart. */
export function flowTotals(
  records: readonly FlowRecord[],
): Record<Direction, Sums> {
  return {
    sent: sumFlows(records.filter((r) => r.people.direction === "sent")),
    received: sumFlows(
      records.filter((r) => r.people.direction === "received"),
    ),
  };
}

/** Each node's total, of the records the filters keep: "168+", "41; planned: up to 150", "". */
export function nodeTotals(
  nodes: readonly FlowNode[],
  byId: ReadonlyMap<string, FlowRecord>,
  kept: ReadonlySet<string>,
  lang: Lang,
  t: ViewMessages,
): Map<string, string> {
  return new Map(
    nodes.map((n) => {
      const sums = sumFlows(
        n.records.filter((id) => kept.has(id)).map((id) => byId.get(id)!),
      );
      return [n.id, achievedText(sums.achieved, sums.planned, t, lang)];
    }),
  );
}
