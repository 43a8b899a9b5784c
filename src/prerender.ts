// Server rendering of the first view: the default state of the bundled dataset, written into
// index.html at build time, so the map shows before any script runs (and without scripts).
import { render } from "svelte/server";
import App from "./App.svelte";
import { BUNDLED_DATASET, type Boot } from "./boot.ts";
import { markBuilt } from "./lib/data/built.ts";
import type { LoadResult } from "./lib/data/parse.ts";
import { en } from "./lib/i18n/en.ts";
import type { Lang } from "./lib/i18n/lang.ts";
import { zh } from "./lib/i18n/zh.ts";
import { defaultFilters } from "./lib/state/filters.svelte.ts";

/** The language of the prerendered page; other languages render in the browser. */
export const PRERENDER_LANG: Lang = "en";

export function prerender(
  result: LoadResult,
  lang: Lang = PRERENDER_LANG,
): string {
  const boot: Boot = {
    lang,
    messages: lang === "zh" ? zh : en,
    notices: [],
    filters: defaultFilters(),
    page: {},
    // Only read for replaced base maps, which the default view has none of.
    pageUrl: "http://localhost/",
    dataLabel: BUNDLED_DATASET,
    dataset: result.dataset
      ? { ...result, dataset: markBuilt(result.dataset) }
      : result,
  };
  return render(App, { props: { boot } }).body;
}
