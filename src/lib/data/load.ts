// Fetching a dataset in the browser. The bundled dataset, validated at build time, is trusted
// by its fingerprint; any other file is validated here, with the validator loaded on demand
// so that it costs the first view nothing. A refusal is a code and values: the page words it
// in its language, with the wording loaded only then (src/ui/lazy/ProblemPanel.svelte).
import { markBuilt } from "./built.ts";
import { fingerprint } from "./fingerprint.ts";
import { MAX_DATASET_BYTES, tooLarge } from "./limits.ts";
import type { LoadResult } from "./parse.ts";
import type { Refusal } from "./problems.ts";
import { fetchAllowed, resolveAllowed } from "./reach.ts";
import type { Dataset } from "./schema.ts";

export type { LoadResult };

/**
 * Where ?data= may point: this site, or an origin the host page allows (hostDataOrigins).
 * Returns the absolute URL, or why it is refused.
 */
export function resolveDataUrl(
  param: string,
  pageUrl: string,
  origins: readonly string[] = [],
) {
  return resolveAllowed(param, pageUrl, "dataset", origins);
}

/**
 * The origins the host page allows ?data= to load from besides its own, set without a
 * rebuild: <meta name="atlas-data-origins" content="https://data.example.edu https://…">.
 * (Anything that is not an http(s) origin is ignored by resolveAllowed.)
 */
export function hostDataOrigins(): string[] {
  return (
    globalThis.document
      ?.querySelector<HTMLMetaElement>("meta[name=atlas-data-origins]")
      ?.content.split(/[\s,]+/) ?? []
  );
}

/** A source page's copy, kept beside the dataset under sources/ (data/sources/ in the build). */
export function sourcePageUrl(file: string, dataUrl: string): string {
  return new URL(`sources/${encodeURIComponent(file)}`, dataUrl).href;
}

export const refused = (refusal: Refusal): LoadResult => ({
  dataset: null,
  problems: [],
  refusal,
});

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
  const fetched = await fetchAllowed(url, "dataset", fetcher);
  if ("refusal" in fetched) return refused(fetched.refusal);
  const { response } = fetched;
  // A server that says the size spares reading the file; else parse.ts counts the bytes.
  const declared = Number(response.headers.get("content-length"));
  // The file validated at build time is taken at any size (its fingerprint ends with its length
  // in UTF-16 units; UTF-8 takes at most 3 bytes for each): the limit is for other files.
  if (
    declared >
    Math.max(MAX_DATASET_BYTES, 3 * Number(trusted?.split("-")[1] ?? 0))
  )
    return refused(tooLarge(declared));
  const text = await response.text();
  if (trusted && fingerprint(text) === trusted) {
    return {
      dataset: markBuilt(JSON.parse(text) as Dataset),
      problems: [],
      trusted: true,
    };
  }
  const { parseDatasetText } = await import("./parse.ts");
  return parseDatasetText(text);
}
