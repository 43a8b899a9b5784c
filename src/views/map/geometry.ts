// What the map needs to draw, in screen units of a fixed frame (a viewBox scales it, so a
// resize costs nothing). For the default base map all of it is computed at build time, so the
// browser runs no d3-geo for the first view; another dataset or base map completes it on
// demand (see complete.ts).

/** Equal Earth, rotated so that `centre` (degrees east) is the middle of the map. */
export interface ProjectionSpec {
  centre: number;
  scale: number;
  translate: [number, number];
}

export interface Geometry {
  width: number;
  height: number;
  projection: ProjectionSpec;
  /**
   * Where the shapes come from: "sprite" means `<symbol>`/`<path>` elements with these ids
   * are already in the page (index.html, injected at build), drawn with `<use href="#id">`;
   * "inline" means `paths` holds the path strings (a replaced base map, projected in the browser).
   */
  source: "sprite" | "inline";
  /**
   * For "sprite": the sprite file's address, relative to the page, when the shapes are in a
   * file of their own (the production build); absent when they are in the page itself (dev).
   */
  sprite?: string;
  /** The id of the element that draws every country (the whole land layer). */
  landId: string;
  /** ISO alpha-3 → id of that country's shape, for countries that have a polygon. */
  shapes: Record<string, string>;
  /** Inline shapes, only when source is "inline": id → path string. */
  paths?: Record<string, string>;
  /** ISO alpha-3 → [x, y]: where a country's marker or arc end goes (largest polygon's centroid, or the point of a small state). */
  anchors: Record<string, [number, number]>;
  /** Countries of the bundled dataset that the default map has no place for (listed, not drawn). */
  unplaced?: string[];
  /** Institution id → [x, y] of its city. */
  institutions: Record<string, [number, number]>;
  /** `${institutionId}>${alpha3}` → path string of the great-circle arc between them. */
  arcs: Record<string, string>;
  /** Credits line for the boundary data. */
  credit: string;
}

/** A base map before a dataset is placed on it. */
export type BaseGeometry = Omit<Geometry, "institutions" | "arcs">;

/** The id of the element that draws every country, in the sprite and in inline base maps. */
export const LAND_ID = "atlas-land";

export const arcKey = (institution: string, country: string) =>
  `${institution}>${country}`;
