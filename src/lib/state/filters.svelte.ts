// The one state object: every filter and selection the views share, each mirrored in the URL
// (src/lib/state/url.ts). Components mutate its properties; everything else is derived from it.
import type { Category, Direction, Kind } from "../data/schema.ts";

export type Measure = "records" | "sent" | "received" | "people";
export const VIEWS = ["map", "timeline", "flows", "table"] as const;
export type ViewName = (typeof VIEWS)[number];

export interface Filters {
  /** One institution, or null for all. */
  inst: string | null;
  from: number | null;
  to: number | null;
  /** Record kinds shown; empty means all. */
  kinds: Kind[];
  /** People flows in one direction only; other kinds of record are kept. */
  dir: Direction | null;
  /** People flows of one category only; other kinds of record are kept. */
  category: Category | null;
  /** Text search over titles, summaries, partner organisations and places. */
  q: string;
  /** The selected country or region (ISO alpha-3), followed by every view. */
  country: string | null;
  /** The selected record (a milestone's card), followed by every view. */
  record: string | null;
  /** What the map's colours measure. */
  measure: Measure;
  /** Whether the map draws flow arcs. */
  arcs: boolean;
  /** Whether the flows show planned targets beside what was achieved. */
  planned: boolean;
  /** The view a link points at (scrolled to; shown alone when embedded). */
  view: ViewName | null;
}

export function defaultFilters(): Filters {
  return {
    inst: null,
    from: null,
    to: null,
    kinds: [],
    dir: null,
    category: null,
    q: "",
    country: null,
    record: null,
    measure: "records",
    arcs: true,
    planned: false,
    view: null,
  };
}

/**
 * The state object the app shares. Its fields are $state, read and written by property from any
 * component it is passed to. The object itself is a plain one that owns them, not a $state
 * proxy: a view writing `filters.country` uses the shared state as designed, where writing
 * into a proxy it was given without `bind:` would be mutating its parent's state (Svelte warns
 * of that in development: ownership_invalid_mutation). Spread, Object.assign and Object.keys
 * see the fields as on any object.
 */
export function createFilters(initial: Partial<Filters> = {}): Filters {
  const state: Record<string, unknown> = $state({
    ...defaultFilters(),
    ...initial,
  });
  const filters = {};
  for (const key in state) {
    Object.defineProperty(filters, key, {
      enumerable: true,
      get: () => state[key],
      set: (value) => {
        state[key] = value;
      },
    });
  }
  return filters as Filters;
}
