// A replaced base map (map.basemap in the dataset): a TopoJSON file on the same site, projected
// in the browser. topojson-client and d3-geo are loaded here, on demand, never in the first view.
// What is wrong with a file is a refusal (a code and values), worded in the page's language by
// src/lib/data/problems.ts only when it is shown.
import type { Feature, FeatureCollection } from "geojson";
import type { Topology } from "topojson-specification";
import { anyToAlpha3 } from "../../lib/data/country-numeric.ts";
import { parseJson } from "../../lib/data/json-syntax.ts";
import type { Refusal } from "../../lib/data/problems.ts";
import { fetchAllowed, resolveAllowed } from "../../lib/data/reach.ts";
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
): Promise<{ geometry: BaseGeometry } | { refusal: Refusal }> {
  const resolved = resolveAllowed(settings.url, pageUrl, "base map");
  if ("refusal" in resolved) return resolved;
  const { url } = resolved;
  const fetched = await fetchAllowed(url, "base map", fetcher);
  if ("refusal" in fetched) return fetched;
  const parsed = parseJson(await fetched.response.text());
  if ("error" in parsed) {
    return {
      refusal: { code: "notJson", what: "base map", url, ...parsed.error },
    };
  }
  const topology = parsed.value;
  if (
    !isObject(topology) ||
    topology["type"] !== "Topology" ||
    !isObject(topology["objects"]) ||
    !Array.isArray(topology["arcs"])
  ) {
    return { refusal: { code: "notTopology", url } };
  }
  const objects = topology["objects"];
  const names = Object.keys(objects);
  const name = settings.object ?? names[0];
  const object = name === undefined ? undefined : objects[name];
  if (name === undefined) return { refusal: { code: "noObjects", url } };
  if (!isObject(object)) {
    return {
      refusal: { code: "noObject", url, object: name, objects: names },
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
    return { refusal: { code: "notShapes", url, object: name } };
  }

  const coded = features.map((f) => ({
    feature: f,
    code: codeOf(f, settings.idProperty),
  }));
  if (!coded.some(({ code }) => code && code !== "ATA")) {
    const looked = settings.idProperty ? [settings.idProperty] : ID_PROPERTIES;
    return { refusal: { code: "noCountryCodes", url, object: name, looked } };
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
