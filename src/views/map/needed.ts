// Whether a geometry has every place a dataset needs: checked on every load, so apart from
// the code that completes it (complete.ts, place.ts), which loads only when something is missing.
import { namedCountries } from "../../lib/data/aggregate.ts";
import type { Dataset } from "../../lib/data/schema.ts";
import { arcKey, type Geometry } from "./geometry.ts";

/** Every (institution, country) pair that a flow record draws as an arc, with both ends known. */
export function* neededArcs(
  dataset: Dataset,
  anchors: Geometry["anchors"],
): Generator<{
  institution: Dataset["institutions"][number];
  country: string;
}> {
  const institutions = new Map(dataset.institutions.map((i) => [i.id, i]));
  for (const record of dataset.records) {
    if (record.kind !== "flow") continue;
    const institution = institutions.get(record.institution);
    if (!institution) continue;
    for (const country of record.countries) {
      if (country === institution.country || !anchors[country]) continue;
      yield { institution, country };
    }
  }
}

/**
 * Whether the map lacks a place the dataset needs: an institution, or an arc whose ends are
 * both known. Presence is checked by id: a dataset that reuses an institution id with other
 * coordinates needs completeGeometry all the same.
 */
export function missingPlaces(geometry: Geometry, dataset: Dataset): boolean {
  if (dataset.institutions.some((i) => !geometry.institutions[i.id])) {
    return true;
  }
  const named = dataset.records.flatMap(namedCountries);
  // The default map carries anchors only for its own dataset's countries.
  if (
    named.some(
      (code) => !geometry.anchors[code] && !geometry.unplaced?.includes(code),
    )
  )
    return true;
  for (const { institution, country } of neededArcs(
    dataset,
    geometry.anchors,
  )) {
    if (geometry.arcs[arcKey(institution.id, country)] === undefined) {
      return true;
    }
  }
  return false;
}
