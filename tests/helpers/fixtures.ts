import { readFileSync } from "node:fs";
import { join, resolve } from "node:path";

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
