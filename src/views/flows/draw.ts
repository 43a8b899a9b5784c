// What is drawn for the records the filters keep, in the places the whole choice laid out: a
// node holds only its kept links, centred in its place, and shrinks to nothing when it has
// none; so nodes keep their order and side whatever the years.
import { dodge } from "./labels.ts";
import type { PanelLayout, SlotLink } from "./layout.ts";
import { TOP } from "./slots.ts";

export interface DrawnNode {
  id: string;
  y0: number;
  y1: number;
  empty: boolean;
}

export interface DrawnLink {
  key: string;
  record: string;
  d: string;
  width: number;
  /**
   * A band filled between two curves, as wide as its count's lower bound; else (no lower
   * bound above nought) a thin line. A band never bulges past its ends, as a thick stroke does.
   */
  ribbon: boolean;
  empty: boolean;
  /** The middle of the link, where its tooltip opens. */
  mid: [number, number];
}

export interface LinkLabel {
  record: string;
  /** Beside the place the link leaves from or goes to. */
  x: number;
  /** Middle of the line. */
  y: number;
  anchor: "start" | "end";
}

export interface DrawnPanel {
  nodes: Map<string, DrawnNode>;
  links: Map<string, DrawnLink>;
  labels: LinkLabel[];
}

const r1 = (n: number) => Math.round(n * 10) / 10;

/** A link's middle line, level at both ends. */
export function linkPath(x0: number, y0: number, x1: number, y1: number) {
  const xm = r1((x0 + x1) / 2);
  return `M${r1(x0)},${r1(y0)}C${xm},${r1(y0)} ${xm},${r1(y1)} ${r1(x1)},${r1(y1)}`;
}

/** A band `width` tall at both ends around the middle line from (x0, y0) to (x1, y1). */
export function ribbonPath(
  x0: number,
  y0: number,
  x1: number,
  y1: number,
  width: number,
) {
  const h = width / 2;
  const xm = r1((x0 + x1) / 2);
  const [a, b, c, d] = [y0 - h, y1 - h, y1 + h, y0 + h].map(r1);
  return `M${r1(x0)},${a}C${xm},${a} ${xm},${b} ${r1(x1)},${b}L${r1(x1)},${c}C${xm},${c} ${xm},${d} ${r1(x0)},${d}Z`;
}

/** `present`: ids of the records the filters keep. */
export function drawPanel(
  layout: PanelLayout,
  present: ReadonlySet<string>,
): DrawnPanel {
  const byKey = new Map(layout.links.map((l) => [l.key, l]));
  // What of each link the filters keep: its record, or the records of a bundle.
  const keptValue = new Map<string, number | null>();
  for (const l of layout.links) {
    let value: number | null = null;
    for (const p of l.parts)
      if (present.has(p.record)) value = (value ?? 0) + p.value;
    keptValue.set(l.key, value);
  }
  const kept = (key: string) => keptValue.get(key) !== null;
  const starts = new Map<string, number>();
  const ends = new Map<string, number>();
  const nodes = new Map<string, DrawnNode>();
  const stack = (keys: string[], middle: number, into: Map<string, number>) => {
    // Drawn widths, not d3-sankey's: where no flow has a number, d3-sankey still fills the
    // height, and a node of unknown size must not stand as tall as the diagram.
    const widths = keys.map((k) =>
      drawnWidth(byKey.get(k)!, keptValue.get(k)!, layout),
    );
    let y = middle - widths.reduce((a, b) => a + b, 0) / 2;
    keys.forEach((k, i) => {
      into.set(k, y + widths[i]! / 2);
      y += widths[i]!;
    });
    return widths.reduce((a, b) => a + b, 0);
  };
  for (const n of layout.nodes) {
    const middle = (n.y0 + n.y1) / 2;
    const out = stack(layout.outgoing.get(n.id)!.filter(kept), middle, starts);
    const inn = stack(layout.incoming.get(n.id)!.filter(kept), middle, ends);
    const h = Math.max(out, inn);
    nodes.set(n.id, {
      id: n.id,
      y0: r1(middle - h / 2),
      y1: r1(middle + h / 2),
      empty: h === 0,
    });
  }
  const links = new Map<string, DrawnLink>();
  const places: (LinkLabel & { gap: number })[] = [];
  for (const l of layout.links) {
    const value = keptValue.get(l.key)!;
    const empty = value === null;
    // An emptied link folds into the middles of its nodes, at no width.
    const y0 = empty ? middleOf(nodes, l.source) : starts.get(l.key)!;
    const y1 = empty ? middleOf(nodes, l.target) : ends.get(l.key)!;
    const width = empty ? 0 : drawnWidth(l, value, layout);
    const ribbon = l.value > 0;
    links.set(l.key, {
      key: l.key,
      record: l.record,
      d: ribbon
        ? ribbonPath(l.x0, y0, l.x1, y1, width)
        : linkPath(l.x0, y0, l.x1, y1),
      width,
      ribbon,
      empty,
      mid: [r1((l.x0 + l.x1) / 2), r1((y0 + y1) / 2)],
    });
    // Received: the place is the link's source, on the left; sent: its target, on the right.
    const fromPlace = l.direction === "received";
    if (!empty && l.segment === "place" && layout.linkLabels)
      places.push({
        record: l.record,
        gap: l.x0,
        x: r1(fromPlace ? l.x0 + 3 : l.x1 - 3),
        y: fromPlace ? y0 : y1,
        anchor: fromPlace ? "start" : "end",
      });
  }
  return { nodes, links, labels: linkLabels(places, layout) };
}

function middleOf(nodes: ReadonlyMap<string, DrawnNode>, id: string) {
  const n = nodes.get(id)!;
  return (n.y0 + n.y1) / 2;
}

/**
 * A link with no lower bound is drawn thin, never at zero and never at an invented width; a
 * bundle as wide as the part of it the filters keep.
 */
function drawnWidth(l: SlotLink, kept: number | null, layout: PanelLayout) {
  const min = layout.options.minLinkWidth;
  if (!l.bundle) return r1(l.value > 0 ? Math.max(l.width, 1) : min);
  return r1(kept ? Math.max(kept * layout.ky, 1) : min);
}

/** One label per link beside its place, moved apart where links lie close. */
function linkLabels(
  places: (LinkLabel & { gap: number })[],
  layout: PanelLayout,
): LinkLabel[] {
  const lh = layout.options.lineHeight;
  const out: LinkLabel[] = [];
  for (const gap of new Set(places.map((p) => p.gap))) {
    const column = places
      .filter((p) => p.gap === gap)
      .sort((a, b) => a.y - b.y);
    const tops = dodge(
      column.map((p) => ({ y: p.y, height: lh })),
      TOP,
      layout.height - TOP,
      1,
    );
    column.forEach((p, i) =>
      out.push({
        record: p.record,
        x: p.x,
        y: r1(tops[i]! + lh / 2),
        anchor: p.anchor,
      }),
    );
  }
  return out;
}
