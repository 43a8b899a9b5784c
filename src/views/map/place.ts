// Places a dataset on a base map: institutions' cities and flow arcs. Pure; the projection
// and drawing functions are passed in, so that browser code reaches d3-geo only on demand.
import type { GeoProjection } from "d3-geo";
import type { Dataset } from "../../lib/data/schema.ts";
import { arcKey, type BaseGeometry, type Geometry } from "./geometry.ts";
import { neededArcs } from "./needed.ts";
import type * as ProjectionModule from "./projection.ts";

/** The drawing functions of projection.ts, passed in so that this module does not import d3-geo. */
export type Drawing = Pick<typeof ProjectionModule, "projectPoint" | "arcPath">;

/**
 * Places a dataset on a base map: every institution's city, and for every flow record an arc
 * from the institution to each of its countries (but its own) that has an anchor.
 */
export function placeDataset(
  base: BaseGeometry | Geometry,
  dataset: Dataset,
  projection: GeoProjection,
  drawing: Drawing,
): Geometry {
  const institutions: Geometry["institutions"] = {};
  for (const institution of dataset.institutions) {
    institutions[institution.id] = drawing.projectPoint(
      projection,
      institution.coordinates,
    );
  }
  const arcs: Geometry["arcs"] = {};
  for (const { institution, country } of neededArcs(dataset, base.anchors)) {
    const key = arcKey(institution.id, country);
    if (arcs[key] !== undefined) continue;
    const anchor = base.anchors[country] as [number, number];
    const end = projection.invert?.(anchor);
    if (!end) continue;
    arcs[key] = drawing.arcPath(
      projection,
      institution.coordinates,
      [end[0], end[1]],
      base.width,
    );
  }
  return { ...base, institutions, arcs };
}
