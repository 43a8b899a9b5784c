import { readFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { parseDatasetText } from "../../src/lib/data/parse.ts";
import type { Dataset } from "../../src/lib/data/schema.ts";

// import.meta.dirname, not new URL(…, import.meta.url): under jsdom, URL is jsdom's own.
export const ROOT = resolve(import.meta.dirname, "../..");

export function fixturePath(name: string): string {
  return join(ROOT, "tests/fixtures", name);
}

export function readFixture(name: string): string {
  return readFileSync(fixturePath(name), "utf8");
}

export function fixtureJson(name: string): Record<string, unknown> {
  return JSON.parse(readFixture(name)) as Record<string, unknown>;
}

/** The bundled dataset, as the build validated it. */
export function bundledDataset(): Dataset {
  const { dataset } = parseDatasetText(
    readFileSync(join(ROOT, "data/cooperation.json"), "utf8"),
  );
  if (!dataset) throw new Error("data/cooperation.json is not a valid dataset");
  return dataset;
}
