// d3-sankey on copies (it writes into what it is given): where each node and link stands when
// every flow of the choice is counted, places moved to where their names fit beside them.
import { sankey, type SankeyLink, type SankeyNode } from "d3-sankey";
import { dodge } from "./labels.ts";
import type { FlowGraph } from "./sankey.ts";

/** Room above the first node and below the last. */
export const TOP = 8;

export interface SlotOptions {
  nodeWidth: number;
  lineHeight: number;
  /** Drawn width, in px, of a link whose count has no lower bound above nought. */
  minLinkWidth: number;
}

type SNode = SankeyNode<{ id: string; column: number }, { key: string }>;
type SLink = SankeyLink<{ id: string; column: number }, { key: string }>;

/** d3-sankey on copies, twice: the second time with links of no lower bound at minLinkWidth. */
export function runSankey(
  graph: FlowGraph,
  index: ReadonlyMap<number, number>,
  height: number,
  o: SlotOptions,
  blocks: ReadonlyMap<string, number>,
) {
  const order = new Map(graph.nodes.map((n, i) => [n.id, i]));
  const run = (floor: number) => {
    const generator = sankey<{ id: string; column: number }, { key: string }>()
      .nodeId((n) => n.id)
      .nodeAlign((n) => index.get((n as { column: number }).column)!)
      .nodeSort((a, b) => order.get(a.id)! - order.get(b.id)!)
      .nodeWidth(o.nodeWidth)
      .nodePadding(Math.max(12, o.lineHeight * 2))
      // Only heights are d3-sankey's: the columns' x come from columns.ts.
      .extent([
        [0, TOP],
        [1, height - TOP],
      ]);
    const laid = generator({
      nodes: graph.nodes.map((n) => ({ id: n.id, column: n.column })),
      links: graph.links.map((l) => ({
        key: l.key,
        source: l.source,
        target: l.target,
        value: l.value > 0 ? l.value : floor,
      })),
    });
    return { generator, graph: laid };
  };
  const first = run(1).graph;
  const scaled = first.nodes.find((n) => n.value! > 0)!;
  const ky = (scaled.y1! - scaled.y0!) / scaled.value!;
  const { generator, graph: laid } = run(o.minLinkWidth / ky);
  const { nodes, links } = placeBeside(laid, blocks, height);
  generator.update({ nodes, links });
  const keys = (ls: SLink[]) => ls.map((l) => l.key);
  return {
    nodes: new Map(nodes.map((n: SNode) => [n.id, { y0: n.y0!, y1: n.y1! }])),
    links: new Map(
      links.map((l) => [l.key, { y0: l.y0!, y1: l.y1!, width: l.width! }]),
    ),
    outgoing: new Map(nodes.map((n) => [n.id, keys(n.sourceLinks!)])),
    incoming: new Map(nodes.map((n) => [n.id, keys(n.targetLinks!)])),
  };
}

/**
 * Moves the nodes of each place column (those in `blocks`) apart so that each has room for
 * its name beside it, in their order, then re-sorts the links at every node by where their
 * other ends now are. Works on d3-sankey's own copies.
 */
function placeBeside(
  graph: { nodes: SNode[]; links: SLink[] },
  blocks: ReadonlyMap<string, number>,
  height: number,
) {
  const columns = new Set(
    graph.nodes.filter((n) => blocks.has(n.id)).map((n) => n.column),
  );
  for (const layer of columns) {
    const column = graph.nodes
      .filter((n) => n.column === layer)
      .sort((a, b) => a.y0! - b.y0!);
    const room = column.map((n) =>
      Math.max(n.y1! - n.y0!, blocks.get(n.id) ?? 0),
    );
    const tops = dodge(
      column.map((n, i) => ({ y: (n.y0! + n.y1!) / 2, height: room[i]! })),
      TOP,
      height - TOP,
      6,
    );
    column.forEach((n, i) => {
      const h = n.y1! - n.y0!;
      n.y0 = tops[i]! + (room[i]! - h) / 2;
      n.y1 = n.y0 + h;
    });
  }
  for (const n of graph.nodes) {
    n.sourceLinks!.sort(
      (a, b) => (a.target as SNode).y0! - (b.target as SNode).y0!,
    );
    n.targetLinks!.sort(
      (a, b) => (a.source as SNode).y0! - (b.source as SNode).y0!,
    );
  }
  return graph;
}
