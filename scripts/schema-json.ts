// Writes data/schema.json from the zod schema (the one definition); a unit test fails when stale.
import { writeFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import * as z from "zod/mini";
import { Dataset } from "../src/lib/data/schema.ts";

export const SCHEMA_JSON_PATH = fileURLToPath(
  new URL("../data/schema.json", import.meta.url),
);

export function schemaJsonText(): string {
  const schema = z.toJSONSchema(Dataset, { io: "input", reused: "ref" });
  return (
    JSON.stringify({ ...schema, title: "Cooperation Atlas dataset" }, null, 2) +
    "\n"
  );
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  writeFileSync(SCHEMA_JSON_PATH, schemaJsonText());
  console.log(`wrote ${SCHEMA_JSON_PATH}`);
}
