// ISO 3166-1 codes (table generated from i18n-iso-countries by scripts/country-table.ts) and
// country names from the platform's Intl.DisplayNames, so no name table ships to the browser.
import table from "./country-codes.json" with { type: "json" };
import { INTL_LOCALE, type Lang } from "../i18n/lang.ts";

const codes = table as Record<string, readonly string[] | undefined>;

/**
 * Taiwan, Hong Kong and Macao are regions of China, named as a university website in China
 * names them. The library ("Taiwan, Province of China") and Intl ("Taiwan") yield to this rule.
 */
export const REGIONS_OF_CHINA: Record<string, Record<Lang, string>> = {
  TWN: { en: "Taiwan, China", zh: "中国台湾" },
  HKG: { en: "Hong Kong, China", zh: "中国香港" },
  MAC: { en: "Macao, China", zh: "中国澳门" },
};

const byAlpha2 = new Map(
  Object.entries(codes).map(([alpha3, c]) => [c?.[0], alpha3]),
);
const byNumeric = new Map(
  Object.entries(codes).map(([alpha3, c]) => [c?.[1], alpha3]),
);

/** Every ISO 3166-1 alpha-3 code. */
export function countryCodes(): string[] {
  return Object.keys(codes);
}

/** An alpha-3, alpha-2 or numeric code ("ZMB", "zm", "894", 894) as alpha-3, if it is one. */
export function toAlpha3(value: unknown): string | undefined {
  if (typeof value !== "string" && typeof value !== "number") return undefined;
  const code = String(value).trim().toUpperCase();
  if (/^[A-Z]{3}$/.test(code)) return codes[code] ? code : undefined;
  if (/^[A-Z]{2}$/.test(code)) return byAlpha2.get(code);
  if (/^\d{1,3}$/.test(code)) return byNumeric.get(code.padStart(3, "0"));
  return undefined;
}

export function isCountryCode(code: string): boolean {
  return codes[code] !== undefined;
}

export function alpha2(code: string): string | undefined {
  return codes[code]?.[0];
}

/** The zero-padded numeric code world-atlas uses as feature id ("004"). */
export function numericCode(code: string): string | undefined {
  return codes[code]?.[1];
}

const displayNames = new Map<Lang, Intl.DisplayNames>();

export function countryName(code: string, lang: Lang): string {
  const region = REGIONS_OF_CHINA[code];
  if (region) return region[lang];
  const two = alpha2(code);
  if (!two) return code;
  let names = displayNames.get(lang);
  if (!names) {
    names = new Intl.DisplayNames([INTL_LOCALE[lang]], {
      type: "region",
      fallback: "code",
    });
    displayNames.set(lang, names);
  }
  return names.of(two) ?? code;
}
