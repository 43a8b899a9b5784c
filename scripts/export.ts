// npm run export -- <dataset.json> <records.csv>: writes a valid dataset as a spreadsheet set
// (src/lib/data/sheet.ts): the records sheet, and its institutions, sources, settings and (when
// the dataset has one) story sheets beside it. UTF-8 with a byte-order mark and CRLF, so that
// Excel opens the Chinese text as it is. `npm run import` reads the set back unchanged.
import { existsSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { parseDatasetText } from "../src/lib/data/parse.ts";
import { formatProblem } from "../src/lib/data/problems.ts";
import { datasetToSheets, SHEETS, sheetCsv } from "../src/lib/data/sheet.ts";
import { sheetFiles } from "./sheet-files.ts";

export function exportFiles(
  datasetFile: string,
  recordsFile: string,
): { code: number; out: string[]; err: string[] } {
  let text: string;
  try {
    text = readFileSync(datasetFile, "utf8");
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code ?? String(error);
    return {
      code: 1,
      out: [],
      err: [`${datasetFile}: cannot be read (${code}).`],
    };
  }
  const result = parseDatasetText(text);
  if (!result.dataset || result.problems.length > 0) {
    return {
      code: 1,
      out: [],
      err: [
        ...(result.refused ? [`${datasetFile}: ${result.refused}`] : []),
        ...result.problems.map((p) => `${datasetFile}: ${formatProblem(p)}`),
        `Only a valid dataset is exported, so that nothing is lost on the way: fix the problems first (npm run validate -- ${datasetFile}).`,
      ],
    };
  }
  const sheets = datasetToSheets(result.dataset);
  const files = sheetFiles(recordsFile);
  const out: string[] = [];
  for (const sheet of SHEETS) {
    const rows = sheets[sheet];
    if (rows) {
      writeFileSync(files[sheet], sheetCsv(rows));
      out.push(
        `wrote ${files[sheet]} (${rows.length - 1} ${rows.length === 2 ? "row" : "rows"})`,
      );
    } else if (existsSync(files[sheet])) {
      // Import would read it back into a dataset that has none.
      rmSync(files[sheet]);
      out.push(`removed ${files[sheet]}: the dataset has no ${sheet}`);
    }
  }
  return { code: 0, out, err: [] };
}

const [datasetFile, recordsFile, ...more] = process.argv.slice(2);
if (
  !datasetFile ||
  !recordsFile ||
  more.length > 0 ||
  !/\.csv$/i.test(recordsFile)
) {
  console.error("usage: npm run export -- <dataset.json> <records.csv>");
  process.exit(2);
}
const { code, out, err } = exportFiles(datasetFile, recordsFile);
if (out.length) console.log(out.join("\n"));
if (err.length) console.error(err.join("\n"));
process.exitCode = code;
