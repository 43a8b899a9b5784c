// Positions for the Sankey. d3-sankey lays out every flow of the current choice once (on
// copies: it writes into what it is given); the years and other filters then only shrink what
// is drawn in those places (drawPanel), so stepping through the years shows change, not a new
// chart each time.
import type { FlowGraph, FlowLink, FlowNode, NodeKind } from "./sankey.ts";
import { columnsOf, type Role } from "./columns.ts";
import { textWidth } from "../text-width.ts";
import { dodge, longestWord, wrapText } from "./labels.ts";
import { runSankey, TOP } from "./slots.ts";

export interface PanelOptions {
  width: number;
  fontSize: number;
  lineHeight: number;
  nodeWidth: number;
  /** Drawn width, in px, of a link whose count has no lower bound above zero. */
  minLinkWidth: number;
}

export interface Label {
  /** x of the anchor; y of the first line's middle. */
  x: number;
  y: number;
  anchor: "start" | "middle" | "end";
  lines: string[];
}

export interface SlotNode extends FlowNode {
  x0: number;
  x1: number;
  /** The node's place when every flow of the choice is counted. */
  y0: number;
  y1: number;
  label: Label;
}

export interface SlotLink extends FlowLink {
  x0: number;
  x1: number;
  y0: number;
  y1: number;
  width: number;
}

export interface PanelLayout {
  width: number;
  height: number;
  options: PanelOptions;
  nodes: SlotNode[];
  links: SlotLink[];
  /** Per node, its outgoing and incoming links' keys, top to bottom. */
  outgoing: Map<string, string[]>;
  incoming: Map<string, string[]>;
  /** Link labels are drawn when the gaps beside the places have room for them. */
  linkLabels: boolean;
  /** Drawn px per person (d3-sankey's scale), for the part of a bundle the filters keep. */
  ky: number;
}

const ROLE: Record<NodeKind, Role> = {
  country: "place",
  countries: "place",
  unnamed: "place",
  others: "place",
  category: "category",
  institution: "hub",
};

export function layoutPanel(
  graph: FlowGraph,
  names: ReadonlyMap<string, string>,
  linkTexts: ReadonlyMap<string, string>,
  options: PanelOptions,
): PanelLayout | null {
  if (graph.links.length === 0) return null;
  const o = options;
  const present = [...new Set(graph.nodes.map((n) => n.column))].sort();
  const index = new Map(present.map((c, i) => [c, i]));
  const roles = present.map(
    (c) => ROLE[graph.nodes.find((n) => n.column === c)!.kind],
  );
  const name = (n: FlowNode) => names.get(n.id) ?? n.id;
  const widest = (role: Role, measure: (text: string) => number) =>
    Math.max(
      0,
      ...graph.nodes
        .filter((n) => ROLE[n.kind] === role)
        .map((n) => measure(name(n))),
    );
  const word = (text: string) => longestWord(text, o.fontSize);
  // Bundles carry no label: the totals under the places' names say what they add up to.
  let linkWidth = 0;
  if (!graph.bundled)
    for (const text of linkTexts.values())
      linkWidth = Math.max(linkWidth, textWidth(text, o.fontSize * 0.9));
  const { xs, gaps } = columnsOf(
    roles,
    {
      word: {
        place: widest("place", word),
        category: widest("category", word),
        hub: widest("hub", word),
      },
      hubName: widest("hub", (text) => textWidth(text, o.fontSize)),
      link: linkWidth,
    },
    o.width,
    o.nodeWidth,
  );

  // Labels first: their lines decide how tall the chart must be for all of them to fit.
  const placement = (n: FlowNode) => {
    const i = index.get(n.column)!;
    const [x0, x1] = xs[i]!;
    const role = roles[i]!;
    if (role === "hub")
      return { x: (x0 + x1) / 2, anchor: "middle" as const, max: x1 - x0 - 6 };
    if (role === "place")
      return i === 0
        ? { x: x0 - 6, anchor: "end" as const, max: x0 - 8 }
        : { x: x1 + 6, anchor: "start" as const, max: o.width - x1 - 8 };
    // A category's label faces the institutions, away from the link labels.
    const hub = roles.indexOf("hub");
    return hub > i
      ? { x: x1 + 4, anchor: "start" as const, max: gaps[i]! - 8 }
      : { x: x0 - 4, anchor: "end" as const, max: gaps[i - 1]! - 8 };
  };
  const lines = new Map(
    graph.nodes.map((n) => [
      n.id,
      wrapText(name(n), placement(n).max, o.fontSize, 8),
    ]),
  );
  // Under a place's or category's name, a line for its total (written by the view).
  const blockOf = (n: FlowNode) =>
    (lines.get(n.id)!.length + (n.kind === "institution" ? 0 : 1)) *
    o.lineHeight;
  const columnNeed = present.map((c) =>
    graph.nodes
      .filter((n) => n.column === c)
      .reduce((h, n) => h + blockOf(n) + 6, 0),
  );
  const most = Math.max(
    ...present.map((c) => graph.nodes.filter((n) => n.column === c).length),
  );
  const height = Math.max(
    260,
    o.width * 0.6,
    60 + most * 44,
    ...columnNeed.map((h) => h + 2 * TOP),
  );

  // Places stand at the edges: each is moved to where its name fits beside it.
  const placeBlocks = new Map(
    graph.nodes
      .filter((n) => ROLE[n.kind] === "place")
      .map((n) => [n.id, blockOf(n)]),
  );
  const slots = runSankey(graph, index, height, o, placeBlocks);
  const nodes: SlotNode[] = graph.nodes.map((n) => {
    const s = slots.nodes.get(n.id)!;
    const [x0, x1] = xs[index.get(n.column)!]!;
    const p = placement(n);
    return {
      ...n,
      x0,
      x1,
      y0: s.y0,
      y1: s.y1,
      label: { x: p.x, y: 0, anchor: p.anchor, lines: lines.get(n.id)! },
    };
  });
  let bottom = height;
  for (const c of present) {
    const column = nodes.filter((n) => n.column === c);
    const tops = dodge(
      column.map((n) => ({
        y: labelMiddle(n, blockOf(n)),
        height: blockOf(n),
      })),
      TOP,
      height - TOP,
      4,
    );
    column.forEach((n, i) => {
      n.label.y = tops[i]! + o.lineHeight / 2;
      bottom = Math.max(bottom, tops[i]! + blockOf(n) + TOP, n.y1 + TOP);
    });
  }
  const byId = new Map(nodes.map((n) => [n.id, n]));
  const links: SlotLink[] = graph.links.map((l) => {
    const s = slots.links.get(l.key)!;
    return {
      ...l,
      x0: byId.get(l.source)!.x1,
      x1: byId.get(l.target)!.x0,
      y0: s.y0,
      y1: s.y1,
      width: s.width,
    };
  });
  const placeGaps = gaps.filter(
    (_, i) => roles[i] === "place" || roles[i + 1] === "place",
  );
  return {
    width: o.width,
    height: Math.ceil(bottom),
    options: o,
    nodes,
    links,
    outgoing: slots.outgoing,
    incoming: slots.incoming,
    linkLabels: !graph.bundled && Math.min(...placeGaps) >= linkWidth + 8,
    ky: scaleOf(links),
  };
}

/** Drawn px per unit of value, from any link that has a value. */
function scaleOf(links: readonly SlotLink[]): number {
  const scaled = links.find((l) => l.value > 0);
  return scaled ? scaled.width / scaled.value : 0;
}

/** A label's wanted middle: beside its node; a hub's inside it, or above or below when it is too thin. */
function labelMiddle(n: SlotNode, block: number): number {
  const middle = (n.y0 + n.y1) / 2;
  if (n.kind !== "institution" || n.y1 - n.y0 >= block + 4) return middle;
  return n.y0 - block - 3 >= TOP ? n.y0 - 3 - block / 2 : n.y1 + 3 + block / 2;
}
