// How much the Sankey can show at this size: how many places a side and how many institutions
// keep a node of their own, and whether each record keeps a link of its own or the records
// between two nodes are drawn as one. Pure: counts and space in, limits out.

/** Height, px, a node needs in its column with its name and total (layout.ts gives it as much). */
export const NODE_ROOM = 44;
/** Height, px, a year row of the years chart takes (label of two lines). */
export const YEAR_ROW = 34;

export interface FlowSpace {
  /** Height the diagram may take, px. */
  height: number;
  /** One line of labels, px: a link labelled beside its place needs at least one. */
  lineHeight: number;
}

export interface FlowCounts {
  /** Place nodes of the fuller side. */
  places: number;
  institutions: number;
  /** Flows (records) drawn. */
  flows: number;
}

export interface FlowLimits {
  /** Place nodes a side may have, "other countries" included. */
  places: number;
  institutions: number;
  /** Draw one link per pair of nodes, not one per record. */
  bundle: boolean;
}

/** Nodes a column has room for. */
export function columnRoom(space: FlowSpace): number {
  return Math.max(4, Math.floor((space.height - 60) / NODE_ROOM));
}

export function flowLimits(counts: FlowCounts, space: FlowSpace): FlowLimits {
  const room = columnRoom(space);
  const grouped = counts.places > room || counts.institutions > room;
  // A link of its own needs a line beside its place for its label.
  const links = Math.floor(space.height / space.lineHeight);
  return {
    places: room,
    institutions: room,
    bundle: grouped || counts.flows > links,
  };
}

/** Whether the years chart gives each flow a row, or counts the flows per year. */
export function yearRowsFit(rows: number, height: number): boolean {
  return rows <= Math.max(12, Math.floor(height / YEAR_ROW));
}
