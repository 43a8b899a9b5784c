// Writes src/lib/data/country-codes.json from i18n-iso-countries, so the browser gets the
// ISO 3166-1 code table (alpha-3 → [alpha-2, numeric]) without the library's weight; and
// country-alpha2.json, the alpha-3 → alpha-2 pairs packed into one string ("ABWAWAFGAF…"),
// which is all the first view needs (names come from Intl.DisplayNames by alpha-2): 0.8 KB
// gzip instead of 1.8 KB.
// `npm run countries:table` regenerates it; a unit test fails when it is stale.
import { writeFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import countries from "i18n-iso-countries";

export const COUNTRY_TABLE_PATH = fileURLToPath(
  new URL("../src/lib/data/country-codes.json", import.meta.url),
);

export function countryTableText(): string {
  const table: Record<string, [string, string]> = {};
  for (const [alpha3, alpha2] of Object.entries(
    countries.getAlpha3Codes(),
  ).sort()) {
    table[alpha3] = [alpha2, countries.alpha3ToNumeric(alpha3) ?? ""];
  }
  return JSON.stringify(table) + "\n";
}

export const ALPHA2_TABLE_PATH = fileURLToPath(
  new URL("../src/lib/data/country-alpha2.json", import.meta.url),
);

export function alpha2TableText(): string {
  const pairs = Object.entries(countries.getAlpha3Codes())
    .sort()
    .map(([alpha3, alpha2]) => alpha3 + alpha2);
  return JSON.stringify(pairs.join("")) + "\n";
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  writeFileSync(COUNTRY_TABLE_PATH, countryTableText());
  writeFileSync(ALPHA2_TABLE_PATH, alpha2TableText());
  console.log(`wrote ${COUNTRY_TABLE_PATH} and ${ALPHA2_TABLE_PATH}`);
}
