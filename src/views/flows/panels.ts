// The Sankey diagrams a choice draws: one with both directions, or (on a narrow screen) one
// for each, each laid out once for all the years of the institution chosen.
import type { FlowRecord } from "../../lib/data/aggregate.ts";
import { formatCount } from "../../lib/data/counts.ts";
import type { CooperationRecord, Dataset } from "../../lib/data/schema.ts";
import type { Lang } from "../../lib/i18n/lang.ts";
import { fill, type ViewMessages } from "../../lib/i18n/messages.ts";
import { layoutPanel, type PanelLayout, type PanelOptions } from "./layout.ts";
import { flowLimits, type FlowLimits } from "./limits.ts";
import {
  chosenFlows,
  flowGraph,
  isPlanned,
  placeOf,
  type Show,
} from "./sankey.ts";
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
    /** The height a diagram may take, px: past it, places and institutions are grouped. */
    height?: number;
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
    const limits = limitsOf(choice, {
      home,
      show: s,
      planned,
      height: options.height ?? Infinity,
      lineHeight: panelOptions(width).lineHeight,
    });
    const graph = flowGraph(choice, {
      home,
      show: s,
      planned,
      institutions,
      limits,
    });
    const names = new Map(
      graph.nodes.map((n) => [n.id, nodeName(n, dataset, lang, t, narrow)]),
    );
    const layout = layoutPanel(graph, names, texts, panelOptions(width));
    return layout ? [{ show: s, layout }] : [];
  });
}

/** What a diagram of these flows counts, against the room it has (limits.ts). */
export function limitsOf(
  choice: readonly CooperationRecord[],
  o: {
    home: ReadonlySet<string>;
    show: Show;
    planned: boolean;
    height: number;
    lineHeight: number;
  },
): FlowLimits {
  const flows = chosenFlows(choice, o);
  const places = { sent: new Set<string>(), received: new Set<string>() };
  const institutions = new Set<string>();
  for (const r of flows) {
    places[r.people.direction].add(placeOf(r, o.home).id);
    institutions.add(r.institution);
  }
  return flowLimits(
    {
      places: Math.max(places.sent.size, places.received.size),
      institutions: institutions.size,
      flows: flows.length,
    },
    { height: o.height, lineHeight: o.lineHeight },
  );
}
