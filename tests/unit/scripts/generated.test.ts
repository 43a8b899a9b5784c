import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import {
  ALPHA2_TABLE_PATH,
  alpha2TableText,
  COUNTRY_TABLE_PATH,
  countryTableText,
} from "../../../scripts/country-table.ts";
import {
  SCHEMA_JSON_PATH,
  schemaJsonText,
} from "../../../scripts/schema-json.ts";

describe("generated files are fresh", () => {
  it("data/schema.json matches the zod schema (run npm run schema:json)", () => {
    expect(readFileSync(SCHEMA_JSON_PATH, "utf8")).toBe(schemaJsonText());
  });

  it("the country code table matches i18n-iso-countries (run npm run countries:table)", () => {
    expect(readFileSync(COUNTRY_TABLE_PATH, "utf8")).toBe(countryTableText());
    expect(readFileSync(ALPHA2_TABLE_PATH, "utf8")).toBe(alpha2TableText());
  });
});
