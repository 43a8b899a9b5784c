// Fetching a dataset in the browser. The bundled dataset, validated at build time, is trusted
// by its fingerprint; any other file is validated here, with the validator loaded on demand
// so that it costs the first view nothing.
import { fingerprint } from "./fingerprint.ts";
import { MAX_DATASET_BYTES, tooLarge } from "./limits.ts";
import type { LoadResult } from "./parse.ts";
import type { Dataset } from "./schema.ts";

export type { LoadResult };

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

export interface LoadOptions {
  fetcher?: typeof fetch;
  /** The fingerprint of a file validated at build time; a match skips validation. */
  trusted?: string;
}

export async function loadDatasetFrom(
  url: string,
  options: LoadOptions = {},
): Promise<LoadResult> {
  const { fetcher = fetch, trusted } = options;
  let response: Response;
  try {
    response = await fetcher(url, { credentials: "same-origin" });
  } catch {
    return {
      dataset: null,
      problems: [],
      refused: `The dataset at ${url} could not be reached.`,
    };
  }
  if (!response.ok) {
    const status = `${response.status} ${response.statusText}`.trim();
    return {
      dataset: null,
      problems: [],
      refused: `The dataset at ${url} could not be loaded: the server answered ${status}.`,
    };
  }
  const declared = Number(response.headers.get("content-length"));
  if (declared > MAX_DATASET_BYTES) {
    return { dataset: null, problems: [], refused: tooLarge(declared) };
  }
  const text = await response.text();
  if (trusted && fingerprint(text) === trusted) {
    return {
      dataset: JSON.parse(text) as Dataset,
      problems: [],
      trusted: true,
    };
  }
  const { parseDatasetText } = await import("./parse.ts");
  return parseDatasetText(text);
}
