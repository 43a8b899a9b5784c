// Headline figures of a dataset.
import { recordIndex } from "./aggregate.ts";
import type { Dataset } from "./schema.ts";

/** Partner countries and regions: those of records and partners, less the institutions' own. */
export function partnerCountries(dataset: Dataset): Set<string> {
  return new Set(recordIndex(dataset).places);
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
  const { first: firsts, last: lasts } = recordIndex(dataset);
  let first = Infinity;
  let last = -Infinity;
  lasts.forEach((b, i) => {
    first = Math.min(first, firsts[i]! < 0 ? b : firsts[i]!);
    last = Math.max(last, b);
  });
  return Number.isFinite(first)
    ? [first, last]
    : [new Date().getFullYear(), new Date().getFullYear()];
}
