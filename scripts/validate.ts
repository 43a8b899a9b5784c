// npm run validate -- <file>: a one-line summary and exit 0, or every problem and exit 1.
import { readFileSync } from "node:fs";
import { parseDatasetText } from "../src/lib/data/parse.ts";
import { formatProblem } from "../src/lib/data/problems.ts";
import { summarize } from "../src/lib/data/summary.ts";

export function validateFile(file: string): { code: number; lines: string[] } {
  let text: string;
  try {
    text = readFileSync(file, "utf8");
  } catch (error) {
    return {
      code: 1,
      lines: [
        `${file}: cannot be read (${(error as NodeJS.ErrnoException).code ?? error}).`,
      ],
    };
  }
  const result = parseDatasetText(text);
  const lines: string[] = [];
  if (result.refused) lines.push(`${file}: ${result.refused}`);
  for (const problem of result.problems)
    lines.push(`${file}: ${formatProblem(problem)}`);
  if (result.dataset && result.problems.length === 0) {
    const s = summarize(result.dataset);
    return {
      code: 0,
      lines: [
        `${file}: valid — ${s.institutions} institutions, ${s.records} records, ${s.countries} partner countries and regions`,
      ],
    };
  }
  if (result.dataset) {
    lines.push(
      `${result.problems.length} problem(s); ${result.dataset.records.length} valid records would be kept.`,
    );
  }
  return { code: 1, lines };
}

const file = process.argv[2];
if (!file) {
  console.error("usage: npm run validate -- <dataset.json>");
  process.exit(2);
}

const { code, lines } = validateFile(file);
(code === 0 ? console.log : console.error)(lines.join("\n"));
process.exitCode = code;
