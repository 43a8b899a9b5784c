import { spawnSync } from "node:child_process";
import { describe, expect, it } from "vitest";
import { fixturePath, ROOT } from "../../helpers/fixtures.ts";

function validate(file: string) {
  const run = spawnSync("npx", ["tsx", "scripts/validate.ts", file], {
    cwd: ROOT,
    encoding: "utf8",
  });
  return { code: run.status, out: run.stdout, err: run.stderr };
}

describe("npm run validate", { timeout: 60_000 }, () => {
  it("prints a one-line summary and exits 0 for a valid file", () => {
    const { code, out } = validate(fixturePath("minimal.json"));
    expect(code).toBe(0);
    expect(out.trim().split("\n")).toHaveLength(1);
    expect(out).toMatch(
      /valid — 2 institutions, 4 records, 4 partner countries and regions/,
    );
  });

  it("lists every problem with path, record id and reason, and exits 1", () => {
    const { code, err } = validate(fixturePath("mixed.json"));
    expect(code).toBe(1);
    expect(err).toContain(
      'records[4] "alpha-bad-count": people.count.value should be a whole number, not 2.5',
    );
    expect(err).toContain(
      'records[6] "alpha-dangling": source names “nowhere”, which is not a source in this file',
    );
    expect(err).toContain("5 problem(s); 4 valid records would be kept.");
  });

  it("names the line and column of a JSON syntax error", () => {
    const { code, err } = validate(fixturePath("broken/syntax.json"));
    expect(code).toBe(1);
    expect(err).toMatch(/line 5, column 5/);
  });
});
