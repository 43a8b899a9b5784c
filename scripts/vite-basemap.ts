// The default base map, projected at build time: world-atlas countries as an SVG sprite at the
// start of <body>, and everything else the map needs for the bundled dataset (anchors,
// institutions, arcs) as the virtual module "virtual:atlas-geometry". The browser runs no d3-geo
// and fetches no topology for the first view.
import { createHash } from "node:crypto";
import { readFileSync } from "node:fs";
import { resolve } from "node:path";
import type { Topology } from "topojson-specification";
import type { Plugin } from "vite";
import { homeCountries, namedCountries } from "../src/lib/data/aggregate.ts";
import type { Dataset } from "../src/lib/data/schema.ts";
import { placeDataset } from "../src/views/map/place.ts";
import type { Geometry } from "../src/views/map/geometry.ts";
import * as drawing from "../src/views/map/projection.ts";
import { buildBaseMap } from "../src/views/map/sprite.ts";

/**
 * The dataset the build bundles (and places on the default map): data/cooperation.json, or
 * the file named by ATLAS_DATASET (`ATLAS_DATASET=data/synth-100000.json npx vite build
 * --outDir dist-100000`), relative to the project or absolute.
 */
export const bundledDatasetFile = (): string =>
  process.env.ATLAS_DATASET || "data/cooperation.json";

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
    ...homeCountries(dataset),
    ...dataset.records.flatMap(namedCountries),
  ]);
}

let cached: DefaultMap | undefined;

/** The default map for the bundled dataset; computed once per process. */
export function defaultMap(root: string): DefaultMap {
  if (cached) return cached;
  const json = (path: string): unknown =>
    JSON.parse(readFileSync(resolve(root, path), "utf8"));
  const world110 = json("node_modules/world-atlas/countries-110m.json");
  const world50 = json("node_modules/world-atlas/countries-50m.json");
  const dataset = json(bundledDatasetFile()) as Dataset;
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
      // Known to have no place, so that the browser does not try to complete the map for them.
      unplaced: [...codes].filter((code) => !base.anchors[code]).sort(),
    },
    anchors: base.anchors,
    shapes: base.shapes,
  };
  return cached;
}

/**
 * The sprite as a file of its own, fetched in parallel with the page, whose HTML then parses
 * and paints sooner; inlined, the land came on screen no clearly sooner (README, "Runtime
 * dependencies"). Its name carries a hash of its content, so it can be cached for good.
 */
export function spriteFile(sprite: string): {
  fileName: string;
  source: string;
} {
  const source = sprite
    .replace(
      / width="0" height="0" aria-hidden="true" focusable="false" class="atlas-sprite"/,
      "",
    )
    .concat("\n");
  const hash = createHash("sha256").update(source).digest("hex").slice(0, 10);
  return { fileName: `assets/atlas-basemap-${hash}.svg`, source };
}

export function atlasBaseMap(): Plugin {
  let root = process.cwd();
  // The build, and the server that prerenders for it, use the sprite file; dev inlines it.
  let external = false;
  return {
    name: "atlas-base-map",
    configResolved(config) {
      root = config.root;
      external = config.command === "build" || config.mode === "prerender";
    },
    generateBundle() {
      if (!external) return;
      const { fileName, source } = spriteFile(defaultMap(root).sprite);
      this.emitFile({ type: "asset", fileName, source });
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
          ? external
            ? {
                ...map.geometry,
                sprite: `./${spriteFile(map.sprite).fileName}`,
              }
            : map.geometry
          : {
              projection: map.geometry.projection,
              anchors: map.anchors,
              shapes: map.shapes,
            };
      return `export default ${JSON.stringify(value)};\n`;
    },
    transformIndexHtml(html) {
      if (external) return html;
      return html.replace(
        /<body[^>]*>/,
        (body) => `${body}\n    ${defaultMap(root).sprite}`,
      );
    },
  };
}
