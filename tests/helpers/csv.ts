// Tests read CSV back with the app's own reader (src/lib/data/csv-parse.ts): one parser, not two.
export { parseCsv } from "../../src/lib/data/csv-parse.ts";
