// Why a total is only a lower bound, in words: read by the detail panel only, so apart from
// counts.ts, which the first view loads.
import type { Total } from "./counts.ts";
import type { Lang } from "../i18n/lang.ts";

const VAGUE_NOTE: Record<Lang, (n: number) => string> = {
  en: (n) =>
    n === 1
      ? "a lower bound: 1 count is not given as a number"
      : `a lower bound: ${n} counts are not given as numbers`,
  zh: (n) => `此为下限：${n}项未给出具体数字`,
};

/** Says why a total is only a lower bound, when a part of it has no number. */
export function totalNote(total: Total, lang: Lang): string | undefined {
  if (total.vague.length === 0 || total.parts <= 1) return undefined;
  return VAGUE_NOTE[lang](total.vague.length);
}
