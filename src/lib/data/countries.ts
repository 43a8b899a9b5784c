// ISO 3166-1 codes (alpha-3 → alpha-2, generated from i18n-iso-countries by
// scripts/country-table.ts) and country names from the platform's Intl.DisplayNames, so no name
// table ships to the browser. Numeric codes are in country-numeric.ts, outside the first view.
import packed from "./country-alpha2.json" with { type: "json" };
import { INTL_LOCALE, perLang, type Lang } from "../i18n/lang.ts";

/** alpha-3 → alpha-2, unpacked from "ABWAWAFGAF…" (five letters a country). */
const toTwo = new Map<string, string>();
for (let i = 0; i < packed.length; i += 5) {
  toTwo.set(packed.slice(i, i + 3), packed.slice(i + 3, i + 5));
}

/**
 * Taiwan, Hong Kong and Macao are regions of China, named as a university website in China
 * names them. The library ("Taiwan, Province of China") and Intl ("Taiwan") yield to this rule.
 */
export const REGIONS_OF_CHINA: Record<string, Record<Lang, string>> = {
  TWN: { en: "Taiwan, China", zh: "中国台湾" },
  HKG: { en: "Hong Kong, China", zh: "中国香港" },
  MAC: { en: "Macao, China", zh: "中国澳门" },
};

const byAlpha2 = new Map([...toTwo].map(([three, two]) => [two, three]));

/** Every ISO 3166-1 alpha-3 code. */
export function countryCodes(): string[] {
  return [...toTwo.keys()];
}

/** An alpha-3 or alpha-2 code ("ZMB", "zm") as alpha-3, if it is one (numeric: country-numeric.ts). */
export function toAlpha3(value: unknown): string | undefined {
  if (typeof value !== "string") return undefined;
  const code = value.trim().toUpperCase();
  if (/^[A-Z]{3}$/.test(code)) return toTwo.has(code) ? code : undefined;
  if (/^[A-Z]{2}$/.test(code)) return byAlpha2.get(code);
  return undefined;
}

export function isCountryCode(code: string): boolean {
  return toTwo.has(code);
}

export function alpha2(code: string): string | undefined {
  return toTwo.get(code);
}

const displayNames = perLang(
  (lang) =>
    new Intl.DisplayNames([INTL_LOCALE[lang]], {
      type: "region",
      fallback: "code",
    }),
);

/** Names already asked for: Intl.DisplayNames is slow enough that a filter change at scale,
 *  naming and sorting every partner, spent milliseconds in it. */
const named: Record<Lang, Map<string, string>> = {
  en: new Map(),
  zh: new Map(),
};

function lookUp(code: string, lang: Lang): string {
  const region = REGIONS_OF_CHINA[code];
  if (region) return region[lang];
  const two = alpha2(code);
  if (!two) return code;
  return displayNames(lang).of(two) ?? code;
}

export function countryName(code: string, lang: Lang): string {
  let name = named[lang].get(code);
  if (name === undefined) named[lang].set(code, (name = lookUp(code, lang)));
  return name;
}
