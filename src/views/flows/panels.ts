// The Sankey diagrams a choice draws: one with both directions, or (on a narrow screen) one
// for each, each laid out once for all the years of the institution chosen.
import type { FlowRecord } from "../../lib/data/aggregate.ts";
import { formatCount } from "../../lib/data/counts.ts";
import type { CooperationRecord, Dataset } from "../../lib/data/schema.ts";
import type { Lang } from "../../lib/i18n/lang.ts";
import { fill, type ViewMessages } from "../../lib/i18n/messages.ts";
import { layoutPanel, type PanelLayout, type PanelOptions } from "./layout.ts";
import { flowGraph, isPlanned, type Show } from "./sankey.ts";
import { nodeName } from "./text.ts";

/** Narrower than this, both directions are drawn as two diagrams, one above the other. */
export const NARROW = 560;

export interface Panel {
  show: Show;
  layout: PanelLayout;
}

/** Type and spacing for a width: smaller on the smallest phones, so that names keep their words. */
export function panelOptions(width: number): PanelOptions {
  const narrow = width < NARROW;
  return {
    width,
    fontSize: width < 300 ? 10 : narrow ? 11 : 12,
    lineHeight: width < 300 ? 13 : narrow ? 14 : 15,
    nodeWidth: narrow ? 8 : 10,
    minLinkWidth: 1.5,
  };
}

/** Each flow's count as its label says it: "200+", "dozens", "planned: up to 150". */
export function linkTexts(
  flows: readonly FlowRecord[],
  lang: Lang,
  t: ViewMessages,
): Map<string, string> {
  return new Map(
    flows.map((r) => {
      const count = formatCount(r.people.count, lang);
      return [
        r.id,
        isPlanned(r) ? fill(t.tipPlanned, { total: count }) : count,
      ];
    }),
  );
}

export function flowPanels(
  choice: readonly CooperationRecord[],
  options: {
    dataset: Dataset;
    home: ReadonlySet<string>;
    show: Show;
    planned: boolean;
    width: number;
    texts: ReadonlyMap<string, string>;
    lang: Lang;
    t: ViewMessages;
  },
): Panel[] {
  const { dataset, home, show, planned, width, texts, lang, t } = options;
  const narrow = width < NARROW;
  const shows: Show[] =
    narrow && show === "both" ? ["received", "sent"] : [show];
  const institutions = dataset.institutions.map((i) => i.id);
  return shows.flatMap((s) => {
    const graph = flowGraph(choice, { home, show: s, planned, institutions });
    const names = new Map(
      graph.nodes.map((n) => [n.id, nodeName(n, dataset, lang, t, narrow)]),
    );
    const layout = layoutPanel(graph, names, texts, panelOptions(width));
    return layout ? [{ show: s, layout }] : [];
  });
}
