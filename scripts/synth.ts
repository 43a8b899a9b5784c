// npm run data:synth -- --records N [--seed S] [--out file]: writes a synthetic dataset
// (src/lib/data/synth.ts) for scale tests and the benchmark. Default file: data/synth-N.json.
import { writeFileSync } from "node:fs";
import { parseArgs } from "node:util";
import { synthDataset } from "../src/lib/data/synth.ts";

const { values } = parseArgs({
  options: {
    records: { type: "string", default: "10000" },
    seed: { type: "string", default: "1" },
    out: { type: "string" },
  },
});
const size = Number(values.records);
if (!Number.isInteger(size) || size < 1) {
  console.error(
    `--records should be a whole number above 0, not ${values.records}`,
  );
  process.exit(1);
}
const file = values.out ?? `data/synth-${size}.json`;
writeFileSync(file, JSON.stringify(synthDataset(size, Number(values.seed))));
console.log(`wrote ${file}: ${size} records`);
