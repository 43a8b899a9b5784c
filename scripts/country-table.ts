// Writes src/lib/data/country-codes.json from i18n-iso-countries, so the browser gets the
// ISO 3166-1 code table (alpha-3 → [alpha-2, numeric]) without the library's weight.
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

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  writeFileSync(COUNTRY_TABLE_PATH, countryTableText());
  console.log(`wrote ${COUNTRY_TABLE_PATH}`);
}
