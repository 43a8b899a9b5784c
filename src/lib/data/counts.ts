// Arithmetic and wording of qualified counts. Every number the app prints goes through here,
// so "more than 23" stays "23+", "up to 150" stays a ceiling and "dozens" stays a word.
import type { Count } from "./schema.ts";
import { INTL_LOCALE, perLang, type Lang } from "../i18n/lang.ts";

/** A sum as bounds: `high` is Infinity when some part has no upper bound. */
export interface Total {
  low: number;
  high: number;
  /** How many counts went in. */
  parts: number;
  /** Parts given with no number at all ("dozens", unknown): they make the sum a lower bound. */
  vague: Count[];
}

export interface CountItem {
  count: Count;
  /** A target, not an achievement: summed apart, never added to what was achieved. */
  planned?: boolean;
}

export const EMPTY_TOTAL: Total = { low: 0, high: 0, parts: 0, vague: [] };

/** [low, high] that the count guarantees. */
export function bounds(count: Count): [number, number] {
  switch (count.qualifier) {
    case "exact":
      return [count.value, count.value];
    case "atLeast":
      return [count.value, Infinity];
    case "atMost":
      return [0, count.value];
    case "unspecified":
    case "unknown":
      return [0, Infinity];
  }
}

/** The least the source vouches for: what link widths and scales may use, never what is printed. */
export function lowerBound(count: Count): number {
  return bounds(count)[0];
}

/** A total of no counts yet, to add to in place. */
export const newTotal = (): Total => ({ low: 0, high: 0, parts: 0, vague: [] });

/** Adds a count to a total in place: a sum over many records makes no total per part. */
export function addInto(total: Total, count: Count): Total {
  // `bounds` without its pair: at 100,000 records a filter change adds this many counts.
  switch (count.qualifier) {
    case "exact":
      total.low += count.value;
      total.high += count.value;
      break;
    case "atLeast":
      total.low += count.value;
      total.high = Infinity;
      break;
    case "atMost":
      total.high += count.value;
      break;
    case "unspecified":
    case "unknown":
      total.high = Infinity;
      total.vague.push(count);
  }
  total.parts++;
  return total;
}

export function sumCounts(counts: readonly Count[]): Total {
  return counts.reduce(addInto, newTotal());
}

/** Sums achieved and planned figures apart: a target never adds to what was done. */
export function sumItems(items: readonly CountItem[]): {
  achieved: Total;
  planned: Total;
} {
  return {
    achieved: sumCounts(items.filter((i) => !i.planned).map((i) => i.count)),
    planned: sumCounts(items.filter((i) => i.planned).map((i) => i.count)),
  };
}

const WORDS: Record<Lang, Record<string, string>> = {
  en: {
    dozens: "dozens",
    several: "several",
    some: "some",
    many: "many",
    unknown: "unknown",
    upTo: "up to {n}",
  },
  zh: {
    dozens: "数十",
    several: "若干",
    some: "一些",
    many: "许多",
    unknown: "未知",
    upTo: "最多{n}",
  },
};

const numberFormat = perLang(
  (lang) =>
    new Intl.NumberFormat(INTL_LOCALE[lang], { maximumFractionDigits: 0 }),
);

export function formatNumber(n: number, lang: Lang): string {
  return numberFormat(lang).format(n);
}

export function formatCount(count: Count, lang: Lang): string {
  const words = WORDS[lang];
  switch (count.qualifier) {
    case "exact":
      return formatNumber(count.value, lang);
    case "atLeast":
      return `${formatNumber(count.value, lang)}+`;
    case "atMost":
      return words.upTo!.replace("{n}", formatNumber(count.value, lang));
    case "unspecified":
      return words[count.word]!;
    case "unknown":
      return words.unknown!;
  }
}

export function formatTotal(total: Total, lang: Lang): string {
  const { low, high } = total;
  if (high === Infinity) {
    if (low > 0) return `${formatNumber(low, lang)}+`;
    // Nothing but words: one word is kept as it is; several say only that the number is not given.
    const only =
      total.vague.length === 1 && total.parts === 1
        ? total.vague[0]
        : undefined;
    return only ? formatCount(only, lang) : WORDS[lang].unknown!;
  }
  if (low === high) return formatNumber(low, lang);
  if (low === 0)
    return WORDS[lang].upTo!.replace("{n}", formatNumber(high, lang));
  return `${formatNumber(low, lang)}–${formatNumber(high, lang)}`;
}
