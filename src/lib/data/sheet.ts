// A dataset as spreadsheet files and back (npm run export / npm run import): one sheet of
// records, and sheets of institutions, sources, the story's slides and the dataset's settings.
// Reading builds the raw dataset and remembers the row each entry came from; the dataset's own
// validator then checks it, and each of its problems is told by sheet, row, id and column.
import { toCsv } from "./csv.ts";
import { detectSeparator, parseCsv } from "./csv-parse.ts";
import type { PathKey, Problem } from "./problems.ts";
import type { Dataset } from "./schema.ts";
import { KINDS } from "./vocab.ts";
import {
  boolCell,
  countCell,
  isBlank,
  listCell,
  readBool,
  readCount,
  readList,
  readTime,
  timeCell,
  type Cell,
} from "./sheet-cells.ts";
import {
  ENTRY_NAME,
  findColumn,
  SHEETS,
  sheetColumns,
  type Column,
  type SheetName,
} from "./sheet-columns.ts";
import { validateDataset } from "./validate.ts";

export { SHEETS, type SheetName };
export type Sheets = Partial<Record<SheetName, string[][]>>;

export interface SheetProblem {
  sheet: SheetName;
  /** The spreadsheet's row number: 1 is the header. */
  row?: number;
  column?: string;
  /** The id of the row's entry, when it has one. */
  id?: string;
  message: string;
  /** The validator's problem, when the validator found it. */
  problem?: Problem;
}

type Entry = Record<string, unknown>;

function get(entry: unknown, path: readonly PathKey[]): unknown {
  return path.reduce<unknown>(
    (v, k) => (v == null ? undefined : (v as Record<PathKey, unknown>)[k]),
    entry,
  );
}

function set(entry: Entry, path: readonly PathKey[], value: unknown): void {
  let at: Record<PathKey, unknown> = entry;
  path.forEach((key, i) => {
    if (i === path.length - 1) at[key] = value;
    else {
      at[key] ??= typeof path[i + 1] === "number" ? [] : {};
      at = at[key] as Record<PathKey, unknown>;
    }
  });
}

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

const NUMBER = /^-?\d+(\.\d+)?(e[+-]?\d+)?$/i;

function read(cell: string, form: Column["form"]): Cell<unknown> {
  if (form === "bool") return readBool(cell);
  if (form === "count") return readCount(cell);
  if (form === "time") return readTime(cell);
  if (isBlank(cell)) {
    return form === "countries" ? { value: [] } : { blank: true };
  }
  const s = cell.trim();
  switch (form) {
    case "text":
      return { value: cell };
    case "country":
      return { value: s.toUpperCase() };
    case "number":
      return { value: NUMBER.test(s) ? Number(s) : s };
    case "countries":
    case "optionalCountries":
      return { value: readList(s).map((c) => c.toUpperCase()) };
    case "ids":
      return { value: readList(s) };
    default:
      return { value: s };
  }
}

interface Row {
  row: number;
  entry: Entry;
  /** Partner index → partner group number (1-based), blank groups skipped. */
  partnerGroups: number[];
  /** Columns whose cell could not be read: the validator's problems under them are not repeated. */
  unread: Column[];
  /** The cells as written, by column name. */
  cells: Map<string, string>;
}

interface ReadTable {
  rows: Row[];
  problems: SheetProblem[];
  refused?: string;
}

function readTable(sheet: SheetName, table: string[][]): ReadTable {
  const problems: SheetProblem[] = [];
  const [header = [], ...body] = table;
  const columns = header.map((name, i) => {
    if (isBlank(name)) {
      if (body.some((row) => !isBlank(row[i] ?? ""))) {
        problems.push({
          sheet,
          row: 1,
          message: `column ${i + 1} holds values but has no name in the first row`,
        });
      }
      return undefined;
    }
    const found = findColumn(sheet, name);
    const twice = header.findIndex(
      (n) => n.trim().toLowerCase() === found?.name,
    );
    if (!found || twice !== i) {
      problems.push({
        sheet,
        row: 1,
        column: name.trim(),
        message: found
          ? "is in the first row twice"
          : "is not a column this sheet knows (check its spelling); its cells are not read",
      });
      return undefined;
    }
    return found;
  });
  const missing = sheetColumns(sheet)
    .filter((c) => c.required && !columns.some((k) => k?.name === c.name))
    .map((c) => c.name);
  if (missing.length > 0) {
    return {
      rows: [],
      problems,
      refused: `The first row should name the columns; ${missing.join(", ")} ${missing.length === 1 ? "is" : "are"} not there.`,
    };
  }
  const rows: Row[] = [];
  body.forEach((cells, i) => {
    const row = i + 2;
    if (cells.every(isBlank)) return;
    if (cells.slice(header.length).some((c) => !isBlank(c))) {
      problems.push({
        sheet,
        row,
        message: `has ${cells.length} cells, more than the ${header.length} columns of the first row (a cell with a comma that is not in quotes?); the row is not read`,
      });
      return;
    }
    rows.push(readRow(sheet, columns, cells, row, problems));
  });
  return { rows, problems };
}

function readRow(
  sheet: SheetName,
  columns: (Column | undefined)[],
  cells: string[],
  row: number,
  problems: SheetProblem[],
): Row {
  const entry: Entry = sheet === "records" ? { countries: [] } : {};
  const groups = new Map<number, Entry>();
  const unread: Column[] = [];
  const written = new Map<string, string>();
  const kindCell = columns.findIndex((c) => c?.name === "kind");
  const kind = sheet === "records" ? cells[kindCell]?.trim() : undefined;
  const id = cells[columns.findIndex((c) => c?.name === "id")]?.trim();
  const problem = (c: Column, message: string) => {
    unread.push(c);
    problems.push({
      sheet,
      row,
      column: c.name,
      ...(id ? { id } : {}),
      message,
    });
  };
  columns.forEach((c, i) => {
    if (!c) return;
    written.set(c.name, cells[i] ?? "");
    const cell = read(cells[i] ?? "", c.form);
    if ("blank" in cell) return;
    let value = "error" in cell ? cell.raw : cell.value;
    if ("error" in cell) problem(c, cell.error);
    else if (
      c.kinds &&
      KINDS.includes(kind as never) &&
      !c.kinds.includes(kind as never)
    ) {
      problem(
        c,
        `is only for ${c.kinds.join(", ")} records; this one is ${kind === "agreement" || kind === "event" ? "an" : "a"} ${kind}`,
      );
      value = cells[i];
    }
    if (c.path[0] === "partners") {
      const n = c.path[1] as number;
      if (!groups.has(n)) groups.set(n, {});
      set(groups.get(n)!, c.path.slice(2), value);
    } else set(entry, c.path, value);
  });
  const partnerGroups = [...groups.keys()].sort((a, b) => a - b);
  if (sheet === "records") {
    entry.partners = partnerGroups.map((n) => groups.get(n));
  }
  if (sheet === "settings") entry.version ??= 1;
  return {
    row,
    entry,
    partnerGroups: partnerGroups.map((n) => n + 1),
    unread,
    cells: written,
  };
}

export interface SheetImport {
  /** The valid entries; null when a sheet is refused. */
  dataset: Dataset | null;
  problems: SheetProblem[];
  /** Why a sheet could not be read at all. */
  refused?: { sheet: SheetName; reason: string };
}

const LISTS = ["institutions", "sources", "records", "story"] as const;

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

function pathKeys(path: string): PathKey[] {
  return [...path.matchAll(/([^.[\]]+)|\[(\d+)\]/g)].map((m) =>
    m[2] !== undefined ? Number(m[2]) : m[1]!,
  );
}

const startsWith = (a: readonly PathKey[], b: readonly PathKey[]) =>
  b.every((k, i) => a[i] === k);

/** The sheet, row and column of a validator problem; undefined when it repeats a sheet problem. */
function locate(
  problem: Problem,
  read: Partial<Record<SheetName, ReadTable>>,
): SheetProblem | undefined {
  const keys = pathKeys(problem.path);
  const list = LISTS.find((s) => s === keys[0] && typeof keys[1] === "number");
  const sheet: SheetName = list ?? "settings";
  const row = list
    ? read[sheet]?.rows[keys[1] as number]
    : read.settings?.rows[0];
  let rest = list ? keys.slice(2) : keys;
  if (rest[0] === "partners" && typeof rest[1] === "number" && row) {
    rest = [
      "partners",
      (row.partnerGroups[rest[1]] ?? rest[1] + 1) - 1,
      ...rest.slice(2),
    ];
  }
  if (
    row?.unread.some(
      (c) => startsWith(rest, c.path) || startsWith(c.path, rest),
    )
  ) {
    return undefined;
  }
  const columns = sheetColumns(
    sheet,
    rest[0] === "partners" ? Number(rest[1]) + 1 : 0,
  );
  const column =
    columns.find((c) => startsWith(rest, c.path)) ??
    columns.find((c) => startsWith(c.path, rest));
  // "time: end is 2010, before the start 2012"; a count's inner fields say nothing to a reader.
  const deeper =
    column && column.form !== "count"
      ? rest.slice(column.path.length).filter((k) => typeof k === "string")
      : [];
  let message = problem.message.replace(
    /\b(institutions|sources|records|story)\[(\d+)\]/g,
    (text, s: SheetName, i: string) => {
      const at = read[s]?.rows[Number(i)]?.row;
      return at ? `row ${at}` : text;
    },
  );
  if (deeper.length > 0) message = `${deeper.join(".")} ${message}`;
  const cell = column ? (row?.cells.get(column.name) ?? "") : "";
  if (
    (column?.form === "time" || column?.name === "published") &&
    EXCEL_DATE.test(cell)
  ) {
    message +=
      " (a spreadsheet may have turned the cell into a date of its own: format the column as Text and type the date again)";
  }
  return {
    sheet,
    ...(row && read[sheet] ? { row: row.row } : {}),
    ...(column ? { column: column.name } : {}),
    ...(problem.recordId ? { id: problem.recordId } : {}),
    message,
    problem,
  };
}

/** What Excel and WPS make of a date typed in a cell of the General format: 5/1/2018, May-18, 2018年5月. */
const EXCEL_DATE =
  /\/|年|月|\b(jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)/i;

/** One line for a person: records.csv row 14 (record bpc-zambia-2017), column people_count: … */
export function formatSheetProblem(p: SheetProblem, file: string): string {
  const where = [
    p.row ? ` row ${p.row}` : "",
    p.id ? ` (${ENTRY_NAME[p.sheet]} ${p.id})` : "",
    p.column ? `${p.row ? "," : ""} column ${p.column}` : "",
  ].join("");
  return `${file}${where}: ${p.message}`;
}
