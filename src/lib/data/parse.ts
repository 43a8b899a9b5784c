// From a file's text to a validated dataset: size limit, JSON syntax errors by line and
// column, then entry-by-entry validation. Used by the CLI, the build and (loaded on demand)
// the browser.
import type { Lang } from "../i18n/lang.ts";
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

/** Line and column (1-based) of a JSON.parse error, from V8's message. */
export function jsonErrorLocation(
  message: string,
  text: string,
): { line: number; column: number } {
  const lineColumn = /line (\d+) column (\d+)/.exec(message);
  if (lineColumn)
    return { line: Number(lineColumn[1]), column: Number(lineColumn[2]) };
  const position = /position (\d+)/.exec(message);
  const offset = position ? Number(position[1]) : text.length;
  const before = text.slice(0, offset).split("\n");
  return { line: before.length, column: (before.at(-1)?.length ?? 0) + 1 };
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
  let raw: unknown;
  try {
    raw = JSON.parse(text.replace(/^\uFEFF/, ""));
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    const detail = message.replace(
      /\s*\(line \d+ column \d+\)|\s*(in JSON )?at position \d+.*$/g,
      "",
    );
    return refuseNow(
      { code: "notJson", ...jsonErrorLocation(message, text), detail },
      lang,
    );
  }
  const validation = validateDataset(raw);
  if (!validation.dataset) {
    return refuseNow({ code: "notDataset" }, lang, validation.problems);
  }
  return validation;
}
