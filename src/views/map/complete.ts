// Institutions and arcs on the map. For the bundled dataset they are computed at build time
// (scripts/vite-basemap.ts); another dataset, or a replaced base map, completes them here, with
// d3-geo loaded on demand. This module imports projection.ts only dynamically: it is the one
// path through which browser code reaches d3-geo.
import type { Dataset } from "../../lib/data/schema.ts";
import type { BaseGeometry, Geometry } from "./geometry.ts";
import { placeDataset } from "./place.ts";

export { placeDataset };
export { missingPlaces } from "./needed.ts";

/**
 * Places the dataset with d3-geo, loaded now. Countries the geometry has no anchor for take
 * the default map's (small states from the 50m atlas among them), carried over to this map's
 * projection, so that a replaced base map or another centre still shows Singapore.
 */
export async function completeGeometry(
  geometry: BaseGeometry | Geometry,
  dataset: Dataset,
): Promise<Geometry> {
  const [drawing, { default: known }] = await Promise.all([
    import("./projection.ts"),
    import("virtual:atlas-anchors"),
  ]);
  const projection = drawing.makeProjection(geometry.projection);
  const from = drawing.makeProjection(known.projection);
  const anchors = { ...geometry.anchors };
  for (const code of Object.keys(known.anchors)) {
    if (anchors[code]) continue;
    const lonLat = from.invert?.(known.anchors[code]!);
    if (lonLat)
      anchors[code] = drawing.projectPoint(projection, [lonLat[0], lonLat[1]]);
  }
  // The sprite holds every country; the first view's geometry names only its dataset's.
  const shapes =
    geometry.source === "sprite"
      ? { ...known.shapes, ...geometry.shapes }
      : geometry.shapes;
  return placeDataset(
    { ...geometry, anchors, shapes },
    dataset,
    projection,
    drawing,
  );
}
