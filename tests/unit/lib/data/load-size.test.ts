// The size limit is for files the browser would validate: the bundled dataset, validated at
// build time (any size, ATLAS_DATASET), is trusted by its fingerprint and taken whole.
import { describe, expect, it } from "vitest";
import { fingerprint } from "../../../../src/lib/data/fingerprint.ts";
import { MAX_DATASET_BYTES } from "../../../../src/lib/data/limits.ts";
import { loadDatasetFrom } from "../../../../src/lib/data/load.ts";
import { parseDatasetText } from "../../../../src/lib/data/parse.ts";
import { synthDataset } from "../../../../src/lib/data/synth.ts";

/** A dataset file above the limit (white space is valid JSON, and quick to parse). */
const padded = (seed: number) =>
  JSON.stringify(synthDataset(300, seed), null, 1) +
  " ".repeat(MAX_DATASET_BYTES);
const large = padded(1);
const bytes = Buffer.byteLength(large);
const TOO_LARGE = { code: "tooLarge", limit: MAX_DATASET_BYTES };

/** A server answering `text` with its length declared; `read` counts the bodies read. */
function server(text: string) {
  const served = { reads: 0 };
  const fetcher: typeof fetch = async () => {
    const response = new Response(text, {
      headers: { "content-length": String(Buffer.byteLength(text)) },
    });
    const read = response.text.bind(response);
    response.text = () => {
      served.reads++;
      return read();
    };
    return response;
  };
  return { fetcher, served };
}

describe("the size limit", () => {
  it("the test file is above the limit", () => {
    expect(bytes).toBeGreaterThan(MAX_DATASET_BYTES);
  });

  it("refuses a large file from the declared length, without reading it", async () => {
    const { fetcher, served } = server(large);
    const result = await loadDatasetFrom("http://x/data.json", { fetcher });
    expect(result.dataset).toBeNull();
    expect(result.refusal).toEqual({
      code: "tooLarge",
      bytes,
      limit: MAX_DATASET_BYTES,
    });
    expect(served.reads).toBe(0);
  });

  it("takes the bundled file at any size, trusted by its fingerprint", async () => {
    const { fetcher } = server(large);
    const result = await loadDatasetFrom("http://x/data.json", {
      fetcher,
      trusted: fingerprint(large),
    });
    expect(result.refused).toBeUndefined();
    expect(result.trusted).toBe(true);
    expect(result.dataset?.records).toHaveLength(300);
  });

  it("still refuses another large file where the bundled one is large too", async () => {
    const other = padded(2);
    const { fetcher } = server(other);
    const result = await loadDatasetFrom("http://x/data.json", {
      fetcher,
      trusted: fingerprint(large),
    });
    expect(result.dataset).toBeNull();
    expect(result.refusal).toMatchObject(TOO_LARGE);
  });

  it("refuses a file far above the bundled one's size without reading it", async () => {
    const { fetcher, served } = server(large + " ".repeat(4 * large.length));
    const result = await loadDatasetFrom("http://x/data.json", {
      fetcher,
      trusted: fingerprint(large),
    });
    expect(result.refusal).toMatchObject(TOO_LARGE);
    expect(served.reads).toBe(0);
  });

  it("the build validates its dataset at any size", () => {
    expect(parseDatasetText(large).refusal).toMatchObject(TOO_LARGE);
    const built = parseDatasetText(large, { limit: Infinity });
    expect(built.refused).toBeUndefined();
    expect(built.problems).toEqual([]);
    expect(built.dataset?.records).toHaveLength(300);
  });
});
