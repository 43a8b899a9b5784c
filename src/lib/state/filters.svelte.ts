// The one state object: every filter and selection the views share. Components mutate its
// properties; everything else is derived from it.
import type { Kind } from "../data/schema.ts";

export type Measure = "records" | "sent" | "received" | "people";

export interface Filters {
  /** One institution, or null for all. */
  inst: string | null;
  from: number | null;
  to: number | null;
  /** Record kinds shown; empty means all. */
  kinds: Kind[];
  /** The selected country or region (ISO alpha-3), followed by every view. */
  country: string | null;
  /** The selected record (a milestone's card), followed by every view. */
  record: string | null;
  /** What the map's colours measure. */
  measure: Measure;
  /** Whether the map draws flow arcs. */
  arcs: boolean;
}

export function defaultFilters(): Filters {
  return {
    inst: null,
    from: null,
    to: null,
    kinds: [],
    country: null,
    record: null,
    measure: "records",
    arcs: true,
  };
}

export function createFilters(initial: Partial<Filters> = {}): Filters {
  const filters = $state({ ...defaultFilters(), ...initial });
  return filters;
}
