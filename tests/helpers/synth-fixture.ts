// A synthetic dataset written at test time beside the host pages (served under /host/), for
// browser tests at scale; the app loads it with ?data=. Written once per size and seed.
import { existsSync, mkdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { synthDataset } from "../../src/lib/data/synth.ts";
import { HOST, HOST_DIR } from "./server.ts";

/** The query that loads a synthetic dataset of `records` records, from the app's address. */
export function synthQuery(records: number): string {
  const name = `synth-${records}.json`;
  const file = join(HOST_DIR, name);
  if (!existsSync(file)) {
    mkdirSync(HOST_DIR, { recursive: true });
    writeFileSync(file, JSON.stringify(synthDataset(records)));
  }
  // The app is served two folders down (server.ts SUBFOLDER).
  return `?data=../..${HOST}${name}`;
}
