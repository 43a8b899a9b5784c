// Headline figures of a dataset.
import { homeCountries, recordCountries } from "./aggregate.ts";
import type { Dataset } from "./schema.ts";
import { sourceDates } from "./aggregate.ts";
import { intervalOf, yearsOf } from "./time.ts";

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

/** The first and last calendar year the records touch ("as of" figures by their date). */
export function datasetYears(dataset: Dataset): [number, number] {
  const dates = sourceDates(dataset);
  let first = Infinity;
  let last = -Infinity;
  for (const r of dataset.records) {
    const [a, b] = yearsOf(intervalOf(r.time, dates.get(r.source) ?? "0000"));
    first = Math.min(first, a ?? b);
    last = Math.max(last, b);
  }
  return Number.isFinite(first)
    ? [first, last]
    : [new Date().getFullYear(), new Date().getFullYear()];
}
