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
import { topN } from "../top-n.ts";
import type { FlowLimits } from "./limits.ts";

/** Which directions the view shows. */
export type Show = "both" | "sent" | "received";
export type Side = "recv" | "sent";
/**
 * `country`: one named country or region; `countries`: several the source does not split (or
 * names with "and others"), one node, never divided; `unnamed`: abroad, no country named;
 * `others`: the places past those the diagram has room for, together.
 */
export type NodeKind =
  "country" | "countries" | "unnamed" | "others" | "category" | "institution";

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
  /** What an "other" node holds: place node ids, or institution ids. */
  members?: string[];
  /** The records that pass through this node. */
  records: string[];
}

export interface FlowLink {
  /**
   * `<record>:place` (place ↔ category) or `<record>:inst` (category ↔ institution); a bundle's
   * key is its `record`.
   */
  key: string;
  /** The record, or for a bundle `bundle:<source>><target>` (`:planned` for targets). */
  record: string;
  /** The records it carries, each with its count's lower bound: one, or a bundle's. */
  parts: { record: string; value: number }[];
  /** Many records between the same two nodes, drawn as one link. */
  bundle: boolean;
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
  /** Links are bundles (of records between two nodes), not one per record. */
  bundled?: boolean;
}

export interface GraphOptions {
  /** The institutions' home countries: never a place people went to. */
  home: ReadonlySet<string>;
  show: Show;
  /** Include planned targets (left out by default). */
  planned: boolean;
  /** Institution ids in the order the dataset lists them. */
  institutions: readonly string[];
  /** How many places and institutions have room, and whether links are bundled (limits.ts). */
  limits?: FlowLimits;
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

type Place = Pick<FlowNode, "id" | "kind" | "countries" | "unnamed">;
// A record's place does not change while its dataset (and so its home countries) is loaded:
// worked out once, so that choosing an institution only regroups.
const places = new WeakMap<
  FlowRecord,
  { home: ReadonlySet<string>; place: Place }
>();

/** The place node a flow goes to or comes from: one country, several undivided, or unnamed. */
export function placeOf(r: FlowRecord, home: ReadonlySet<string>): Place {
  const cached = places.get(r);
  if (cached?.home === home) return cached.place;
  const place = findPlace(r, home);
  places.set(r, { home, place });
  return place;
}

function findPlace(r: FlowRecord, home: ReadonlySet<string>): Place {
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
  const flows = chosenFlows(records, options);
  const group = grouping(flows, options);
  const nodes = new Map<string, FlowNode>();
  const links: FlowLink[] = [];
  const bundles = new Map<string, FlowLink>();
  const node = (n: Omit<FlowNode, "records">, record: string) => {
    const found = nodes.get(n.id) ?? { ...n, records: [] };
    found.records.push(record);
    nodes.set(n.id, found);
    return n.id;
  };
  for (const r of flows) {
    const { direction, category, count } = r.people;
    const side = SIDE[direction];
    const sent = direction === "sent";
    const own = placeOf(r, home);
    const other = group.places.get(own.id);
    const place = node(
      {
        ...(other
          ? {
              id: other.id,
              kind: "others" as const,
              countries: other.countries,
              unnamed: other.unnamed,
              members: other.members,
            }
          : own),
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
    const merged = group.institutions.has(r.institution);
    const inst = node(
      {
        id: merged ? OTHER_INSTITUTIONS : `inst:${r.institution}`,
        kind: "institution",
        side: null,
        column: COLUMN.inst - shift,
        countries: [],
        unnamed: false,
        ...(merged
          ? { members: group.institutionList }
          : { institution: r.institution }),
      },
      r.id,
    );
    const value = lowerBound(count);
    const common = {
      record: r.id,
      parts: [{ record: r.id, value }],
      bundle: false,
      direction,
      count,
      value,
      vague: count.qualifier === "unknown" || count.qualifier === "unspecified",
      planned: isPlanned(r),
    };
    const [first, second] = sent ? [inst, cat] : [place, cat];
    const third = sent ? place : inst;
    const segments: Omit<FlowLink, keyof typeof common>[] = [
      {
        key: `${r.id}:${sent ? "inst" : "place"}`,
        segment: sent ? "inst" : "place",
        source: first,
        target: second,
      },
      {
        key: `${r.id}:${sent ? "place" : "inst"}`,
        segment: sent ? "place" : "inst",
        source: second,
        target: third,
      },
    ];
    if (!group.bundle) {
      for (const segment of segments) links.push({ ...common, ...segment });
      continue;
    }
    for (const segment of segments) {
      const key = `bundle:${segment.source}>${segment.target}${common.planned ? ":planned" : ""}`;
      const found = bundles.get(key);
      if (found) {
        found.parts.push({ record: r.id, value });
        found.value += value;
        found.vague = found.value === 0;
        continue;
      }
      const bundle: FlowLink = {
        ...common,
        ...segment,
        key,
        record: key,
        parts: [{ record: r.id, value }],
        bundle: true,
        vague: value === 0,
      };
      bundles.set(key, bundle);
      links.push(bundle);
    }
  }
  return {
    nodes: sortNodes([...nodes.values()], options),
    links,
    show,
    bundled: group.bundle,
  };
}

/** The node of the institutions without one of their own. */
export const OTHER_INSTITUTIONS = "inst:others";

interface OtherPlace {
  id: string;
  countries: string[];
  unnamed: boolean;
  members: string[];
}

/**
 * Which places and institutions go together, by the limits: on each side, the named places
 * with the most people (then the most flows) keep a node; the rest share `<side>:others`.
 * "Countries not named" is never put with named ones.
 */
function grouping(flows: readonly FlowRecord[], options: GraphOptions) {
  const places = new Map<string, OtherPlace>();
  const institutions = new Set<string>();
  const limits = options.limits;
  if (!limits)
    return { places, institutions, institutionList: [], bundle: false };
  for (const side of ["recv", "sent"] as const) {
    const stats = new Map<
      string,
      { id: string; people: number; flows: number; countries: string[] }
    >();
    let unnamed = false;
    for (const r of flows) {
      if (SIDE[r.people.direction] !== side) continue;
      const p = placeOf(r, options.home);
      if (p.kind === "unnamed") {
        unnamed = true;
        continue;
      }
      const s = stats.get(p.id) ?? {
        id: p.id,
        people: 0,
        flows: 0,
        countries: p.countries,
      };
      s.people += lowerBound(r.people.count);
      s.flows += 1;
      stats.set(p.id, s);
    }
    const named = [...stats.values()];
    const { rest } = topN(
      named,
      limits.places - (unnamed ? 1 : 0),
      (s) => s.people * 1e6 + s.flows,
    );
    if (rest.length === 0) continue;
    const other: OtherPlace = {
      id: `${side}:others`,
      countries: [...new Set(rest.flatMap((s) => s.countries))].sort(),
      unnamed: false,
      members: rest.map((s) => s.id),
    };
    for (const s of rest) places.set(s.id, other);
  }
  const perInst = new Map<string, number>();
  for (const r of flows)
    perInst.set(r.institution, (perInst.get(r.institution) ?? 0) + 1);
  const ids = options.institutions.filter((id) => perInst.has(id));
  const { rest } = topN(ids, limits.institutions, (id) => perInst.get(id)!);
  for (const id of rest) institutions.add(id);
  return { places, institutions, institutionList: rest, bundle: limits.bundle };
}

const KIND_ORDER: Record<NodeKind, number> = {
  country: 0,
  countries: 1,
  unnamed: 2,
  others: 3,
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
        ? n.institution === undefined
          ? options.institutions.length
          : options.institutions.indexOf(n.institution)
        : 0;
  return nodes.sort(
    (a, b) =>
      a.column - b.column ||
      KIND_ORDER[a.kind] - KIND_ORDER[b.kind] ||
      rank(a) - rank(b) ||
      a.id.localeCompare(b.id),
  );
}
