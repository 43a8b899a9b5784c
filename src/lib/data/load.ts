// Fetching a dataset in the browser. The bundled dataset, validated at build time, is trusted
// by its fingerprint; any other file is validated here, with the validator loaded on demand
// so that it costs the first view nothing.
import { fetchFile, resolveSameSite } from "./fetch-file.ts";
import { fingerprint } from "./fingerprint.ts";
import { MAX_DATASET_BYTES, tooLarge } from "./limits.ts";
import type { LoadResult } from "./parse.ts";
import type { Dataset } from "./schema.ts";

export type { LoadResult };

/** Where ?data= may point: only this site. Returns the absolute URL, or why it is refused. */
export function resolveDataUrl(param: string, pageUrl: string) {
  return resolveSameSite(param, pageUrl, "dataset");
}

/** A source page's copy, kept beside the dataset under sources/ (data/sources/ in the build). */
export function sourcePageUrl(file: string, dataUrl: string): string {
  return new URL(`sources/${encodeURIComponent(file)}`, dataUrl).href;
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
  const fetched = await fetchFile(url, "dataset", fetcher);
  if ("error" in fetched)
    return { dataset: null, problems: [], refused: fetched.error };
  const { response } = fetched;
  const declared = Number(response.headers.get("content-length"));
  // The file validated at build time is taken at any size (its fingerprint ends with its length
  // in UTF-16 units; UTF-8 takes at most 3 bytes for each): the limit is for other files.
  if (
    declared >
    Math.max(MAX_DATASET_BYTES, 3 * Number(trusted?.split("-")[1] ?? 0))
  ) {
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
