import { describe, expect, it } from "vitest";
import type { Count, Time } from "../../../../src/lib/data/schema.ts";
import {
  countCell,
  readBool,
  readCount,
  readList,
  readTime,
  timeCell,
} from "../../../../src/lib/data/sheet-cells.ts";
import { formatCount } from "../../../../src/lib/data/counts.ts";

const COUNTS: Count[] = [
  { qualifier: "exact", value: 0 },
  { qualifier: "exact", value: 23 },
  { qualifier: "exact", value: 12345 },
  { qualifier: "atLeast", value: 23 },
  { qualifier: "atLeast", value: 1500 },
  { qualifier: "atMost", value: 150 },
  { qualifier: "unspecified", word: "dozens" },
  { qualifier: "unspecified", word: "several" },
  { qualifier: "unspecified", word: "some" },
  { qualifier: "unspecified", word: "many" },
  { qualifier: "unknown" },
];

describe("a count in a cell", () => {
  it.each(COUNTS)(
    "%j is written as the app prints it and read back",
    (count) => {
      const cell = countCell(count);
      expect(cell).toBe(formatCount(count, "en"));
      expect(readCount(cell)).toEqual({ value: count });
    },
  );

  it.each(COUNTS)(
    "%j is read from the Chinese form the app prints",
    (count) => {
      expect(readCount(formatCount(count, "zh"))).toEqual({ value: count });
    },
  );

  it.each([
    [" 23 ", { qualifier: "exact", value: 23 }],
    ["23 +", { qualifier: "atLeast", value: 23 }],
    ["Up To 150", { qualifier: "atMost", value: 150 }],
    ["DOZENS", { qualifier: "unspecified", word: "dozens" }],
  ])("%j is read too", (cell, count) => {
    expect(readCount(cell)).toEqual({ value: count });
  });

  it("leaves numbers the dataset refuses to its validator (2.5, -3)", () => {
    expect(readCount("2.5")).toEqual({
      value: { qualifier: "exact", value: 2.5 },
    });
    expect(readCount("-3")).toEqual({
      value: { qualifier: "exact", value: -3 },
    });
  });

  it("says which forms it knows when it cannot read a cell", () => {
    expect(readCount("about 20")).toEqual({
      error: expect.stringContaining(
        "“about 20” is not a count: write 23, 23+",
      ),
      raw: "about 20",
    });
    expect(readCount("")).toEqual({ blank: true });
  });
});

const TIMES: Time[] = [
  { type: "date", date: "2016" },
  { type: "date", date: "2018-05" },
  { type: "date", date: "2024-06-25" },
  { type: "period", start: "2008", end: "2012" },
  { type: "period", start: "2017-09", end: "2018-06-30" },
  { type: "asOf", date: "2018-05" },
  { type: "target", until: "2019" },
  { type: "target", from: "2017", until: "2019-12" },
];

describe("a time in a cell", () => {
  it.each(TIMES)("%j is written in words and read back", (time) => {
    expect(readTime(timeCell(time))).toEqual({ value: time });
  });

  it.each([
    ["2008-2012", { type: "period", start: "2008", end: "2012" }],
    ["2008 - 2012-06", { type: "period", start: "2008", end: "2012-06" }],
    ["2008 to 2012", { type: "period", start: "2008", end: "2012" }],
    ["2008—2012", { type: "period", start: "2008", end: "2012" }],
    ["2008至2012", { type: "period", start: "2008", end: "2012" }],
    ["As of 2018", { type: "asOf", date: "2018" }],
    ["截至2018", { type: "asOf", date: "2018" }],
    ["planned, until 2019", { type: "target", until: "2019" }],
    ["计划至2019", { type: "target", until: "2019" }],
    ["planned 2019", { type: "target", until: "2019" }],
    ["计划2017–2019", { type: "target", from: "2017", until: "2019" }],
    ["2024-06-25", { type: "date", date: "2024-06-25" }],
  ])("%j is read as the form a person means", (cell, time) => {
    expect(readTime(cell)).toEqual({ value: time });
  });

  it("leaves a date a spreadsheet rewrote (2018/5/1) to the validator, which names the date form", () => {
    expect(readTime("2018/5/1")).toEqual({
      value: { type: "date", date: "2018/5/1" },
    });
  });

  it("says which forms it knows when it cannot read a cell", () => {
    expect(readTime("some time in 2018")).toMatchObject({
      error: expect.stringContaining(
        "write 2016, 2018-05, 2024-06-25, 2008–2012",
      ),
    });
  });
});

describe("yes/no and lists", () => {
  it.each([
    ["yes", true],
    ["Yes", true],
    ["是", true],
    ["no", false],
    ["FALSE", false],
    ["否", false],
  ])("%j is %j", (cell, value) => {
    expect(readBool(cell)).toEqual({ value });
  });

  it("splits lists at semicolons, commas (also Chinese) and spaces", () => {
    expect(readList("ZMB; GBR,TWN，HKG、MAC  PAK")).toEqual([
      "ZMB",
      "GBR",
      "TWN",
      "HKG",
      "MAC",
      "PAK",
    ]);
    expect(readList("[]")).toEqual([]);
  });
});
