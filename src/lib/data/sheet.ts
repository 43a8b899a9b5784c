// A dataset as spreadsheet files and back (npm run export / npm run import): one sheet of
// records, and sheets of institutions, sources, the story's slides and the dataset's settings.
// Reading builds the raw dataset and remembers the row each entry came from; the dataset's own
// validator then checks it, and each of its problems is told by sheet, row, id and column.
import { toCsv } from "./csv.ts";
import { detectSeparator, parseCsv } from "./csv-parse.ts";
import type { Dataset } from "./schema.ts";
import { boolCell, countCell, listCell, timeCell } from "./sheet-cells.ts";
import {
  SHEETS,
  sheetColumns,
  type Column,
  type SheetName,
} from "./sheet-columns.ts";
import { formatSheetProblem, locate } from "./sheet-locate.ts";
import {
  get,
  readTable,
  type ReadTable,
  type SheetProblem,
} from "./sheet-read.ts";
import { validateDataset } from "./validate.ts";

export { formatSheetProblem, SHEETS, type SheetName, type SheetProblem };
export type Sheets = Partial<Record<SheetName, string[][]>>;

function write(value: unknown, form: Column["form"]): string {
  if (value === undefined) return "";
  switch (form) {
    case "bool":
      return boolCell(value as boolean);
    case "count":
      return countCell(value as never);
    case "time":
      return timeCell(value as never);
    case "countries":
      return listCell(value as string[]);
    case "ids":
    case "optionalCountries":
      return listCell(value as string[], true);
    default:
      return String(value);
  }
}

/** The dataset's sheets: header row, then a row per entry. Story only when the dataset has one. */
export function datasetToSheets(dataset: Dataset): Sheets {
  const table = (sheet: SheetName, entries: readonly unknown[]) => {
    const partners = Math.max(
      1,
      ...dataset.records.map((r) => r.partners.length),
    );
    const columns = sheetColumns(sheet, partners);
    return [
      columns.map((c) => c.name),
      ...entries.map((e) => columns.map((c) => write(get(e, c.path), c.form))),
    ];
  };
  const { institutions, sources, records, story, ...settings } = dataset;
  return {
    settings: table("settings", [settings]),
    institutions: table("institutions", institutions),
    sources: table("sources", sources),
    records: table("records", records),
    ...(story ? { story: table("story", story) } : {}),
  };
}

/** A cell a spreadsheet would take for a formula gets an apostrophe (csv.ts); so does one that starts with one. */
const DEFUSED = /^'+[=+\-@\t\r]/;

/** A sheet's file: UTF-8 with a byte-order mark, CRLF, apostrophes kept apart from csv.ts's. */
export function sheetCsv(rows: readonly (readonly string[])[]): string {
  return toCsv(
    rows.map((row) => row.map((c) => (DEFUSED.test(c) ? `'${c}` : c))),
  );
}

/** A sheet's rows from its file's text (the byte-order mark already dropped or not). */
export function readSheet(text: string): string[][] {
  return parseCsv(text, detectSeparator(text)).map((row) =>
    row.map((c) => (DEFUSED.test(c) ? c.slice(1) : c)),
  );
}

export interface SheetImport {
  /** The valid entries; null when a sheet is refused. */
  dataset: Dataset | null;
  problems: SheetProblem[];
  /** Why a sheet could not be read at all. */
  refused?: { sheet: SheetName; reason: string };
}

/**
 * The dataset the sheets hold, validated. A sheet that is not given is taken from `base` (a
 * records sheet filled in alone, with the institutions and sources of a dataset already made).
 */
export function importSheets(sheets: Sheets, base?: Dataset): SheetImport {
  const read: Partial<Record<SheetName, ReadTable>> = {};
  const problems: SheetProblem[] = [];
  for (const sheet of SHEETS) {
    const table = sheets[sheet];
    if (!table) continue;
    const result = (read[sheet] = readTable(sheet, table));
    problems.push(...result.problems);
    if (result.refused) {
      return {
        dataset: null,
        problems,
        refused: { sheet, reason: result.refused },
      };
    }
  }
  const entries = (sheet: SheetName) => read[sheet]?.rows.map((r) => r.entry);
  const empty: Dataset = {
    version: 1,
    institutions: [],
    sources: [],
    records: [],
  };
  const { institutions, sources, records, story, ...settings } = base ?? empty;
  if ((read.settings?.rows.length ?? 0) > 1) {
    problems.push({
      sheet: "settings",
      row: read.settings!.rows[1]!.row,
      message: "the settings sheet has one row of values; this one is not read",
    });
  }
  const raw = {
    ...(read.settings ? (entries("settings")![0] ?? { version: 1 }) : settings),
    institutions: entries("institutions") ?? institutions,
    sources: entries("sources") ?? sources,
    records: entries("records") ?? records,
    ...((entries("story") ?? story)
      ? { story: entries("story") ?? story }
      : {}),
  };
  const validation = validateDataset(raw);
  for (const p of validation.problems) {
    const located = locate(p, read);
    if (located) problems.push(located);
  }
  problems.sort(
    (a, b) =>
      SHEETS.indexOf(a.sheet) - SHEETS.indexOf(b.sheet) ||
      (a.row ?? 0) - (b.row ?? 0),
  );
  return { dataset: validation.dataset, problems };
}
