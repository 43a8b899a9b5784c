// The default base map, projected at build time (scripts/vite-basemap.ts) into an SVG sprite:
// the browser draws it with <use> and runs no d3-geo for it.
import type { Feature, FeatureCollection } from "geojson";
import { feature } from "topojson-client";
import type { GeometryCollection, Topology } from "topojson-specification";
import { countryCodes } from "../../lib/data/countries.ts";
import { anyToAlpha3, numericCode } from "../../lib/data/country-numeric.ts";
import { LAND_ID, type BaseGeometry } from "./geometry.ts";
import {
  ANTARCTICA,
  DEFAULT_WIDTH,
  centroidOf,
  drawCountries,
  fitProjection,
  makeProjection,
  projectPoint,
  type LonLat,
} from "./projection.ts";

export const CREDIT =
  "Boundaries: Natural Earth via world-atlas; not an official boundary map.";

function countries(world: Topology): Feature[] {
  const object = world.objects["countries"] as GeometryCollection | undefined;
  if (!object) throw new Error("world-atlas topology has no “countries”");
  return (feature(world, object) as FeatureCollection).features;
}

const numericId = (f: Feature) => (f.id === undefined ? "" : String(f.id));

export function buildBaseMap(
  world110: Topology,
  world50: Topology,
  centre: number,
): { sprite: string; geometry: BaseGeometry } {
  const features = countries(world110).filter(
    (f) => numericId(f) !== ANTARCTICA,
  );
  const drawnCodes = new Set(
    features.filter((f) => f.geometry).map((f) => numericId(f)),
  );

  // Small states have no polygon at 110m: their anchor comes from the 50m file.
  const byNumeric50 = new Map<string, Feature[]>();
  for (const f of countries(world50)) {
    const id = numericId(f);
    byNumeric50.set(id, [...(byNumeric50.get(id) ?? []), f]);
  }
  const small = new Map<string, LonLat>();
  for (const alpha3 of countryCodes()) {
    const numeric = numericCode(alpha3) ?? "";
    if (drawnCodes.has(numeric) || numeric === ANTARCTICA) continue;
    const found = byNumeric50.get(numeric);
    const centroid = found && centroidOf(found.map((f) => f.geometry));
    if (centroid) small.set(alpha3, centroid);
  }

  // The frame holds every country and every small state (Cape Verde lies west of Africa).
  const { spec, height } = fitProjection(centre, {
    type: "FeatureCollection",
    features: [
      ...features,
      {
        type: "Feature",
        properties: {},
        geometry: { type: "MultiPoint", coordinates: [...small.values()] },
      },
    ],
  });
  const projection = makeProjection(spec);
  const drawn = drawCountries(projection, features, (f) =>
    anyToAlpha3(numericId(f)),
  );
  const anchors = { ...drawn.anchors };
  for (const [alpha3, centroid] of small) {
    if (!anchors[alpha3]) anchors[alpha3] = projectPoint(projection, centroid);
  }

  const paths = drawn.paths
    .map(
      ([id, d]) =>
        `<path id="${id}" d="${d}" vector-effect="non-scaling-stroke"/>`,
    )
    .join("");
  const sprite =
    `<svg xmlns="http://www.w3.org/2000/svg" width="0" height="0" aria-hidden="true" focusable="false" class="atlas-sprite">` +
    `<defs><g id="${LAND_ID}">${paths}</g></defs></svg>`;

  return {
    sprite,
    geometry: {
      width: DEFAULT_WIDTH,
      height,
      projection: spec,
      source: "sprite",
      landId: LAND_ID,
      shapes: drawn.shapes,
      anchors,
      credit: CREDIT,
    },
  };
}
