// The default base map, projected at build time: world-atlas countries as an SVG sprite at the
// start of <body>, and everything else the map needs for the bundled dataset (anchors,
// institutions, arcs) as the virtual module "virtual:atlas-geometry". The browser runs no d3-geo
// and fetches no topology for the first view.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import type { Topology } from "topojson-specification";
import type { Plugin } from "vite";
import type { Dataset } from "../src/lib/data/schema.ts";
import { placeDataset } from "../src/views/map/place.ts";
import type { Geometry } from "../src/views/map/geometry.ts";
import * as drawing from "../src/views/map/projection.ts";
import { buildBaseMap } from "../src/views/map/sprite.ts";

export const VIRTUAL_GEOMETRY = "virtual:atlas-geometry";
const RESOLVED = `\0${VIRTUAL_GEOMETRY}`;
/** Every country's anchor on the default map: loaded only to place another dataset. */
export const VIRTUAL_ANCHORS = "virtual:atlas-anchors";
const RESOLVED_ANCHORS = `\0${VIRTUAL_ANCHORS}`;
const DEFAULT_CENTRE = 150;

export interface DefaultMap {
  sprite: string;
  /** For the bundled dataset: anchors of the countries it names only (the first view's bytes). */
  geometry: Geometry;
  /** Every country's anchor and shape on the default map. */
  anchors: Geometry["anchors"];
  shapes: Geometry["shapes"];
}

/** The countries a dataset names: records, partners and the institutions' own. */
export function datasetCodes(dataset: Dataset): Set<string> {
  return new Set([
    ...dataset.institutions.map((i) => i.country),
    ...dataset.records.flatMap((r) => [
      ...r.countries,
      ...r.partners.map((p) => p.country),
    ]),
  ]);
}

let cached: DefaultMap | undefined;

/** The default map for the bundled dataset; computed once per process. */
export function defaultMap(root: string): DefaultMap {
  if (cached) return cached;
  const json = (path: string): unknown =>
    JSON.parse(readFileSync(join(root, path), "utf8"));
  const world110 = json("node_modules/world-atlas/countries-110m.json");
  const world50 = json("node_modules/world-atlas/countries-50m.json");
  const dataset = json("data/cooperation.json") as Dataset;
  const centre = dataset.map?.centre ?? DEFAULT_CENTRE;
  const { sprite, geometry: base } = buildBaseMap(
    world110 as Topology,
    world50 as Topology,
    centre,
  );
  const placed = placeDataset(
    base,
    dataset,
    drawing.makeProjection(base.projection),
    drawing,
  );
  const codes = datasetCodes(dataset);
  const only = <T>(table: Record<string, T>) =>
    Object.fromEntries(
      Object.entries(table).filter(([code]) => codes.has(code)),
    );
  cached = {
    sprite,
    geometry: {
      ...placed,
      anchors: only(base.anchors),
      shapes: only(base.shapes),
    },
    anchors: base.anchors,
    shapes: base.shapes,
  };
  return cached;
}

export function atlasBaseMap(): Plugin {
  let root = process.cwd();
  return {
    name: "atlas-base-map",
    configResolved(config) {
      root = config.root;
    },
    resolveId(id) {
      if (id === VIRTUAL_GEOMETRY) return RESOLVED;
      return id === VIRTUAL_ANCHORS ? RESOLVED_ANCHORS : undefined;
    },
    load(id) {
      const map =
        id === RESOLVED || id === RESOLVED_ANCHORS
          ? defaultMap(root)
          : undefined;
      if (!map) return undefined;
      const value =
        id === RESOLVED
          ? map.geometry
          : {
              projection: map.geometry.projection,
              anchors: map.anchors,
              shapes: map.shapes,
            };
      return `export default ${JSON.stringify(value)};\n`;
    },
    transformIndexHtml(html) {
      return html.replace(
        /<body[^>]*>/,
        (body) => `${body}\n    ${defaultMap(root).sprite}`,
      );
    },
  };
}
