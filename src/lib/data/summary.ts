// Headline figures of a dataset.
import { homeCountries, recordCountries } from "./aggregate.ts";
import type { Dataset } from "./schema.ts";

/** Partner countries and regions: those of records and partners, less the institutions' own. */
export function partnerCountries(dataset: Dataset): Set<string> {
  const home = homeCountries(dataset);
  return new Set(dataset.records.flatMap((r) => recordCountries(r, home)));
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
