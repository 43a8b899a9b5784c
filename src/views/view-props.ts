// What every view below the map is given (src/Atlas.svelte through LazyView): the dataset, the
// records the shared filters keep, the filters themselves, and the interface text.
import type { CooperationRecord, Dataset } from "../lib/data/schema.ts";
import type { Lang } from "../lib/i18n/lang.ts";
import type { ViewMessages } from "../lib/i18n/messages.ts";
import type { Filters } from "../lib/state/filters.svelte.ts";

export interface ViewProps {
  dataset: Dataset;
  records: CooperationRecord[];
  filters: Filters;
  lang: Lang;
  t: ViewMessages;
  /** The dataset's address: its source pages are beside it, under sources/. */
  dataUrl?: string;
}
