// Starts the app from the page address: language, which dataset, and its loading. Takes the
// browser's facts as arguments so that it runs the same in tests.
import {
  hostDataOrigins,
  loadDatasetFrom,
  refused,
  resolveDataUrl,
  type LoadResult,
} from "./lib/data/load.ts";
import { preferredLang, type Lang } from "./lib/i18n/lang.ts";
import { loadMessages, type Messages } from "./lib/i18n/messages.ts";
import type { Filters } from "./lib/state/filters.svelte.ts";
import {
  filtersOf,
  parseQuery,
  type PageParams,
  type QueryNotice,
} from "./lib/state/url.ts";

/** The bundled dataset, beside index.html in the build (relative, so any sub-folder works). */
export const BUNDLED_DATASET = "data/cooperation.json";

export interface Boot {
  lang: Lang;
  messages: Messages;
  notices: QueryNotice[];
  pageUrl: string;
  /** The filters and selection the address asks for. */
  filters: Filters;
  /** What the address asked for beside the filters; every link the app writes keeps it. */
  page: PageParams;
  /** ?basemap=: a replacement base map. */
  basemap?: string;
  /** The dataset's address as shown to people. */
  dataLabel: string;
  /** Where the dataset is: its source pages are beside it, under sources/. */
  dataUrl?: string;
  /** A value when known before rendering (the prerendered first view), else a promise. */
  dataset: LoadResult | Promise<LoadResult>;
}

export async function start(
  pageUrl: string,
  languages: readonly string[],
  fetcher: typeof fetch = fetch,
  /** Where ?data= may point besides this site (the host page's allow-list). */
  dataOrigins: readonly string[] = hostDataOrigins(),
): Promise<Boot> {
  const { values, notices } = parseQuery(new URL(pageUrl).search);
  const lang = values.lang ?? preferredLang(languages);
  const messages = loadMessages(lang);
  const target = resolveDataUrl(
    values.data ?? BUNDLED_DATASET,
    pageUrl,
    dataOrigins,
  );
  const dataset: Promise<LoadResult> =
    "url" in target
      ? loadDatasetFrom(target.url, {
          fetcher,
          trusted: import.meta.env.VITE_DATASET_FINGERPRINT,
        })
      : Promise.resolve(refused(target.refusal));
  return {
    lang,
    messages: await messages,
    notices,
    pageUrl,
    filters: filtersOf(values),
    // Every value the address gave: links write back only the page's own (toQuery).
    page: values,
    ...(values.basemap ? { basemap: values.basemap } : {}),
    dataLabel: values.data ?? BUNDLED_DATASET,
    ...("url" in target ? { dataUrl: target.url } : {}),
    dataset,
  };
}
