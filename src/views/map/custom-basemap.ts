// A replaced base map (map.basemap in the dataset): a TopoJSON file on the same site, projected
// in the browser. topojson-client and d3-geo are loaded here, on demand, never in the first view.
import type { Feature, FeatureCollection } from "geojson";
import type { Topology } from "topojson-specification";
import { anyToAlpha3 } from "../../lib/data/country-numeric.ts";
import { fetchFile, resolveSameSite } from "../../lib/data/fetch-file.ts";
import type { MapSettings } from "../../lib/data/schema.ts";
import { LAND_ID, type BaseGeometry } from "./geometry.ts";

type BaseMapSettings = NonNullable<MapSettings["basemap"]>;

/** Where the ISO code is looked for when the settings do not say. */
export const ID_PROPERTIES = [
  "iso_a3",
  "ISO_A3",
  "iso3",
  "ISO3",
  "adm0_a3",
  "ADM0_A3",
  "id",
] as const;

function codeOf(feature: Feature, idProperty: string | undefined) {
  const read = (name: string) =>
    name === "id" ? feature.id : feature.properties?.[name];
  if (idProperty) return anyToAlpha3(read(idProperty));
  for (const name of ID_PROPERTIES) {
    const code = anyToAlpha3(read(name));
    if (code) return code;
  }
  return undefined;
}

const isObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === "object" && value !== null && !Array.isArray(value);

export async function loadCustomBaseMap(
  settings: BaseMapSettings,
  centre: number,
  pageUrl: string,
  fetcher: typeof fetch = fetch,
): Promise<{ geometry: BaseGeometry } | { error: string }> {
  const resolved = resolveSameSite(settings.url, pageUrl, "base map");
  if ("error" in resolved) return resolved;
  const { url } = resolved;
  const fetched = await fetchFile(url, "base map", fetcher);
  if ("error" in fetched) return fetched;
  const { response } = fetched;
  let topology: unknown;
  try {
    topology = JSON.parse(await response.text());
  } catch {
    return { error: `The base map at ${url} is not JSON.` };
  }
  if (
    !isObject(topology) ||
    topology["type"] !== "Topology" ||
    !isObject(topology["objects"]) ||
    !Array.isArray(topology["arcs"])
  ) {
    return { error: `The base map at ${url} is not a TopoJSON topology.` };
  }
  const objects = topology["objects"];
  const names = Object.keys(objects);
  const name = settings.object ?? names[0];
  const object = name === undefined ? undefined : objects[name];
  if (name === undefined || !isObject(object)) {
    return {
      error:
        names.length === 0
          ? `The base map at ${url} has no objects.`
          : `The base map at ${url} has no object “${name}”; it has: ${names.join(", ")}.`,
    };
  }

  const [{ feature }, drawing] = await Promise.all([
    import("topojson-client"),
    import("./projection.ts"),
  ]);
  let features: Feature[];
  try {
    const converted = feature(topology as unknown as Topology, name) as
      Feature | FeatureCollection;
    features =
      converted.type === "FeatureCollection" ? converted.features : [converted];
  } catch {
    return {
      error: `The object “${name}” of the base map at ${url} could not be read as shapes.`,
    };
  }

  const coded = features.map((f) => ({
    feature: f,
    code: codeOf(f, settings.idProperty),
  }));
  if (!coded.some(({ code }) => code && code !== "ATA")) {
    const where = settings.idProperty
      ? `the property “${settings.idProperty}”`
      : `the properties ${ID_PROPERTIES.slice(0, -1).join(", ")} or the feature id`;
    return {
      error: `No shape in the base map at ${url} has a recognisable ISO country code (looked in ${where}).`,
    };
  }
  // Antarctica is left out of the map and of the fit, as on the default map.
  const codeByFeature = new Map<Feature, string | undefined>();
  for (const { feature: f, code } of coded) {
    if (!f.geometry || code === "ATA") continue;
    codeByFeature.set({ ...f, geometry: drawing.rewind(f.geometry) }, code);
  }
  const kept = [...codeByFeature.keys()];
  const { spec, height } = drawing.fitProjection(centre, {
    type: "FeatureCollection",
    features: kept,
  });
  const projection = drawing.makeProjection(spec);
  const drawn = drawing.drawCountries(projection, kept, (f) =>
    codeByFeature.get(f),
  );
  return {
    geometry: {
      width: drawing.DEFAULT_WIDTH,
      height,
      projection: spec,
      source: "inline",
      landId: LAND_ID,
      shapes: drawn.shapes,
      paths: Object.fromEntries(drawn.paths),
      anchors: drawn.anchors,
      credit: `Boundaries: ${settings.credit?.en ?? new URL(url).pathname.split("/").pop() ?? url}`,
    },
  };
}
