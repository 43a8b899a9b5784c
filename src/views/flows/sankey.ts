// From flow records to the graph the Sankey draws: received on the left (places → category →
// institution), sent on the right (institution → category → places), so that the institution
// stands in the middle. Plain data in, plain data out; layout.ts gives it positions.
import { flowCountries, type FlowRecord } from "../../lib/data/aggregate.ts";
import { lowerBound } from "../../lib/data/counts.ts";
import type {
  Category,
  CooperationRecord,
  Count,
  Direction,
} from "../../lib/data/schema.ts";
import { CATEGORY_ORDER } from "../../lib/i18n/people.ts";

/** Which directions the view shows. */
export type Show = "both" | "sent" | "received";
export type Side = "recv" | "sent";
/**
 * `country`: one named country or region; `countries`: several the source does not split (or
 * names with "and others"), one node, never divided; `unnamed`: abroad, no country named.
 */
export type NodeKind =
  "country" | "countries" | "unnamed" | "category" | "institution";

export interface FlowNode {
  /** Stable and prefixed by side, so that a country on both sides is no cycle: `recv:ZMB`. */
  id: string;
  kind: NodeKind;
  side: Side | null;
  /** 0…4 with both directions (received places, received categories, institutions, …). */
  column: number;
  /** The countries a place node names, in the source's order. */
  countries: string[];
  /** The source says there are other countries it does not name. */
  unnamed: boolean;
  category?: Category;
  institution?: string;
  /** The records that pass through this node. */
  records: string[];
}

export interface FlowLink {
  /** `<record>:place` (place ↔ category) or `<record>:inst` (category ↔ institution). */
  key: string;
  record: string;
  segment: "place" | "inst";
  source: string;
  target: string;
  direction: Direction;
  count: Count;
  /** The count's lower bound: what the width follows. */
  value: number;
  /** No number at all (unknown, or a word such as "dozens"): drawn thin and dashed. */
  vague: boolean;
  /** A target, not an achievement. */
  planned: boolean;
}

export interface FlowGraph {
  nodes: FlowNode[];
  links: FlowLink[];
  show: Show;
}

export interface GraphOptions {
  /** The institutions' home countries: never a place people went to. */
  home: ReadonlySet<string>;
  show: Show;
  /** Include planned targets (left out by default). */
  planned: boolean;
  /** Institution ids in the order the dataset lists them. */
  institutions: readonly string[];
}

export const isFlow = (r: CooperationRecord): r is FlowRecord =>
  r.kind === "flow";

export const isPlanned = (r: FlowRecord): boolean => r.time.type === "target";

/** The flows a choice shows: of the directions chosen, planned targets only when asked. */
export function chosenFlows(
  records: readonly CooperationRecord[],
  { show, planned }: Pick<GraphOptions, "show" | "planned">,
): FlowRecord[] {
  return records.filter(
    (r): r is FlowRecord =>
      isFlow(r) &&
      (planned || !isPlanned(r)) &&
      (show === "both" || show === r.people.direction),
  );
}

const SIDE: Record<Direction, Side> = { sent: "sent", received: "recv" };

/** The place node a flow goes to or comes from: one country, several undivided, or unnamed. */
export function placeOf(
  r: FlowRecord,
  home: ReadonlySet<string>,
): Pick<FlowNode, "id" | "kind" | "countries" | "unnamed"> {
  const side = SIDE[r.people.direction];
  const { codes } = flowCountries(r, home);
  const unnamed = Boolean(r.unnamedCountries);
  if (codes.length === 0)
    return { id: `${side}:unnamed`, kind: "unnamed", countries: [], unnamed };
  if (codes.length === 1 && !unnamed)
    return {
      id: `${side}:${codes[0]}`,
      kind: "country",
      countries: codes,
      unnamed,
    };
  // One id for one set of countries, whatever order a source names them in.
  const key = [...codes].sort().join("+") + (unnamed ? "+others" : "");
  return { id: `${side}:${key}`, kind: "countries", countries: codes, unnamed };
}

/** Where each kind of node stands, with both directions shown. */
const COLUMN = { recvPlace: 0, recvCat: 1, inst: 2, sentCat: 3, sentPlace: 4 };

export function flowGraph(
  records: readonly CooperationRecord[],
  options: GraphOptions,
): FlowGraph {
  const { home, show } = options;
  // With sent alone, the institution is the first column.
  const shift = show === "sent" ? COLUMN.inst : 0;
  const nodes = new Map<string, FlowNode>();
  const links: FlowLink[] = [];
  const node = (n: Omit<FlowNode, "records">, record: string) => {
    const found = nodes.get(n.id) ?? { ...n, records: [] };
    found.records.push(record);
    nodes.set(n.id, found);
    return n.id;
  };
  for (const r of chosenFlows(records, options)) {
    const { direction, category, count } = r.people;
    const side = SIDE[direction];
    const sent = direction === "sent";
    const place = node(
      {
        ...placeOf(r, home),
        side,
        column: (sent ? COLUMN.sentPlace : COLUMN.recvPlace) - shift,
      },
      r.id,
    );
    const cat = node(
      {
        id: `cat-${side}:${category}`,
        kind: "category",
        side,
        column: (sent ? COLUMN.sentCat : COLUMN.recvCat) - shift,
        countries: [],
        unnamed: false,
        category,
      },
      r.id,
    );
    const inst = node(
      {
        id: `inst:${r.institution}`,
        kind: "institution",
        side: null,
        column: COLUMN.inst - shift,
        countries: [],
        unnamed: false,
        institution: r.institution,
      },
      r.id,
    );
    const common = {
      record: r.id,
      direction,
      count,
      value: lowerBound(count),
      vague: count.qualifier === "unknown" || count.qualifier === "unspecified",
      planned: isPlanned(r),
    };
    const [first, second] = sent ? [inst, cat] : [place, cat];
    const third = sent ? place : inst;
    links.push(
      {
        ...common,
        key: `${r.id}:${sent ? "inst" : "place"}`,
        segment: sent ? "inst" : "place",
        source: first,
        target: second,
      },
      {
        ...common,
        key: `${r.id}:${sent ? "place" : "inst"}`,
        segment: sent ? "place" : "inst",
        source: second,
        target: third,
      },
    );
  }
  return { nodes: sortNodes([...nodes.values()], options), links, show };
}

const KIND_ORDER: Record<NodeKind, number> = {
  country: 0,
  countries: 1,
  unnamed: 2,
  category: 0,
  institution: 0,
};

/**
 * A fixed order in each column, the same whatever the years: named countries by code, then the
 * undivided groups, then "not named"; categories and institutions in the dataset's order.
 */
function sortNodes(nodes: FlowNode[], options: GraphOptions): FlowNode[] {
  const rank = (n: FlowNode) =>
    n.kind === "category"
      ? CATEGORY_ORDER.indexOf(n.category!)
      : n.kind === "institution"
        ? options.institutions.indexOf(n.institution!)
        : 0;
  return nodes.sort(
    (a, b) =>
      a.column - b.column ||
      KIND_ORDER[a.kind] - KIND_ORDER[b.kind] ||
      rank(a) - rank(b) ||
      a.id.localeCompare(b.id),
  );
}
