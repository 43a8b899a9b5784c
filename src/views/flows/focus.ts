// What the pointer and keyboard reach in the Sankey: its nodes, then its flows, in reading
// order, each with a key unique across the diagrams; and where a tooltip opens for one.
import type { DrawnPanel } from "./draw.ts";
import type { Panel } from "./panels.ts";

export interface Item {
  /** `<panel>|node|<id>` or `<panel>|link|<record>`. */
  key: string;
  panel: number;
  kind: "node" | "link";
  id: string;
}

export const itemOf = (
  panel: number,
  kind: Item["kind"],
  id: string,
): Item => ({ key: `${panel}|${kind}|${id}`, panel, kind, id });

/** The item a key names (an id may hold "|" itself). */
export function itemOfKey(key: string): Item {
  const [panel, kind] = key.split("|", 2);
  return itemOf(
    Number(panel),
    kind as Item["kind"],
    key.slice(`${panel}|${kind}|`.length),
  );
}

/** Nodes column by column, top to bottom, then flows; none that the filters emptied. */
export function focusItems(
  panels: readonly Panel[],
  drawn: readonly DrawnPanel[],
  kept: ReadonlySet<string>,
): Item[] {
  return panels.flatMap((p, panel) => [
    ...p.layout.nodes
      .filter((n) => !drawn[panel]!.nodes.get(n.id)!.empty)
      .sort((a, b) => a.column - b.column || a.label.y - b.label.y)
      .map((n) => itemOf(panel, "node", n.id)),
    ...[
      ...new Set(
        p.layout.links
          .filter((l) => l.parts.some((part) => kept.has(part.record)))
          .map((l) => l.record),
      ),
    ].map((id) => itemOf(panel, "link", id)),
  ]);
}

/** Where an item's tooltip opens, in % of its diagram: a node's middle, a flow's place segment. */
export function tipAnchor(
  item: Item,
  panels: readonly Panel[],
  drawn: readonly DrawnPanel[],
): { left: number; top: number } | null {
  const p = panels[item.panel];
  const d = drawn[item.panel];
  if (!p || !d) return null;
  let point: [number, number] | undefined;
  if (item.kind === "node") {
    const n = p.layout.nodes.find((n) => n.id === item.id);
    const dn = d.nodes.get(item.id);
    if (n && dn) point = [(n.x0 + n.x1) / 2, (dn.y0 + dn.y1) / 2];
  } else point = (d.links.get(`${item.id}:place`) ?? d.links.get(item.id))?.mid;
  if (!point) return null;
  return {
    left: (point[0] / p.layout.width) * 100,
    top: (point[1] / p.layout.height) * 100,
  };
}
