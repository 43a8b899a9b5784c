// The table's columns: what each cell says and what each column sorts by. Sort keys are
// computed once per record, so sorting 10,000 rows compares plain strings and numbers.
import { homeCountries, sourceDates } from "../../lib/data/aggregate.ts";
import { formatCount, lowerBound } from "../../lib/data/counts.ts";
import { countriesText } from "../../lib/data/csv.ts";
import type {
  CooperationRecord,
  Count,
  Dataset,
  Institution,
  Source,
} from "../../lib/data/schema.ts";
import { intervalOf } from "../../lib/data/time.ts";
import { formatTime } from "../../lib/i18n/dates.ts";
import { recordKindName } from "../../lib/i18n/kinds.ts";
import { INTL_LOCALE, perLang, type Lang } from "../../lib/i18n/lang.ts";
import { fill, type ViewMessages } from "../../lib/i18n/messages.ts";
import { categoryName, peopleText } from "../../lib/i18n/people.ts";

export const COLUMNS = [
  "title",
  "institution",
  "kind",
  "time",
  "countries",
  "people",
  "count",
  "source",
] as const;
export type ColumnId = (typeof COLUMNS)[number];

export const COLUMN_LABEL = {
  title: "tableColTitle",
  institution: "tableColInstitution",
  kind: "tableColKind",
  time: "tableColTime",
  countries: "tableColCountries",
  people: "tableColPeople",
  count: "tableColCount",
  source: "tableColSource",
} as const satisfies Record<ColumnId, keyof ViewMessages>;

/** A column's sort value; null (nothing to sort by, such as the people of an agreement) sorts last. */
export type SortKey = string | number | null;

export interface Sort {
  column: ColumnId;
  descending: boolean;
}

/** Time ascending: the table reads as a history. */
export const DEFAULT_SORT: Sort = { column: "time", descending: false };

/** A click on a column's button: the sorted column flips its direction, another sorts ascending. */
export function nextSort(current: Sort, column: ColumnId): Sort {
  return current.column === column
    ? { column, descending: !current.descending }
    : { column, descending: false };
}

export interface TableRow {
  id: string;
  record: CooperationRecord;
  /** What each cell says ("–" where the column does not apply). */
  cells: Record<ColumnId, string>;
  keys: Record<ColumnId, SortKey>;
  source: Source | undefined;
}

/** The number a record gives: its people's count, else a count of something else it states. */
export function recordCount(r: CooperationRecord): Count | undefined {
  return r.kind === "flow" ? r.people.count : r.quantity?.count;
}

function countText(r: CooperationRecord, t: ViewMessages, lang: Lang): string {
  if (r.kind === "flow") return formatCount(r.people.count, lang);
  if (!r.quantity) return "";
  const { count, of, per } = r.quantity;
  return fill(per ? t.tableQuantityPerYear : t.tableQuantity, {
    count: formatCount(count, lang),
    of: of[lang],
  });
}

export function tableRows(
  records: readonly CooperationRecord[],
  dataset: Dataset,
  t: ViewMessages,
  lang: Lang,
): TableRow[] {
  const institutions = new Map<string, Institution>(
    dataset.institutions.map((i) => [i.id, i]),
  );
  const sources = new Map(dataset.sources.map((s) => [s.id, s]));
  const dates = sourceDates(dataset);
  const home = homeCountries(dataset);
  const none = t.tableNone;
  return records.map((r) => {
    const source = sources.get(r.source);
    const [start, end] = intervalOf(r.time, dates.get(r.source) ?? "0000");
    const countries = countriesText(r, home, t, lang);
    const count = recordCount(r);
    const direction =
      r.kind === "flow"
        ? r.people.direction === "sent"
          ? t.tipSent
          : t.tipReceived
        : "";
    const people =
      r.kind === "flow"
        ? fill(t.tablePeople, {
            direction,
            people: peopleText(r.people.count, r.people.category, t, lang),
          })
        : "";
    const institution = institutions.get(r.institution)?.shortName[lang] ?? "";
    const cells: Record<ColumnId, string> = {
      title: r.title[lang],
      institution,
      kind: recordKindName(r, t),
      time: formatTime(r.time, t, lang),
      countries: countries || none,
      people: people || none,
      count: countText(r, t, lang) || none,
      source: source?.title ?? none,
    };
    return {
      id: r.id,
      record: r,
      cells,
      source,
      keys: {
        title: cells.title,
        institution: institution || null,
        kind: cells.kind,
        // A cumulative "as of" figure has no known start: it sorts at the date it gives.
        time: `${start ?? end} ${end}`,
        countries: countries || null,
        // Direction, then category: the count has a column of its own.
        people:
          r.kind === "flow"
            ? `${direction} ${categoryName(r.people.category, t)}`
            : null,
        count: count ? lowerBound(count) : null,
        source: source?.title ?? null,
      },
    };
  });
}

const collator = perLang(
  (lang) => new Intl.Collator(INTL_LOCALE[lang], { numeric: true }),
);

/** Compares two sort keys ascending; null sorts after everything. */
export function compareKeys(a: SortKey, b: SortKey, lang: Lang): number {
  if (a === null || b === null) return a === b ? 0 : a === null ? 1 : -1;
  if (typeof a === "number" && typeof b === "number") return a - b;
  return collator(lang).compare(String(a), String(b));
}

/**
 * The rows in a column's order, on a copy. Stable: equal keys keep the order the rows came
 * in, whichever the direction. Rows without a value stay last in both directions.
 */
export function sortRows(
  rows: readonly TableRow[],
  sort: Sort,
  lang: Lang,
): TableRow[] {
  const sign = sort.descending ? -1 : 1;
  return rows
    .map((row, index) => ({ row, index }))
    .sort((a, b) => {
      const ka = a.row.keys[sort.column];
      const kb = b.row.keys[sort.column];
      if (ka === null || kb === null) {
        return compareKeys(ka, kb, lang) || a.index - b.index;
      }
      return sign * compareKeys(ka, kb, lang) || a.index - b.index;
    })
    .map((d) => d.row);
}

/**
 * The rows of `records` in the order of `sortedAll`, the dataset's own rows sorted by
 * `sortRows`: a filter change keeps rows instead of making and sorting them again (at 10,000
 * records, formatting every row's dates and texts and sorting them with the collator cost each
 * change about 40 ms). The order is the one `sortRows` gives the records' own rows, since the
 * filters keep the dataset's order and `sortRows` breaks ties by the order rows come in.
 */
export function keptRows(
  sortedAll: readonly TableRow[],
  records: readonly CooperationRecord[],
): TableRow[] {
  const kept = new Set(records);
  return sortedAll.filter((row) => kept.has(row.record));
}
