// ISO 3166-1 numeric codes, which world-atlas and many TopoJSON files use as feature ids. Only
// the build (the base map sprite) and a replaced base map need them, so the first view does not
// carry this table.
import table from "./country-codes.json" with { type: "json" };
import { toAlpha3 } from "./countries.ts";

const codes = table as Record<string, readonly string[] | undefined>;
const byNumeric = new Map(
  Object.entries(codes).map(([alpha3, c]) => [c?.[1], alpha3]),
);

/** The zero-padded numeric code world-atlas uses as feature id ("004"). */
export function numericCode(code: string): string | undefined {
  return codes[code]?.[1];
}

/** An alpha-3, alpha-2 or numeric code ("ZMB", "zm", "894", 894) as alpha-3, if it is one. */
export function anyToAlpha3(value: unknown): string | undefined {
  if (typeof value === "number" || /^\s*\d{1,3}\s*$/.test(String(value))) {
    return byNumeric.get(String(value).trim().padStart(3, "0"));
  }
  return toAlpha3(value);
}
