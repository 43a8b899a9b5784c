// From a file's text to a validated dataset: size limit, JSON syntax errors by line and
// column, then entry-by-entry validation. Used by the CLI, the build and (loaded on demand)
// the browser.
import type { Lang } from "../i18n/lang.ts";
import { parseJson } from "./json-syntax.ts";
import { MAX_DATASET_BYTES, tooLarge } from "./limits.ts";
import { formatRefusal, type Problem, type Refusal } from "./problems.ts";
import { validateDataset, type Validation } from "./validate.ts";

export type LoadResult = Validation & {
  /** Set when the file could not be read or is not a dataset: why, as a code and values
   * (the page words it in its language: formatRefusal). */
  refusal?: Refusal;
  /** The refusal in English words, for scripts and the build (set by parseDatasetText). */
  refused?: string;
  /** The file is the one validated (and prerendered) at build time. */
  trusted?: boolean;
};

export function refuseNow(
  refusal: Refusal,
  lang: Lang = "en",
  problems: Problem[] = [],
): LoadResult {
  return {
    dataset: null,
    problems,
    refusal,
    refused: formatRefusal(refusal, lang),
  };
}

export function parseDatasetText(
  text: string,
  /** `limit`: the largest file taken, in bytes (the build takes its own dataset at any size);
   * `lang`: the language of the refusal's words. */
  {
    limit = MAX_DATASET_BYTES,
    lang = "en",
  }: { limit?: number; lang?: Lang } = {},
): LoadResult {
  const bytes = limit === Infinity ? 0 : new TextEncoder().encode(text).length;
  if (bytes > limit) return refuseNow(tooLarge(bytes), lang);
  const parsed = parseJson(text);
  if ("error" in parsed) {
    return refuseNow({ code: "notJson", ...parsed.error }, lang);
  }
  const validation = validateDataset(parsed.value);
  if (!validation.dataset) {
    return refuseNow({ code: "notDataset" }, lang, validation.problems);
  }
  return validation;
}
