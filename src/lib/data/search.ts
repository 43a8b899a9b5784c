// The text search: a record matches when every word of the query is found in its title,
// summary, partner organisations or places, in either language, ignoring case and width.
import { countryName } from "./countries.ts";
import type { CooperationRecord } from "./schema.ts";

/** Lower case, full-width forms folded (ＡＢＣ → abc), spaces collapsed. */
export function normalize(text: string): string {
  return text.normalize("NFKC").toLowerCase().replace(/\s+/g, " ").trim();
}

/** The words of a query; Chinese has no spaces, so a run of it is one word matched as a substring. */
export function queryWords(query: string): string[] {
  return normalize(query).split(" ").filter(Boolean);
}

const placeText = new Map<string, string>();
function placeNames(code: string): string {
  let text = placeText.get(code);
  if (text === undefined) {
    text = normalize(
      `${code} ${countryName(code, "en")} ${countryName(code, "zh")}`,
    );
    placeText.set(code, text);
  }
  return text;
}

const haystacks = new WeakMap<CooperationRecord, string>();

/** Everything a record is searched by, normalised once per record. */
function haystack(r: CooperationRecord): string {
  let text = haystacks.get(r);
  if (text === undefined) {
    const places = new Set([
      ...r.countries,
      ...r.partners.map((p) => p.country),
    ]);
    text = [
      normalize(
        [
          r.title.en,
          r.title.zh,
          r.summary.en,
          r.summary.zh,
          ...r.partners.flatMap((p) => [p.name.en, p.name.zh]),
        ].join("\n"),
      ),
      ...[...places].map(placeNames),
    ].join("\n");
    haystacks.set(r, text);
  }
  return text;
}

export function matchesQuery(
  r: CooperationRecord,
  words: readonly string[],
): boolean {
  if (words.length === 0) return true;
  const text = haystack(r);
  return words.every((w) => text.includes(w));
}

/** The test for one query, or null when the query has no words (nothing is left out). */
export function matcher(
  query: string,
): ((r: CooperationRecord) => boolean) | null {
  const words = queryWords(query);
  return words.length ? (r) => matchesQuery(r, words) : null;
}
