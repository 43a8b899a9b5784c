import { readFileSync } from "node:fs";
import { join } from "node:path";
import { ROOT } from "./fixtures.ts";

/**
 * A fetch that answers like the static server: /fixtures/* from tests/fixtures, the bundled
 * dataset from data/, 404 otherwise. `gate` holds answers back to observe loading states.
 */
export function fixtureFetch(gate?: Promise<void>): typeof fetch {
  return async (input) => {
    await gate;
    const path = new URL(String(input)).pathname;
    const file = path.startsWith("/fixtures/")
      ? join(ROOT, "tests", path)
      : path.endsWith("/data/cooperation.json")
        ? join(ROOT, "data/cooperation.json")
        : undefined;
    try {
      if (file)
        return new Response(readFileSync(file, "utf8"), { status: 200 });
    } catch {
      // fall through to 404
    }
    return new Response("not found", { status: 404, statusText: "Not Found" });
  };
}
