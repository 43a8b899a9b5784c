// The default base map, projected at build time: world-atlas countries as an SVG sprite at the
// start of <body>, and everything else the map needs for the bundled dataset (anchors,
// institutions, arcs) as the virtual module "virtual:atlas-geometry". The browser runs no d3-geo
// and fetches no topology for the first view.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import type { Topology } from "topojson-specification";
import type { Plugin } from "vite";
import type { Dataset } from "../src/lib/data/schema.ts";
import { placeDataset } from "../src/views/map/complete.ts";
import type { Geometry } from "../src/views/map/geometry.ts";
import * as drawing from "../src/views/map/projection.ts";
import { buildBaseMap } from "../src/views/map/sprite.ts";

export const VIRTUAL_GEOMETRY = "virtual:atlas-geometry";
const RESOLVED = `\0${VIRTUAL_GEOMETRY}`;
const DEFAULT_CENTRE = 150;

export interface DefaultMap {
  sprite: string;
  geometry: Geometry;
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
  const geometry = placeDataset(
    base,
    dataset,
    drawing.makeProjection(base.projection),
    drawing,
  );
  cached = { sprite, geometry };
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
      return id === VIRTUAL_GEOMETRY ? RESOLVED : undefined;
    },
    load(id) {
      if (id !== RESOLVED) return undefined;
      return `export default ${JSON.stringify(defaultMap(root).geometry)};\n`;
    },
    transformIndexHtml(html) {
      return html.replace(
        /<body[^>]*>/,
        (body) => `${body}\n    ${defaultMap(root).sprite}`,
      );
    },
  };
}
