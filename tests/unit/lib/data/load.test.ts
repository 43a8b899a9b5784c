import { describe, expect, it } from "vitest";
import { fingerprint } from "../../../../src/lib/data/fingerprint.ts";
import { afterEach, vi } from "vitest";
import { MAX_DATASET_BYTES } from "../../../../src/lib/data/limits.ts";
import {
  hostDataOrigins,
  loadDatasetFrom,
  resolveDataUrl,
} from "../../../../src/lib/data/load.ts";
import { formatRefusal } from "../../../../src/lib/data/problems.ts";
import { englishWords } from "../../../helpers/english.ts";
import { jsonErrorLocation } from "../../../../src/lib/data/json-syntax.ts";
import { parseDatasetText } from "../../../../src/lib/data/parse.ts";
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
    expect(result.refusal).toMatchObject({
      code: "notJson",
      line: 5,
      column: 5,
    });
  });

  it("in Chinese, with the line and column and without the parser's English", () => {
    const result = parseDatasetText(readFixture("broken/syntax.json"), {
      lang: "zh",
    });
    expect(result.refused).toBe(
      "此文件不是有效的 JSON：第 5 行第 5 列有语法错误。",
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
  it("is 10 MB", () => {
    expect(MAX_DATASET_BYTES).toBe(10 * 1024 * 1024);
  });

  it("a file above the limit is refused before parsing, with the limit named (its size rounded up)", () => {
    const text = " ".repeat(MAX_DATASET_BYTES + 1);
    expect(parseDatasetText(text).refused).toBe(
      "The file is 10.1 MB; the limit is 10 MB.",
    );
    expect(parseDatasetText(text, { lang: "zh" }).refused).toBe(
      "文件大小为 10.1 MB，超过了 10 MB 的上限。",
    );
  });

  it("a file of exactly the limit is read", () => {
    const text = " ".repeat(MAX_DATASET_BYTES);
    expect(parseDatasetText(text).refusal?.code).toBe("notJson");
  });

  it("a declared size above the limit is refused without reading the body", async () => {
    let read = false;
    const body = new ReadableStream<Uint8Array>(
      {
        pull() {
          read = true;
        },
      },
      { highWaterMark: 0 },
    );
    const result = await loadDatasetFrom("http://localhost/big.json", {
      fetcher: async () =>
        new Response(body, {
          headers: { "content-length": String(20 * 1024 * 1024) },
        }),
    });
    expect(formatRefusal(result.refusal!)).toBe(
      "The file is 20 MB; the limit is 10 MB.",
    );
    expect(read).toBe(false);
  });

  it("without a declared size, the file is refused by its bytes before parsing", async () => {
    // 20 MB of valid JSON: refused for its size, not parsed.
    const text = `[${"0,".repeat(10 * 1024 * 1024)}0]`;
    const result = await loadDatasetFrom("http://localhost/big.json", {
      fetcher: async () => new Response(text),
    });
    expect(result.dataset).toBeNull();
    expect(result.refusal).toEqual({
      code: "tooLarge",
      bytes: 20 * 1024 * 1024 + 3,
      limit: MAX_DATASET_BYTES,
    });
    expect(formatRefusal(result.refusal!, "zh")).toBe(
      "文件大小为 20.1 MB，超过了 10 MB 的上限。",
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
    "data:application/json,{}",
  ])("%s on another origin is refused", (param) => {
    const result = resolveDataUrl(param, page);
    if (!("refusal" in result)) throw new Error(`${param} was accepted`);
    expect(result.refusal.code).toBe("otherSite");
    expect(formatRefusal(result.refusal)).toMatch(
      /another site .* Only files from this site \(https:\/\/uni\.example\.edu\.cn\) can be loaded\.$/,
    );
  });

  it("the refusal names the site, in English and in Chinese", () => {
    const result = resolveDataUrl("https://evil.example.com/x.json", page);
    if (!("refusal" in result)) throw new Error("accepted");
    expect(formatRefusal(result.refusal)).toBe(
      "The dataset “https://evil.example.com/x.json” is on another site (https://evil.example.com). Only files from this site (https://uni.example.edu.cn) can be loaded.",
    );
    expect(formatRefusal(result.refusal, "zh")).toBe(
      "数据集“https://evil.example.com/x.json”位于其他网站（https://evil.example.com）。只能加载本网站（https://uni.example.edu.cn）上的文件。",
    );
  });

  const allowList = ["https://data.example.edu", "https://open.example.org/"];

  it.each([
    [
      "https://data.example.edu/atlas/x.json",
      "https://data.example.edu/atlas/x.json",
    ],
    ["https://open.example.org/x.json", "https://open.example.org/x.json"],
  ])("%s on an origin the host allows is accepted", (param, url) => {
    expect(resolveDataUrl(param, page, allowList)).toEqual({ url });
  });

  it.each([
    // Same host, another scheme or port: another origin.
    "http://data.example.edu/x.json",
    "https://data.example.edu:8443/x.json",
    "https://evil.data.example.edu/x.json",
    "https://data.example.edu.evil.com/x.json",
  ])("%s is not on an allowed origin and is refused", (param) => {
    const result = resolveDataUrl(param, page, allowList);
    if (!("refusal" in result)) throw new Error(`${param} was accepted`);
    expect(formatRefusal(result.refusal)).toContain(
      "Only files from this site (https://uni.example.edu.cn) or from https://data.example.edu or https://open.example.org can be loaded.",
    );
    expect(formatRefusal(result.refusal, "zh")).toContain(
      "只能加载本网站（https://uni.example.edu.cn）或 https://data.example.edu、https://open.example.org 上的文件。",
    );
  });

  it("an allow-list entry that is not an http(s) origin allows nothing", () => {
    const result = resolveDataUrl("data:application/json,{}", page, [
      "data:text/plain,x",
      "null",
      "not an address",
    ]);
    expect(result).toHaveProperty("refusal");
  });

  it("an address that cannot be read is refused as such", () => {
    const result = resolveDataUrl("http://[bad", page);
    if (!("refusal" in result)) throw new Error("accepted");
    expect(formatRefusal(result.refusal)).toBe(
      "The dataset address “http://[bad” is not a web address.",
    );
    expect(formatRefusal(result.refusal, "zh")).toBe(
      "数据集地址“http://[bad”不是有效的网址。",
    );
  });
});

describe('the host\'s allow-list (<meta name="atlas-data-origins">)', () => {
  afterEach(() => vi.unstubAllGlobals());

  it("is empty without a page", () => {
    expect(hostDataOrigins()).toEqual([]);
  });

  it("reads origins separated by spaces or commas, and allows each", () => {
    vi.stubGlobal("document", {
      querySelector: (selector: string) =>
        /^meta\[name="?atlas-data-origins"?\]$/.test(selector)
          ? {
              content:
                " https://a.example.edu,https://b.example.org  https://c.example.net ",
            }
          : null,
    });
    const page = "https://uni.example.edu.cn/atlas/";
    for (const origin of [
      "https://a.example.edu",
      "https://b.example.org",
      "https://c.example.net",
    ]) {
      expect(hostDataOrigins()).toContain(origin);
      expect(
        resolveDataUrl(`${origin}/x.json`, page, hostDataOrigins()),
      ).toEqual({ url: `${origin}/x.json` });
    }
    expect(
      resolveDataUrl("https://d.example.com/x.json", page, hostDataOrigins()),
    ).toHaveProperty("refusal");
  });

  it("is empty when the page has no such meta", () => {
    vi.stubGlobal("document", { querySelector: () => null });
    expect(hostDataOrigins()).toEqual([]);
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
    expect(formatRefusal(result.refusal!)).toBe(
      "The dataset at http://localhost/fixtures/none.json could not be loaded: the server answered 404 Not Found.",
    );
  });

  it("in Chinese, the status without the server's English", async () => {
    const result = await loadDatasetFrom(
      "http://localhost/fixtures/none.json",
      { fetcher: fixtureServer },
    );
    const zh = formatRefusal(result.refusal!, "zh");
    expect(zh).toBe(
      "无法加载位于 http://localhost/fixtures/none.json 的数据集：服务器返回状态码 404。",
    );
    expect(englishWords(zh)).toEqual([]);
  });

  it("an unreachable server says so", async () => {
    const down: typeof fetch = () =>
      Promise.reject(new TypeError("Failed to fetch"));
    const result = await loadDatasetFrom("http://localhost/x.json", {
      fetcher: down,
    });
    expect(formatRefusal(result.refusal!)).toBe(
      "The dataset at http://localhost/x.json could not be reached.",
    );
    expect(formatRefusal(result.refusal!, "zh")).toBe(
      "无法访问位于 http://localhost/x.json 的数据集。",
    );
  });

  it("a file that is not a dataset is refused with its problems", async () => {
    const result = await loadDatasetFrom(
      "http://localhost/fixtures/broken/no-records.json",
      { fetcher: fixtureServer },
    );
    expect(result.dataset).toBeNull();
    expect(formatRefusal(result.refusal!, "zh")).toBe(
      "此文件不是本图谱的数据集。",
    );
    expect(result.problems.map((p) => [p.field, p.code])).toEqual([
      ["records", "missing"],
    ]);
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
