import { describe, expect, it } from "vitest";
import {
  BOM,
  csvCell,
  csvTime,
  recordsCsvRows,
  toCsv,
} from "../../../../src/lib/data/csv.ts";
import { parseCsv } from "../../../helpers/csv.ts";
import { bundledDataset } from "../../../helpers/fixtures.ts";
import { en, zh } from "../../../helpers/messages.ts";

const dataset = bundledDataset();
const DATA_URL = "https://www.example.edu.cn/atlas/data/cooperation.json";

describe("csvCell", () => {
  it.each([
    ["plain", "plain"],
    ["a, b", '"a, b"'],
    ['he said "yes"', '"he said ""yes"""'],
    ["two\nlines", '"two\nlines"'],
    ["two\r\nlines", '"two\r\nlines"'],
    ["", ""],
    ["北京工业职业技术学院", "北京工业职业技术学院"],
  ])("%j is written %j", (value, written) => {
    expect(csvCell(value)).toBe(written);
  });

  it.each([
    ['=HYPERLINK("http://x")', '\'=HYPERLINK("http://x")'],
    ["+1+2", "'+1+2"],
    ["-2+3", "'-2+3"],
    ["@SUM(A1)", "'@SUM(A1)"],
    ["\tcmd", "'\tcmd"],
  ])(
    "a cell a spreadsheet would run, %j, gets a leading apostrophe",
    (value, safe) => {
      expect(parseCsv(csvCell(value))[0]![0]).toBe(safe);
    },
  );

  it.each(["30+", "2008–2012", "a=b", "up to 150", "–"])(
    "%j is left as it is: only a leading sign makes a formula",
    (value) => {
      expect(csvCell(value)).toBe(value);
    },
  );
});

describe("toCsv", () => {
  it("starts with a byte-order mark and ends every line with CRLF", () => {
    const text = toCsv([
      ["a", "b"],
      ["c", "d"],
    ]);
    expect(text.startsWith(BOM)).toBe(true);
    expect(BOM).toBe("\uFEFF");
    expect(text.slice(1)).toBe("a,b\r\nc,d\r\n");
    // The mark is the three UTF-8 bytes Excel looks for.
    expect([...new TextEncoder().encode(text).slice(0, 3)]).toEqual([
      0xef, 0xbb, 0xbf,
    ]);
  });

  it("reads back cell for cell, quotes, commas, line breaks and Chinese included", () => {
    const rows = [
      ["id", "quote"],
      ["x", 'He said, "more than 23"\r\nand left'],
      ["y", "学院8名教师赴赞比亚，实施试点项目"],
    ];
    expect(parseCsv(toCsv(rows).slice(1))).toEqual(rows);
  });
});

describe("records as CSV", () => {
  const rows = recordsCsvRows(dataset.records, {
    dataset,
    t: en,
    lang: "en",
    dataUrl: DATA_URL,
  });
  const header = rows[0]!;
  const byId = new Map(rows.slice(1).map((r) => [r[0], r]));
  const cell = (id: string, column: string) =>
    byId.get(id)![header.indexOf(column)];

  it("has a header and one row per record, in the order given", () => {
    expect(header).toEqual([
      "id",
      "title",
      "institution",
      "kind",
      "time",
      "countries and regions",
      "people direction",
      "category",
      "number",
      "summary",
      "quote",
      "source URL",
    ]);
    expect(rows.slice(1).map((r) => r[0])).toEqual(
      dataset.records.map((r) => r.id),
    );
    const reversed = recordsCsvRows([...dataset.records].reverse(), {
      dataset,
      t: en,
      lang: "en",
    });
    expect(reversed.slice(1).map((r) => r[0])).toEqual(
      dataset.records.map((r) => r.id).reverse(),
    );
  });

  it("writes times as the data does", () => {
    expect(cell("anshun-china-cee-union", "time")).toBe("2018-05");
    expect(cell("bjut-doctoral-students-abroad", "time")).toBe("2008–2012");
    expect(cell("binzhou-alliance-founded", "time")).toBe("2024-06-25");
    expect(cell("bpc-key-teachers-sent", "time")).toBe("as of 2018");
    expect(csvTime({ type: "target", until: "2019", from: "2017" }, en)).toBe(
      "planned, until 2017–2019",
    );
  });

  it("writes counts as the source gives them, with their qualifier", () => {
    expect(cell("bpc-experts-received", "number")).toBe("30+");
    expect(cell("bpc-cnmc-training-target", "number")).toBe("up to 150");
    expect(cell("anshun-taiwan-visitors", "number")).toBe("dozens");
    expect(cell("bpc-foreign-students", "number")).toBe("unknown");
    expect(cell("bpc-zambia-teachers", "people direction")).toBe("Sent");
    expect(cell("bpc-zambia-teachers", "category")).toBe("teachers");
    expect(cell("bpc-going-out-pilot", "people direction")).toBe("");
    expect(cell("bpc-going-out-pilot", "number")).toBe("");
  });

  it("keeps the verbatim quote and links the source page beside the dataset", () => {
    const record = dataset.records.find((r) => r.id === "bpc-zambia-teachers")!;
    const source = dataset.sources.find((s) => s.id === record.source)!;
    expect(cell(record.id, "quote")).toBe(record.quote);
    expect(cell(record.id, "source URL")).toBe(
      `https://www.example.edu.cn/atlas/data/sources/${source.file}`,
    );
  });

  it("names the countries, several ones apart by semicolons, with “and others”", () => {
    expect(cell("bjut-doctoral-students-abroad", "countries and regions")).toBe(
      "United States; Australia; United Kingdom; Canada and others",
    );
    expect(cell("anshun-taiwan-agreements", "countries and regions")).toBe(
      "Taiwan, China",
    );
  });

  it("in Chinese: Chinese header, names, counts and text, which survive the file", () => {
    const zhRows = recordsCsvRows(dataset.records, {
      dataset,
      t: zh,
      lang: "zh",
    });
    expect(zhRows[0]).toContain("原文");
    expect(zhRows[0]!.join("")).not.toMatch(/[A-Za-z]/);
    const target = zhRows.find((r) => r[0] === "bpc-cnmc-training-target")!;
    expect(target).toContain("最多150");
    const taiwan = zhRows.find((r) => r[0] === "anshun-taiwan-agreements")!;
    expect(taiwan).toContain("中国台湾");
    const text = toCsv(zhRows);
    const bytes = new TextEncoder().encode(text);
    expect(
      parseCsv(new TextDecoder().decode(bytes).replace(/^\uFEFF/, "")),
    ).toEqual(zhRows);
  });

  it("defuses a quote from a page that starts like a formula", () => {
    const record = { ...dataset.records[0]!, quote: "=1+1 teachers" };
    const [, row] = recordsCsvRows([record], { dataset, t: en, lang: "en" });
    const text = toCsv([row!]);
    expect(text).toContain(",'=1+1 teachers,");
  });
});
