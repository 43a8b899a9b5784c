// Reading a dataset: from text (the CLI, tests) or a URL (the app), with a size limit,
// JSON syntax errors by line and column, and entry-by-entry validation.
import type { Problem } from "./problems";
import { validateDataset, type Validation } from "./validate";

/** Files above this are refused before parsing: a browser tab should not choke on a dump. */
export const MAX_DATASET_BYTES = 10 * 1024 * 1024;

export type LoadResult = Validation & {
  /** Set when the file could not be read or is not a dataset: why, in plain words. */
  refused?: string;
};

function refuse(reason: string, problems: Problem[] = []): LoadResult {
  return { dataset: null, problems, refused: reason };
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

export function parseDatasetText(text: string): LoadResult {
  const bytes = new TextEncoder().encode(text).length;
  if (bytes > MAX_DATASET_BYTES) return refuse(tooLarge(bytes));
  let raw: unknown;
  try {
    raw = JSON.parse(text.replace(/^\uFEFF/, ""));
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    const { line, column } = jsonErrorLocation(message, text);
    const reason = message.replace(
      /\s*\(line \d+ column \d+\)|\s*(in JSON )?at position \d+.*$/g,
      "",
    );
    return refuse(
      `The file is not valid JSON: line ${line}, column ${column}: ${reason}.`,
    );
  }
  const validation = validateDataset(raw);
  if (!validation.dataset)
    return {
      ...validation,
      refused: "The file is not a Cooperation Atlas dataset.",
    };
  return validation;
}

function tooLarge(bytes: number): string {
  const mb = (n: number) => (n / 1024 / 1024).toFixed(1);
  return `The file is ${mb(bytes)} MB; the limit is ${mb(MAX_DATASET_BYTES)} MB.`;
}

/**
 * Where ?data= may point: only this site. Returns the absolute URL, or why it is refused.
 */
export function resolveDataUrl(
  param: string,
  pageUrl: string,
): { url: string } | { error: string } {
  let url: URL;
  try {
    url = new URL(param, pageUrl);
  } catch {
    return { error: `“${param}” is not a web address.` };
  }
  const page = new URL(pageUrl);
  if (url.origin !== page.origin) {
    return {
      error: `The dataset “${param}” is on another site (${url.origin}). Only files from this site (${page.origin}) can be loaded.`,
    };
  }
  return { url: url.href };
}

export async function loadDatasetFrom(
  url: string,
  fetcher: typeof fetch = fetch,
): Promise<LoadResult> {
  let response: Response;
  try {
    response = await fetcher(url, { credentials: "same-origin" });
  } catch {
    return refuse(`The dataset at ${url} could not be reached.`);
  }
  if (!response.ok) {
    return refuse(
      `The dataset at ${url} could not be loaded: the server answered ${response.status} ${response.statusText}.`.replace(
        / \./,
        ".",
      ),
    );
  }
  const declared = Number(response.headers.get("content-length"));
  if (declared > MAX_DATASET_BYTES) return refuse(tooLarge(declared));
  return parseDatasetText(await response.text());
}
