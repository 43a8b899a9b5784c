// Headline figures of a dataset.
import type { Dataset } from "./schema.ts";

/** Partner countries and regions: those of records and partners, less the institutions' own. */
export function partnerCountries(dataset: Dataset): Set<string> {
  const home = new Set(dataset.institutions.map((i) => i.country));
  const countries = new Set<string>();
  for (const r of dataset.records) {
    for (const c of r.countries) if (!home.has(c)) countries.add(c);
    for (const p of r.partners)
      if (!home.has(p.country)) countries.add(p.country);
  }
  return countries;
}

export function summarize(dataset: Dataset): {
  institutions: number;
  records: number;
  countries: number;
} {
  return {
    institutions: dataset.institutions.length,
    records: dataset.records.length,
    countries: partnerCountries(dataset).size,
  };
}
