import { describe, expect, it } from "vitest";
import { BOM, toCsv } from "../../../../src/lib/data/csv.ts";
import {
  decodeCsv,
  detectSeparator,
  parseCsv,
} from "../../../../src/lib/data/csv-parse.ts";

const TRICKY = [
  ["plain", "a, b", 'he said "yes"', "two\r\nlines", "one\nline feed"],
  [
    "北京工业职业技术学院",
    "中国—赞比亚职业技术学院、弘光科技大学",
    "",
    " spaced ",
    "“curly”",
  ],
];

describe("parseCsv", () => {
  it("reads back what toCsv writes: quotes, commas, line breaks, Chinese, empty cells", () => {
    expect(parseCsv(toCsv(TRICKY))).toEqual(TRICKY);
  });

  it.each([
    ["CRLF (Excel on Windows)", "\r\n"],
    ["LF (LibreOffice, WPS on Linux)", "\n"],
    ["CR (old Excel on a Mac)", "\r"],
  ])("ends rows at %s", (_, eol) => {
    expect(parseCsv(`a,b${eol}c,d${eol}`)).toEqual([
      ["a", "b"],
      ["c", "d"],
    ]);
  });

  it("drops the byte-order mark Excel writes at the start", () => {
    expect(parseCsv(`${BOM}id,title\r\nx,北京\r\n`)).toEqual([
      ["id", "title"],
      ["x", "北京"],
    ]);
  });

  it("reads a last row without a line end, and keeps a quote inside an unquoted cell", () => {
    expect(parseCsv('a,5" screen')).toEqual([["a", '5" screen']]);
  });

  it("takes semicolons as the separator when the header has no comma (Excel in a decimal-comma locale)", () => {
    expect(detectSeparator("id;title\r\n")).toBe(";");
    expect(detectSeparator("id,title;x\n")).toBe(",");
    expect(detectSeparator("id\n")).toBe(",");
    expect(parseCsv('id;title\r\nx;"a; b, c"\r\n', ";")).toEqual([
      ["id", "title"],
      ["x", "a; b, c"],
    ]);
  });
});

describe("decodeCsv", () => {
  it("reads UTF-8 with or without a byte-order mark", () => {
    const text = "id,title\r\nx,北京\r\n";
    for (const bytes of [
      new TextEncoder().encode(BOM + text),
      new TextEncoder().encode(text),
    ]) {
      expect(decodeCsv(bytes)).toEqual({ text, encoding: "utf-8" });
    }
  });

  it("reads GB18030, which Excel's plain CSV is on a Chinese Windows", () => {
    // "北京,中国" in GB18030 (GBK): 北 B1B1, 京 BEA9, 中 D6D0, 国 B9FA.
    const bytes = new Uint8Array([
      0xb1, 0xb1, 0xbe, 0xa9, 0x2c, 0xd6, 0xd0, 0xb9, 0xfa,
    ]);
    expect(decodeCsv(bytes)).toEqual({
      text: "北京,中国",
      encoding: "gb18030",
    });
  });
});
