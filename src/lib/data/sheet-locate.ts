// Where a validator problem is in the sheets: its sheet and row (from the entry's index), its
// column (the one whose field is, or holds, the problem's field), and the message with the
// entry indexes it names turned into row numbers.
import type { PathKey, Problem } from "./problems.ts";
import { ENTRY_NAME, sheetColumns, type SheetName } from "./sheet-columns.ts";
import type { ReadTable, SheetProblem } from "./sheet-read.ts";

const LISTS = ["institutions", "sources", "records", "story"] as const;

function pathKeys(path: string): PathKey[] {
  return [...path.matchAll(/([^.[\]]+)|\[(\d+)\]/g)].map((m) =>
    m[2] !== undefined ? Number(m[2]) : m[1]!,
  );
}

const startsWith = (a: readonly PathKey[], b: readonly PathKey[]) =>
  b.every((k, i) => a[i] === k);

/** The sheet, row and column of a validator problem; undefined when it repeats a sheet problem. */
export function locate(
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
