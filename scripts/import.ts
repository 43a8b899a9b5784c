// npm run import -- <records.csv> [--out dataset.json] [--base dataset.json] [--keep-valid]
// Reads a spreadsheet set (src/lib/data/sheet.ts; the sheets beside the records sheet are read
// when they are there, else taken from --base), validates it and writes the dataset. Each problem
// is printed with its file, row, id and column; with problems the exit code is 1 and nothing is
// written, unless --keep-valid asks for the valid entries to be written all the same.
import { existsSync, readFileSync, writeFileSync } from "node:fs";
import { parseArgs } from "node:util";
import { decodeCsv } from "../src/lib/data/csv-parse.ts";
import { parseDatasetText } from "../src/lib/data/parse.ts";
import { formatProblem } from "../src/lib/data/problems.ts";
import {
  formatSheetProblem,
  importSheets,
  readSheet,
  SHEETS,
  type Sheets,
} from "../src/lib/data/sheet.ts";
import type { Dataset } from "../src/lib/data/schema.ts";
import { summarize } from "../src/lib/data/summary.ts";
import { sheetFiles } from "./sheet-files.ts";

const USAGE =
  "usage: npm run import -- <records.csv> [--out dataset.json] [--base dataset.json] [--keep-valid]";

export function importFiles(
  recordsFile: string,
  options: { out?: string; base?: string; keepValid?: boolean },
): { code: number; out: string[]; err: string[] } {
  const out: string[] = [];
  const err: string[] = [];
  const files = sheetFiles(recordsFile);
  if (!existsSync(recordsFile)) {
    return { code: 1, out, err: [`${recordsFile}: there is no such file.`] };
  }
  const sheets: Sheets = {};
  for (const sheet of SHEETS) {
    if (!existsSync(files[sheet])) continue;
    const { text, encoding } = decodeCsv(readFileSync(files[sheet]));
    if (encoding !== "utf-8") {
      out.push(
        `${files[sheet]}: not UTF-8, read as GB18030 (Excel's plain “CSV” on a Chinese Windows). Save as “CSV UTF-8” to be sure of the Chinese text.`,
      );
    }
    sheets[sheet] = readSheet(text);
  }
  let base: Dataset | undefined;
  if (options.base) {
    const result = parseDatasetText(readFileSync(options.base, "utf8"));
    if (!result.dataset || result.problems.length > 0) {
      err.push(`${options.base}: ${result.refused ?? "has problems:"}`);
      err.push(
        ...result.problems.map((p) => `${options.base}: ${formatProblem(p)}`),
      );
      return { code: 1, out, err };
    }
    base = result.dataset;
  }
  const result = importSheets(sheets, base);
  for (const p of result.problems) {
    err.push(
      formatSheetProblem(
        p,
        sheets[p.sheet] ? files[p.sheet] : (options.base ?? files[p.sheet]),
      ),
    );
  }
  if (!result.dataset) {
    const { sheet, reason } = result.refused!;
    err.push(`${files[sheet]}: ${reason} Nothing was written.`);
    return { code: 1, out, err };
  }
  const target =
    options.out ?? recordsFile.replace(/(\.records)?\.csv$/i, "") + ".json";
  const s = summarize(result.dataset);
  const counts = `${s.institutions} institutions, ${result.dataset.sources.length} sources, ${s.records} records`;
  const write = () =>
    writeFileSync(target, JSON.stringify(result.dataset, null, 2) + "\n");
  if (result.problems.length === 0) {
    write();
    out.push(`wrote ${target}: ${counts}`);
    return { code: 0, out, err };
  }
  if (options.keepValid) {
    write();
    err.push(
      `${result.problems.length} problem(s); wrote the valid entries to ${target}: ${counts}.`,
    );
  } else {
    err.push(
      `${result.problems.length} problem(s); nothing was written (--keep-valid writes the valid entries: ${counts}).`,
    );
  }
  return { code: 1, out, err };
}

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: {
    out: { type: "string" },
    base: { type: "string" },
    "keep-valid": { type: "boolean", default: false },
  },
});
if (positionals.length !== 1) {
  console.error(USAGE);
  process.exit(2);
}
const result = importFiles(positionals[0]!, {
  out: values.out,
  base: values.base,
  keepValid: values["keep-valid"],
});
if (result.out.length) console.log(result.out.join("\n"));
if (result.err.length) console.error(result.err.join("\n"));
process.exitCode = result.code;
