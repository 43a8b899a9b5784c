// The text search: a record matches when every word of the query is found in its title,
// summary, partner organisations or places, in either language, ignoring case and width.
import { countryName } from "./countries.ts";
import type { CooperationRecord, Dataset } from "./schema.ts";

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

/** Everything a record is searched by, normalised. */
function recordText(r: CooperationRecord): string {
  const places = new Set([...r.countries, ...r.partners.map((p) => p.country)]);
  return [
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
}

const haystacks = new WeakMap<CooperationRecord, string>();

/** A record's text, normalised once per record. */
function haystack(r: CooperationRecord): string {
  let text = haystacks.get(r);
  if (text === undefined) {
    text = recordText(r);
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

interface Corpus {
  /** Every record's text, in the dataset's order, each ended by a line break (no word has one). */
  text: string;
  /** Where record i's text starts; one more entry for the end. */
  starts: Uint32Array;
}

const corpora = new WeakMap<Dataset, Corpus>();

/** A dataset's text, built once: a word is found with one scan of it, not one per record. */
function corpusOf(dataset: Dataset): Corpus {
  let corpus = corpora.get(dataset);
  if (!corpus) {
    const texts = dataset.records.map(recordText);
    const starts = new Uint32Array(texts.length + 1);
    texts.forEach((t, i) => (starts[i + 1] = starts[i]! + t.length + 1));
    corpus = { text: texts.join("\n") + "\n", starts };
    corpora.set(dataset, corpus);
  }
  return corpus;
}

/** The last record whose text starts at or before `pos`. */
function recordAt(starts: Uint32Array, pos: number): number {
  let lo = 0;
  let hi = starts.length - 2;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (starts[mid]! <= pos) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}

/** For each record of the dataset, how many of the words (in order) its text holds. */
export function wordsFound(
  dataset: Dataset,
  words: readonly string[],
): Uint32Array {
  const { text, starts } = corpusOf(dataset);
  const found = new Uint32Array(starts.length - 1);
  words.forEach((word, w) => {
    let pos = text.indexOf(word);
    while (pos >= 0) {
      const i = recordAt(starts, pos);
      if (found[i] === w) found[i] = w + 1;
      // One occurrence is enough: on to the next record's text.
      pos = text.indexOf(word, starts[i + 1]!);
    }
  });
  return found;
}

/**
 * The test for one query, or null when the query has no words (nothing is left out). Given the
 * dataset, it answers by a record's place in it (selectRecords passes it) from one scan of the
 * dataset's text per word.
 */
export function matcher(
  query: string,
  dataset?: Dataset,
): ((r: CooperationRecord, at: number) => boolean) | null {
  const words = queryWords(query);
  if (!words.length) return null;
  if (!dataset) return (r) => matchesQuery(r, words);
  const found = wordsFound(dataset, words);
  return (_r, at) => found[at] === words.length;
}
