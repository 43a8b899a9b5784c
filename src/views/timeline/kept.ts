// Which of the timeline's marks and bins hold a record that the filters keep; the others are
// dimmed. The timeline draws the records of the other filters (its context); the years and the
// text search keep some of them. At 100,000 records, a set of the kept records, asked about
// every record of every bin, took about 30 ms of each year change. Here the kept records are
// flags by their place in the dataset, and the places of a mark's or a bin's records are found
// once per mark or bin: they live as long as their layout (recent.ts).
import { indexedRecords } from "../../lib/data/aggregate.ts";
import type { CooperationRecord, Dataset } from "../../lib/data/schema.ts";

const placesOf = new WeakMap<Dataset, Map<CooperationRecord, number>>();
const listed = new WeakMap<object, Int32Array>();

function places(dataset: Dataset) {
  let at = placesOf.get(dataset);
  if (!at) {
    at = new Map(dataset.records.map((r, i) => [r, i]));
    placesOf.set(dataset, at);
  }
  return at;
}

/** Whether some record of `owner` (its records: `of()`, read once per owner) is kept. */
export type KeptTest = (
  owner: object,
  of: () => readonly CooperationRecord[],
) => boolean;

/**
 * The test for `records`, those the filters keep of `context` (the same record objects, fewer
 * of them); null when they keep the whole context, so that nothing is dimmed.
 */
export function keptTest(
  dataset: Dataset,
  records: readonly CooperationRecord[],
  context: readonly CooperationRecord[],
): KeptTest | null {
  if (records.length === context.length) return null;
  const at = places(dataset);
  const flags = new Uint8Array(dataset.records.length);
  // A selection made by selectRecords knows its places in the dataset.
  const [index, picked] = indexedRecords(dataset, records);
  if (picked && index.records === dataset.records)
    for (const i of picked) flags[i] = 1;
  else for (const r of records) flags[at.get(r) ?? -1] = 1;
  return (owner, of) => {
    let list = listed.get(owner);
    if (!list) {
      list = Int32Array.from(of(), (r) => at.get(r) ?? -1);
      listed.set(owner, list);
    }
    return list.some((i) => flags[i] === 1);
  };
}
