import { describe, expect, it } from "vitest";
import type { CooperationRecord } from "../../../../src/lib/data/schema.ts";
import { selectRecords } from "../../../../src/lib/data/aggregate.ts";
import { synthDataset } from "../../../../src/lib/data/synth.ts";
import {
  COLUMNS,
  compareKeys,
  DEFAULT_SORT,
  keptRows,
  nextSort,
  sortRows,
  tableRows,
  type TableRow,
} from "../../../../src/views/table/columns.ts";
import { bundledDataset } from "../../../helpers/fixtures.ts";
import { en, zh } from "../../../helpers/messages.ts";

const dataset = bundledDataset();
const rows = tableRows(dataset.records, dataset, en, "en");
const row = (id: string) => rows.find((r) => r.id === id)!;
const ids = (list: TableRow[]) => list.map((r) => r.id);

describe("tableRows", () => {
  it("gives one row per record, in the order given", () => {
    expect(ids(rows)).toEqual(dataset.records.map((r) => r.id));
  });

  it("a flow says its direction, category and count with the source's qualifier", () => {
    const r = row("bjut-doctoral-students-abroad");
    expect(r.cells.institution).toBe("BJUT");
    expect(r.cells.time).toBe("2008–2012");
    expect(r.cells.people).toBe("Sent: 68 doctoral students");
    expect(r.cells.count).toBe("68");
    expect(r.keys.count).toBe(68);
    expect(r.cells.countries).toBe(
      "United States, Australia, United Kingdom, Canada and others",
    );
    expect(row("bpc-experts-received").cells.count).toBe("30+");
    expect(row("bpc-cnmc-training-target").cells.count).toBe("up to 150");
    expect(row("bpc-cnmc-training-target").cells.time).toBe(
      "planned, until 2019",
    );
    expect(row("anshun-taiwan-visitors").cells.count).toBe("dozens");
    expect(row("bpc-foreign-students").cells.people).toBe(
      "Received: students, number not given",
    );
  });

  it("sorts counts by the least the source vouches for", () => {
    expect(row("bpc-experts-received").keys.count).toBe(30);
    expect(row("bpc-cnmc-training-target").keys.count).toBe(0);
    expect(row("anshun-taiwan-visitors").keys.count).toBe(0);
  });

  it("a record that is not a flow has no people; a quantity gives the count and what it counts", () => {
    const pilot = row("bpc-going-out-pilot");
    expect(pilot.cells.people).toBe("–");
    expect(pilot.keys.people).toBeNull();
    expect(pilot.cells.count).toBe("–");
    expect(pilot.keys.count).toBeNull();
    expect(row("bpc-partner-agreements").cells.count).toBe(
      "23+ colleges or universities abroad",
    );
    expect(row("bpc-partner-agreements").keys.count).toBe(23);
    expect(row("bjut-academic-lectures").cells.count).toBe(
      "400+ academic lectures a year",
    );
  });

  it("names Taiwan as a region of China and leaves out the institutions' own country", () => {
    expect(row("anshun-taiwan-agreements").cells.countries).toBe(
      "Taiwan, China",
    );
    // The pilot's only partner is in China: no partner place to name.
    expect(row("bpc-going-out-pilot").cells.countries).toBe("–");
    expect(row("bpc-zambia-teachers").cells.countries).toBe("Zambia");
  });

  it("says how many countries a source gives when it names none", () => {
    expect(row("bpc-delegations-received").cells.countries).toBe(
      "11 countries or regions, not named",
    );
  });

  it("speaks Chinese in the Chinese interface", () => {
    const r = tableRows(
      dataset.records.filter((x) => x.id === "bjut-doctoral-students-abroad"),
      dataset,
      zh,
      "zh",
    )[0]!;
    expect(r.cells.people).toBe("派出：博士研究生68");
    expect(r.cells.countries).toMatch(/^美国、澳大利亚、英国、加拿大等$/);
    expect(r.cells.title).toBe(
      dataset.records.find((x) => x.id === r.id)!.title.zh,
    );
  });
});

describe("sorting", () => {
  it("a click on another column sorts it ascending; on the sorted column it flips", () => {
    expect(DEFAULT_SORT).toEqual({ column: "time", descending: false });
    const byCount = nextSort(DEFAULT_SORT, "count");
    expect(byCount).toEqual({ column: "count", descending: false });
    expect(nextSort(byCount, "count")).toEqual({
      column: "count",
      descending: true,
    });
    expect(nextSort(nextSort(byCount, "count"), "count").descending).toBe(
      false,
    );
  });

  it("time sorts by the start of each record's interval; an “as of” figure at its date", () => {
    const sorted = sortRows(rows, DEFAULT_SORT, "en");
    const keys = sorted.map((r) => r.keys.time as string);
    expect(keys).toEqual([...keys].sort());
    // The 2008–2012 periods come first, then 2012 …
    expect(sorted[0]!.record.time).toMatchObject({
      type: "period",
      start: "2008",
    });
    // … and the figures "as of 2012" after what is dated within 2012.
    const at = (id: string) => ids(sorted).indexOf(id);
    expect(at("bjut-compulsory-conferences")).toBeLessThan(
      at("bjut-academic-lectures"),
    );
    expect(at("bjut-academic-lectures")).toBeLessThan(
      at("bpc-going-out-pilot"),
    );
  });

  it("is stable: rows with equal keys keep their order, in both directions", () => {
    const sameKind = (list: TableRow[]) =>
      ids(list.filter((r) => r.cells.kind === "Agreement"));
    const given = sameKind(rows);
    expect(given.length).toBeGreaterThan(1);
    expect(
      sameKind(sortRows(rows, { column: "kind", descending: false }, "en")),
    ).toEqual(given);
    expect(
      sameKind(sortRows(rows, { column: "kind", descending: true }, "en")),
    ).toEqual(given);
  });

  it("descending reverses the order of different keys", () => {
    const up = sortRows(rows, { column: "count", descending: false }, "en");
    const down = sortRows(rows, { column: "count", descending: true }, "en");
    const values = (list: TableRow[]) =>
      list.map((r) => r.keys.count).filter((k) => k !== null) as number[];
    expect(values(up)).toEqual([...values(up)].sort((a, b) => a - b));
    expect(values(down)).toEqual([...values(up)].reverse());
    expect(values(down)[0]).toBe(400);
  });

  it("rows with nothing to sort by stay last in both directions", () => {
    for (const descending of [false, true]) {
      const sorted = sortRows(rows, { column: "people", descending }, "en");
      const firstNull = sorted.findIndex((r) => r.keys.people === null);
      expect(firstNull).toBeGreaterThan(0);
      expect(sorted.slice(firstNull).every((r) => r.keys.people === null)).toBe(
        true,
      );
    }
  });

  it("never changes the rows it is given", () => {
    const before = ids(rows);
    sortRows(rows, { column: "institution", descending: true }, "en");
    expect(ids(rows)).toEqual(before);
  });

  it("compares numbers as numbers and text in the language's order", () => {
    expect(compareKeys(9, 10, "en")).toBeLessThan(0);
    expect(compareKeys("item 9", "item 10", "en")).toBeLessThan(0);
    // Pinyin: Beijing (bei) before Binzhou (bin).
    expect(compareKeys("北京工业大学", "滨州职业学院", "zh")).toBeLessThan(0);
    expect(compareKeys(null, 0, "en")).toBeGreaterThan(0);
    expect(compareKeys(null, null, "en")).toBe(0);
  });

  it("sorts many thousands of records at once", () => {
    const many: CooperationRecord[] = Array.from(
      { length: 12_000 },
      (_, i) => ({
        ...dataset.records[i % dataset.records.length]!,
        id: `r-${i}`,
      }),
    );
    const big = tableRows(many, dataset, en, "en");
    const sorted = sortRows(big, { column: "count", descending: true }, "en");
    expect(sorted).toHaveLength(12_000);
    expect(new Set(ids(sorted)).size).toBe(12_000);
  });
});

describe("keptRows", () => {
  const synth = synthDataset(600, 7);
  const all = tableRows(synth.records, synth, en, "en");
  const filters = [
    { inst: synth.institutions[1]!.id, kinds: [], from: null, to: null },
    { inst: null, kinds: ["flow" as const], from: 2015, to: 2019 },
    { inst: null, kinds: [], from: null, to: 2012 },
  ];

  it("keeps the filtered records' rows in the order sorting them would give, for every column and direction", () => {
    for (const filter of filters) {
      const records = selectRecords(synth, filter);
      expect(records.length).toBeGreaterThan(0);
      expect(records.length).toBeLessThan(synth.records.length);
      for (const column of COLUMNS)
        for (const descending of [false, true]) {
          const sort = { column, descending };
          expect(ids(keptRows(sortRows(all, sort, "en"), records))).toEqual(
            ids(sortRows(tableRows(records, synth, en, "en"), sort, "en")),
          );
        }
    }
  });

  it("keeps no row for no records, and every row for all of them", () => {
    const sorted = sortRows(all, DEFAULT_SORT, "en");
    expect(keptRows(sorted, [])).toEqual([]);
    expect(keptRows(sorted, synth.records)).toEqual(sorted);
  });
});
