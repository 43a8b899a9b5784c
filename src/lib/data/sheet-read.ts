// Reading a sheet: its header against the layout (sheet-columns.ts), then each row into a raw
// entry of the dataset, with the row number, the cells as written, and the cells that could not
// be read (told here in the sheet's words; the validator's repeat of them is dropped).
import type { PathKey, Problem } from "./problems.ts";
import { KINDS } from "./vocab.ts";
import {
  isBlank,
  readBool,
  readCount,
  readList,
  readTime,
  type Cell,
} from "./sheet-cells.ts";
import {
  findColumn,
  sheetColumns,
  type Column,
  type SheetName,
} from "./sheet-columns.ts";

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

export type Entry = Record<string, unknown>;

export function get(entry: unknown, path: readonly PathKey[]): unknown {
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

export interface Row {
  row: number;
  entry: Entry;
  /** Partner index → partner group number (1-based), blank groups skipped. */
  partnerGroups: number[];
  /** Columns whose cell could not be read: the validator's problems under them are not repeated. */
  unread: Column[];
  /** The cells as written, by column name. */
  cells: Map<string, string>;
}

export interface ReadTable {
  rows: Row[];
  problems: SheetProblem[];
  refused?: string;
}

export function readTable(sheet: SheetName, table: string[][]): ReadTable {
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
