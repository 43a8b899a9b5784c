// npm run export and npm run import, end to end on a temporary folder.
import { spawnSync } from "node:child_process";
import {
  existsSync,
  mkdtempSync,
  readFileSync,
  rmSync,
  writeFileSync,
} from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { readSheet, sheetCsv } from "../../../src/lib/data/sheet.ts";
import { bundledDataset, ROOT } from "../../helpers/fixtures.ts";

const dir = mkdtempSync(join(tmpdir(), "atlas-sheet-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function npm(...args: string[]) {
  const run = spawnSync("npm", ["run", "--silent", ...args], {
    cwd: ROOT,
    encoding: "utf8",
  });
  return { code: run.status, out: run.stdout, err: run.stderr };
}

const bundled = bundledDataset();
const sheet = join(dir, "atlas.csv");

// Each run starts npm and tsx: seconds on a busy machine.
describe("npm run export, then npm run import", { timeout: 60_000 }, () => {
  it("writes the sheets as Excel reads Chinese, and reads them back into the same dataset", () => {
    const exported = npm("export", "--", "data/cooperation.json", sheet);
    expect(exported.code).toBe(0);
    for (const name of [
      "atlas.csv",
      "atlas.institutions.csv",
      "atlas.sources.csv",
      "atlas.settings.csv",
    ]) {
      const bytes = readFileSync(join(dir, name));
      expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
      expect(bytes.toString("utf8")).toMatch(/\r\n$/);
      expect(exported.out).toContain(join(dir, name));
    }
    expect(existsSync(join(dir, "atlas.story.csv"))).toBe(false);

    const imported = npm("import", "--", sheet);
    expect(imported.err).toBe("");
    expect(imported.code).toBe(0);
    const written = join(dir, "atlas.json");
    expect(imported.out).toContain(`wrote ${written}`);
    expect(JSON.parse(readFileSync(written, "utf8"))).toEqual(bundled);
  });

  it("names the row, record and column of each problem, exits 1 and writes nothing", () => {
    const rows = readSheet(readFileSync(sheet, "utf8"));
    const header = rows[0]!;
    const index = bundled.records.findIndex((r) => r.kind === "flow");
    rows[index + 1]![header.indexOf("people_count")] = "2.5";
    writeFileSync(sheet, sheetCsv(rows));
    const out = join(dir, "broken.json");

    const refused = npm("import", "--", sheet, "--out", out);
    expect(refused.code).toBe(1);
    expect(refused.err).toContain(
      `${sheet} row ${index + 2} (record ${bundled.records[index]!.id}), column people_count: `,
    );
    expect(refused.err).toMatch(/1 problem\(s\); nothing was written/);
    expect(existsSync(out)).toBe(false);

    const kept = npm("import", "--", sheet, "--out", out, "--keep-valid");
    expect(kept.code).toBe(1);
    const dataset = JSON.parse(readFileSync(out, "utf8"));
    expect(dataset.records).toHaveLength(bundled.records.length - 1);
  });

  it("reads the template with the institutions and sources of a base dataset", () => {
    const out = join(dir, "template.json");
    const run = npm(
      "import",
      "--",
      "data/template.csv",
      "--base",
      "data/cooperation.json",
      "--out",
      out,
    );
    expect(run.err).toBe("");
    expect(run.code).toBe(0);
    expect(
      JSON.parse(readFileSync(out, "utf8")).records.length,
    ).toBeGreaterThan(1);
  });

  it("shows how to call it when a file is missing, with exit code 2", () => {
    expect(npm("import").code).toBe(2);
    expect(npm("export", "--", "data/cooperation.json").err).toMatch(
      /usage: npm run export/,
    );
  });
});
