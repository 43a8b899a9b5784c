// Which geometry draws a dataset. The default (world-atlas, the bundled dataset's centre and
// places) is computed at build time and returned at once, so the first view needs no script
// to project anything. A replaced base map, another centre or another dataset's places are
// computed in the browser, with d3-geo and topojson-client loaded on demand.
import defaultGeometry from "virtual:atlas-geometry";
import worldAtlasUrl from "world-atlas/countries-110m.json?url";
import type { Refusal } from "../../lib/data/problems.ts";
import type { Dataset, MapSettings } from "../../lib/data/schema.ts";
import type { BaseGeometry, Geometry } from "./geometry.ts";
import { isBuilt } from "../../lib/data/built.ts";

/** A refusal is worded where it is shown, in the page's language (src/Atlas.svelte). */
export type GeometryResult = Geometry | { refusal: Refusal };

export { defaultGeometry };

/** Completes a geometry with a dataset's places; its code (and d3-geo) loads only then. */
const completeGeometry = (
  geometry: BaseGeometry | Geometry,
  dataset: Dataset,
) => import("./complete.ts").then((m) => m.completeGeometry(geometry, dataset));

export function resolveGeometry(
  dataset: Dataset,
  options: { basemap?: string; pageUrl: string; fetcher?: typeof fetch },
): GeometryResult | Promise<GeometryResult> {
  const centre = dataset.map?.centre ?? defaultGeometry.projection.centre;
  const custom: NonNullable<MapSettings["basemap"]> | undefined =
    options.basemap ? { url: options.basemap } : dataset.map?.basemap;
  if (!custom && centre === defaultGeometry.projection.centre) {
    // The bundled dataset was placed at build time; another one is checked, its code loaded then.
    if (isBuilt(dataset)) return defaultGeometry;
    return import("./needed.ts").then(({ missingPlaces }) =>
      missingPlaces(defaultGeometry, dataset)
        ? completeGeometry(defaultGeometry, dataset)
        : defaultGeometry,
    );
  }
  // Another centre re-projects world-atlas itself, shipped as a file that only this fetches.
  const settings = custom ?? {
    url: worldAtlasUrl,
    object: "countries",
    idProperty: "id",
  };
  return loadBaseMap(settings, centre, options).then(
    (loaded): GeometryResult | Promise<GeometryResult> => {
      if ("refusal" in loaded) return loaded;
      const geometry = custom
        ? loaded.geometry
        : { ...loaded.geometry, credit: defaultGeometry.credit };
      return completeGeometry(geometry, dataset);
    },
  );
}

/** topojson-client and d3-geo come with this module, only when a base map is projected here. */
async function loadBaseMap(
  settings: NonNullable<MapSettings["basemap"]>,
  centre: number,
  options: { pageUrl: string; fetcher?: typeof fetch },
) {
  const { loadCustomBaseMap } = await import("./custom-basemap.ts");
  return loadCustomBaseMap(settings, centre, options.pageUrl, options.fetcher);
}
