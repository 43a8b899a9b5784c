import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { decodeCsv } from "../../../../src/lib/data/csv-parse.ts";
import type { Dataset } from "../../../../src/lib/data/schema.ts";
import {
  datasetToSheets,
  formatSheetProblem,
  importSheets,
  readSheet,
  sheetCsv,
  type Sheets,
} from "../../../../src/lib/data/sheet.ts";
import { sheetColumns } from "../../../../src/lib/data/sheet-columns.ts";
import { synthDataset } from "../../../../src/lib/data/synth.ts";
import { validateDataset } from "../../../../src/lib/data/validate.ts";
import { bundledDataset, ROOT } from "../../../helpers/fixtures.ts";

const bundled = bundledDataset();

/** Each sheet through its file's text and back, as export then import do. */
function throughFiles(sheets: Sheets): Sheets {
  return Object.fromEntries(
    Object.entries(sheets).map(([name, rows]) => [
      name,
      readSheet(decodeCsv(new TextEncoder().encode(sheetCsv(rows))).text),
    ]),
  );
}

function roundTrip(dataset: Dataset) {
  return importSheets(throughFiles(datasetToSheets(dataset)));
}

/** A dataset that uses every optional field, list and awkward cell the format allows. */
function everything(): Dataset {
  const d = structuredClone(bundled);
  const [first, second] = d.records;
  d.map = {
    centre: -150.5,
    basemap: {
      url: "maps/china-standard.topo.json",
      object: "countries",
      idProperty: "iso_a3",
      credit: {
        en: "Standard map, GS(2020)4619",
        zh: "标准地图，审图号GS(2020)4619",
      },
    },
  };
  d.institutions[0]!.coordinates = [-12.25, -0.5];
  d.sources[0]!.published = { date: "2018", estimated: false };
  Object.assign(first!, {
    unnamedCountries: false,
    countryCount: { qualifier: "unspecified", word: "many" },
    quote: '=SUM(A1) and "quoted", with commas\r\nand a second line',
    note: { en: "-2 is not a formula", zh: "'=x 以撇号开头" },
    quantity: {
      count: { qualifier: "atMost", value: 1234 },
      of: { en: "+ lectures, a year", zh: "讲座“学术”" },
      per: "year",
    },
  });
  second!.title = { en: '@home, "two"\nlines', zh: "第一行\n第二行，、；" };
  d.story = [
    {
      title: { en: "Where", zh: "何处" },
      kind: "map",
      records: [first!.id, second!.id],
      countries: ["ZMB", "TWN"],
      institution: "bpc",
    },
    { title: { en: "Nothing named", zh: "无" }, records: [], countries: [] },
    { title: { en: "Plain", zh: "简单" } },
  ];
  return d;
}

describe("a dataset through the spreadsheet and back", () => {
  it("is unchanged: the bundled dataset", () => {
    const result = roundTrip(bundled);
    expect(result.problems).toEqual([]);
    expect(result.dataset).toEqual(bundled);
  });

  it("is unchanged: a synthetic dataset with every kind, time form and count form", () => {
    const synth = synthDataset(400, 7);
    const result = roundTrip(synth);
    expect(result.problems).toEqual([]);
    expect(result.dataset).toEqual(synth);
    const cells = datasetToSheets(synth).records!.flat();
    // The forms as the app prints them, not JSON.
    for (const form of [/^\d+\+$/, /^up to \d+$/, /^dozens$/, /^unknown$/]) {
      expect(cells.some((c) => form.test(c))).toBe(true);
    }
    for (const form of [/^as of /, /^planned until /, /^\d{4}–\d{4}$/]) {
      expect(cells.some((c) => form.test(c))).toBe(true);
    }
  });

  it("is unchanged: every optional field, a story, negative numbers, formulas, quotes and line breaks", () => {
    const d = everything();
    expect(validateDataset(d).problems).toEqual([]);
    const result = roundTrip(d);
    expect(result.problems).toEqual([]);
    expect(result.dataset).toEqual(d);
  });

  it("writes a cell a spreadsheet would run with an apostrophe, and reads it without", () => {
    const rows = datasetToSheets(everything()).records!;
    const text = sheetCsv(rows);
    expect(text).toContain(`"'=SUM(A1) and ""quoted""`);
    expect(text).toContain(",'-2 is not a formula,");
    expect(text).toContain(",''=x 以撇号开头");
    expect(readSheet(text)).toEqual(rows);
  });

  it("is written as Excel reads Chinese: a byte-order mark, CRLF line ends", () => {
    const text = sheetCsv(datasetToSheets(bundled).records!);
    expect(text.startsWith("\uFEFFid,kind,")).toBe(true);
    expect(text.split("\r\n").length).toBeGreaterThan(bundled.records.length);
    expect(text).toContain(bundled.records[0]!.title.zh);
  });

  it("reads a sheet saved with LF line ends and without a byte-order mark, or with semicolons", () => {
    const rows = datasetToSheets(bundled).records!;
    const lf = sheetCsv(rows)
      .replace(/^\uFEFF/, "")
      .replaceAll("\r\n", "\n");
    expect(readSheet(lf)).toEqual(rows);
    const semicolons = rows
      .map((row) => row.map((c) => `"${c.replaceAll('"', '""')}"`).join(";"))
      .join("\r\n")
      .replace(/^"id"/, "id");
    expect(readSheet(semicolons)).toEqual(rows);
  });
});

/** The bundled sheets with cells of the records sheet changed: [row index in the data, column, text]. */
function edited(...edits: [number, string, string][]): Sheets {
  const sheets = datasetToSheets(bundled);
  const [header, ...rows] = sheets.records!;
  for (const [i, name, text] of edits) {
    const at = header!.indexOf(name);
    expect(at).toBeGreaterThan(-1);
    rows[i]![at] = text;
  }
  return { ...sheets, records: [header!, ...rows] };
}

const flowIndex = bundled.records.findIndex((r) => r.kind === "flow");
const eventIndex = bundled.records.findIndex((r) => r.kind === "event");
const rowOf = (index: number) => index + 2;

describe("a problem in a sheet", () => {
  it("is told by its row, record id and column, and leaves that record out", () => {
    const id = bundled.records[flowIndex]!.id;
    const result = importSheets(edited([flowIndex, "people_count", "2.5"]));
    expect(result.problems).toHaveLength(1);
    const [p] = result.problems;
    expect(p).toMatchObject({
      sheet: "records",
      row: rowOf(flowIndex),
      id,
      column: "people_count",
    });
    expect(formatSheetProblem(p!, "atlas.csv")).toBe(
      `atlas.csv row ${rowOf(flowIndex)} (record ${id}), column people_count: ${p!.problem!.message}`,
    );
    expect(p!.message).toMatch(/whole number, not 2\.5/);
    expect(result.dataset!.records.map((r) => r.id)).toEqual(
      bundled.records.map((r) => r.id).filter((x) => x !== id),
    );
  });

  it("names a count it cannot read in the sheet's words, once", () => {
    const { problems } = importSheets(
      edited([flowIndex, "people_count", "lots"]),
    );
    expect(problems).toHaveLength(1);
    expect(problems[0]!.message).toBe(
      "“lots” is not a count: write 23, 23+, up to 150, dozens, several, some, many or unknown",
    );
  });

  it.each([
    ["time", "sometime soon", /is not a time this sheet knows/],
    [
      "time",
      "2018/5/1",
      /should be a date written .*format the column as Text/,
    ],
    ["time", "2012–2010", /^end is 2010, before the start 2012/],
    ["unnamed_countries", "maybe", /should be yes, no or left empty/],
    ["countries", "ZMB; XX", /alpha-3 country code.*“XX”/],
    ["kind", "meeting", /should be one of agreement/],
    ["source", "nowhere", /names “nowhere”, which is not a source/],
    ["title_zh", " ", /should not be empty|is missing/],
  ])("in column %s (%j) is told in plain words", (column, text, message) => {
    const { problems } = importSheets(edited([flowIndex, column, text]));
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatchObject({ row: rowOf(flowIndex), column });
    expect(problems[0]!.message).toMatch(message);
  });

  it("points a duplicated id at the row of the first one", () => {
    const first = bundled.records[0]!.id;
    const { problems } = importSheets(edited([flowIndex + 1, "id", first]));
    expect(problems[0]!.message).toBe(`“${first}” is already the id of row 2`);
  });

  it("says that people columns are for flows when an event has them", () => {
    const { problems, dataset } = importSheets(
      edited([eventIndex, "people_count", "12"]),
    );
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatchObject({
      row: rowOf(eventIndex),
      column: "people_count",
      message: "is only for flow records; this one is an event",
    });
    expect(dataset!.records).toHaveLength(bundled.records.length - 1);
  });

  it("keeps its row number when blank rows come before it", () => {
    const sheets = edited([flowIndex, "people_count", "lots"]);
    const [header, ...rows] = sheets.records!;
    const blank = header!.map(() => "");
    const result = importSheets({
      ...sheets,
      records: [header!, blank, blank, ...rows],
    });
    expect(result.problems[0]!.row).toBe(rowOf(flowIndex) + 2);
    expect(result.dataset!.records).toHaveLength(bundled.records.length - 1);
  });

  it("in a partner group is told by that group's columns, blank groups before it skipped", () => {
    const index = bundled.records.findIndex((r) => r.partners.length === 1);
    const sheets = edited(
      [index, "partner1_country", ""],
      [index, "partner1_en", ""],
      [index, "partner1_zh", ""],
      [index, "partner2_country", "XXX"],
      [index, "partner2_en", "A college"],
      [index, "partner2_zh", "一所学院"],
    );
    const { problems } = importSheets(sheets);
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatchObject({
      row: rowOf(index),
      column: "partner2_country",
    });
  });

  it("in the institutions sheet is told by its row there", () => {
    const sheets = datasetToSheets(bundled);
    sheets.institutions![2]![sheets.institutions![0]!.indexOf("latitude")] =
      "north";
    const { problems } = importSheets(sheets);
    const id = bundled.institutions[1]!.id;
    expect(problems[0]).toMatchObject({
      sheet: "institutions",
      row: 3,
      id,
      column: "latitude",
    });
    expect(formatSheetProblem(problems[0]!, "atlas.institutions.csv")).toMatch(
      `atlas.institutions.csv row 3 (institution ${id}), column latitude: should be a number, not “north”`,
    );
    // Its records and sources name an institution left out, and are told so.
    expect(problems.some((p) => p.sheet === "sources")).toBe(true);
  });

  it("an unknown column is named in row 1; its cells are not read", () => {
    const sheets = datasetToSheets(bundled);
    sheets.records = sheets.records!.map((row, i) => [
      ...row,
      i === 0 ? "comment" : "x",
    ]);
    const { problems, dataset } = importSheets(sheets);
    expect(problems).toEqual([
      expect.objectContaining({ row: 1, column: "comment" }),
    ]);
    expect(dataset).toEqual(bundled);
  });

  it("a row with more cells than the header is told and not read", () => {
    const sheets = datasetToSheets(bundled);
    sheets.records![3] = [...sheets.records![3]!, "stray"];
    const { problems, dataset } = importSheets(sheets);
    expect(problems[0]).toMatchObject({ row: 4 });
    expect(problems[0]!.message).toMatch(/more than the \d+ columns/);
    expect(dataset!.records).toHaveLength(bundled.records.length - 1);
  });

  it("a sheet without a column every row needs is refused, and says which", () => {
    const sheets = datasetToSheets(bundled);
    const at = sheets.records![0]!.indexOf("quote");
    sheets.records = sheets.records!.map((row) =>
      row.filter((_, i) => i !== at),
    );
    const result = importSheets(sheets);
    expect(result.dataset).toBeNull();
    expect(result.refused).toEqual({
      sheet: "records",
      reason: expect.stringMatching(/quote is not there/),
    });
  });
});

describe("the records sheet", () => {
  it("reads its header in any case and with spaces around the names", () => {
    const sheets = datasetToSheets(bundled);
    sheets.records![0] = sheets.records![0]!.map((n) => ` ${n.toUpperCase()} `);
    expect(importSheets(sheets).dataset).toEqual(bundled);
  });

  it("alone takes institutions, sources and settings from a base dataset", () => {
    const { records } = datasetToSheets(bundled);
    const result = importSheets({ records }, bundled);
    expect(result.problems).toEqual([]);
    expect(result.dataset).toEqual(bundled);
  });

  it("template (data/template.csv) has the documented columns and imports without a problem", () => {
    const text = decodeCsv(readFileSync(join(ROOT, "data/template.csv"))).text;
    const rows = readSheet(text);
    expect(rows[0]).toEqual(sheetColumns("records", 2).map((c) => c.name));
    expect(rows.length).toBeGreaterThanOrEqual(3);
    const result = importSheets({ records: rows }, bundled);
    expect(result.problems).toEqual([]);
    for (const record of result.dataset!.records) {
      expect(record).toEqual(bundled.records.find((r) => r.id === record.id));
    }
  });
});
