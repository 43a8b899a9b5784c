import { describe, expect, it } from "vitest";
import { fingerprint } from "../../../../src/lib/data/fingerprint.ts";
import { MAX_DATASET_BYTES } from "../../../../src/lib/data/limits.ts";
import {
  loadDatasetFrom,
  resolveDataUrl,
} from "../../../../src/lib/data/load.ts";
import {
  jsonErrorLocation,
  parseDatasetText,
} from "../../../../src/lib/data/parse.ts";
import { fixtureFetch } from "../../../helpers/fixture-fetch.ts";
import { readFixture } from "../../../helpers/fixtures.ts";

const fixtureServer = fixtureFetch();

describe("JSON syntax errors name the line and column", () => {
  it("from a broken file", () => {
    const result = parseDatasetText(readFixture("broken/syntax.json"));
    expect(result.dataset).toBeNull();
    expect(result.refused).toMatch(
      /^The file is not valid JSON: line 5, column 5: /,
    );
  });

  it.each([
    [
      "Unexpected token } in JSON at position 12",
      '{\n  "a": 1,\n}',
      { line: 3, column: 1 },
    ],
    ["Expected ',' (line 2 column 7)", "", { line: 2, column: 7 }],
    ["Unexpected end of JSON input", '{\n  "a":', { line: 2, column: 7 }],
  ])("reads %s", (message, text, expected) => {
    expect(jsonErrorLocation(message, text)).toEqual(expected);
  });

  it("an Excel byte-order mark does not break parsing", () => {
    const result = parseDatasetText(`\uFEFF${readFixture("minimal.json")}`);
    expect(result.problems).toEqual([]);
    expect(result.dataset?.records).toHaveLength(4);
  });
});

describe("size limit", () => {
  it("a file above the limit is refused before parsing, with the limit named", () => {
    const text = " ".repeat(MAX_DATASET_BYTES + 1);
    expect(parseDatasetText(text).refused).toBe(
      "The file is 10.0 MB; the limit is 10.0 MB.",
    );
  });
});

describe("?data= addresses", () => {
  const page = "https://uni.example.edu.cn/atlas/index.html?lang=zh";
  it("a relative address resolves against the page", () => {
    expect(resolveDataUrl("data/other.json", page)).toEqual({
      url: "https://uni.example.edu.cn/atlas/data/other.json",
    });
  });
  it("an absolute address on the same site is accepted", () => {
    expect(resolveDataUrl("/files/x.json", page)).toEqual({
      url: "https://uni.example.edu.cn/files/x.json",
    });
  });
  it.each([
    "https://evil.example.com/x.json",
    "//evil.example.com/x.json",
    "http://uni.example.edu.cn/x.json",
  ])("%s on another origin is refused", (param) => {
    const result = resolveDataUrl(param, page);
    expect(result).toHaveProperty("error");
    expect("error" in result && result.error).toMatch(
      /another site .* Only files from this site/,
    );
  });
});

describe("loading from an address", () => {
  it("loads, validates and keeps valid records next to invalid ones", async () => {
    const result = await loadDatasetFrom(
      "http://localhost/fixtures/mixed.json",
      { fetcher: fixtureServer },
    );
    expect(result.refused).toBeUndefined();
    expect(result.dataset?.records).toHaveLength(4);
    expect(result.problems).toHaveLength(5);
  });

  it("a missing file says what the server answered", async () => {
    const result = await loadDatasetFrom(
      "http://localhost/fixtures/none.json",
      { fetcher: fixtureServer },
    );
    expect(result.refused).toBe(
      "The dataset at http://localhost/fixtures/none.json could not be loaded: the server answered 404 Not Found.",
    );
  });

  it("an unreachable server says so", async () => {
    const down: typeof fetch = () =>
      Promise.reject(new TypeError("Failed to fetch"));
    const result = await loadDatasetFrom("http://localhost/x.json", {
      fetcher: down,
    });
    expect(result.refused).toBe(
      "The dataset at http://localhost/x.json could not be reached.",
    );
  });

  it("a file with the build's fingerprint is trusted as validated at build time", async () => {
    const trusted = fingerprint(readFixture("mixed.json"));
    const result = await loadDatasetFrom(
      "http://localhost/fixtures/mixed.json",
      {
        fetcher: fixtureServer,
        trusted,
      },
    );
    // Not re-validated: the build would have refused this file, so a match never happens in use.
    expect(result.problems).toEqual([]);
    expect(result.dataset?.records).toHaveLength(9);
  });

  it("a file that differs from the build's is validated in the browser", async () => {
    const result = await loadDatasetFrom(
      "http://localhost/fixtures/mixed.json",
      {
        fetcher: fixtureServer,
        trusted: fingerprint(readFixture("minimal.json")),
      },
    );
    expect(result.problems).toHaveLength(5);
    expect(result.dataset?.records).toHaveLength(4);
  });
});

describe("fingerprint", () => {
  it("differs when one character differs, and is stable", () => {
    expect(fingerprint("abc")).toBe(fingerprint("abc"));
    expect(fingerprint("abc")).not.toBe(fingerprint("abd"));
    expect(fingerprint("")).toBe("811c9dc5-0");
  });
});
