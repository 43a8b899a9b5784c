import { describe, expect, it } from "vitest";
import { formatProblem } from "../../../../src/lib/data/problems.ts";
import { summarize } from "../../../../src/lib/data/summary.ts";
import { validateDataset } from "../../../../src/lib/data/validate.ts";
import type { Lang } from "../../../../src/lib/i18n/lang.ts";
import { englishWords } from "../../../helpers/english.ts";
import { fixtureJson } from "../../../helpers/fixtures.ts";

type Json = Record<string, unknown>;

function withRecords(edit: (records: Json[]) => Json[]): Json {
  const data = fixtureJson("minimal.json");
  return { ...data, records: edit(structuredClone(data.records as Json[])) };
}

function problemsOf(data: unknown, lang: Lang = "en") {
  const { problems } = validateDataset(data);
  return problems.map((p) => formatProblem(p, lang));
}

describe("a valid dataset", () => {
  it("keeps every entry and reports nothing", () => {
    const { dataset, problems } = validateDataset(fixtureJson("minimal.json"));
    expect(problems).toEqual([]);
    expect(dataset && summarize(dataset)).toEqual({
      institutions: 2,
      records: 4,
      countries: 4,
    });
  });
});

describe("record by record", () => {
  it("an invalid record is left out, named by index, id and field, and its neighbours are kept", () => {
    const { dataset, problems } = validateDataset(fixtureJson("mixed.json"));
    expect(dataset?.records.map((r) => r.id)).toEqual([
      "alpha-zambia-teachers",
      "alpha-pilot",
      "beta-taiwan-students",
      "beta-visitors",
    ]);
    expect(problems.map((p) => [p.where, p.recordId, p.field])).toEqual([
      ["records[4]", "alpha-bad-count", "people.count.value"],
      ["records[5]", "alpha-bad-country", "countries[0]"],
      ["records[6]", "alpha-dangling", "source"],
      ["records[7]", "alpha-reversed", "time.end"],
      ["records[8]", "alpha-pilot", "id"],
    ]);
  });

  it.each<[string, (r: Json) => Json, string, string]>([
    [
      "a fractional count",
      (r) => ({
        ...r,
        people: {
          direction: "sent",
          category: "teachers",
          count: { qualifier: "exact", value: 2.5 },
        },
      }),
      'records[0] "alpha-zambia-teachers": people.count.value should be a whole number, not 2.5',
      "第 1 条记录（alpha-zambia-teachers）的 people.count.value 应为整数，而不是 2.5",
    ],
    [
      "a negative count",
      (r) => ({
        ...r,
        people: {
          direction: "sent",
          category: "teachers",
          count: { qualifier: "atLeast", value: -3 },
        },
      }),
      'records[0] "alpha-zambia-teachers": people.count.value should not be negative',
      "第 1 条记录（alpha-zambia-teachers）的 people.count.value 不应为负数",
    ],
    [
      "an unknown country code",
      (r) => ({ ...r, countries: ["ZZZ"] }),
      'records[0] "alpha-zambia-teachers": countries[0] should be an ISO 3166-1 alpha-3 country code, like ZMB or TWN, not “ZZZ”',
      "第 1 条记录（alpha-zambia-teachers）的 countries[0] 应为 ISO 3166-1 三字母国家或地区代码，如 ZMB 或 TWN，而不是“ZZZ”",
    ],
    [
      "a missing field",
      ({ quote: _quote, ...r }) => r,
      'records[0] "alpha-zambia-teachers": quote is missing',
      "第 1 条记录（alpha-zambia-teachers）的 quote 缺失",
    ],
    [
      "a misspelt field",
      (r) => ({ ...r, summery: "x" }),
      'records[0] "alpha-zambia-teachers": summery is not a field this format knows (check its spelling)',
      "第 1 条记录（alpha-zambia-teachers）的 summery 不是本格式的字段（请检查拼写）",
    ],
    [
      "a wrong type",
      (r) => ({ ...r, title: "Teachers" }),
      'records[0] "alpha-zambia-teachers": title should be an object, not “Teachers”',
      "第 1 条记录（alpha-zambia-teachers）的 title 应为对象，而不是“Teachers”",
    ],
    [
      "an unknown kind",
      (r) => ({ ...r, kind: "party" }),
      'records[0] "alpha-zambia-teachers": kind should be one of agreement, flow, milestone, event, programme, not “party”',
      "第 1 条记录（alpha-zambia-teachers）的 kind 应为 agreement、flow、milestone、event、programme 之一，而不是“party”",
    ],
    [
      "a date that is not in the calendar",
      (r) => ({ ...r, time: { type: "date", date: "2023-02-30" } }),
      'records[0] "alpha-zambia-teachers": time.date is not a day of the calendar',
      "第 1 条记录（alpha-zambia-teachers）的 time.date 不是日历上存在的日期",
    ],
    [
      "a reversed period",
      (r) => ({ ...r, time: { type: "period", start: "2018", end: "2012" } }),
      'records[0] "alpha-zambia-teachers": time.end is 2012, before the start 2018',
      "第 1 条记录（alpha-zambia-teachers）的 time.end 为 2012，早于开始时间 2018",
    ],
    [
      "an institution that does not exist",
      (r) => ({ ...r, institution: "gamma" }),
      'records[0] "alpha-zambia-teachers": institution names “gamma”, which is not an institution in this file',
      "第 1 条记录（alpha-zambia-teachers）的 institution 所指的“gamma”不是本文件中的院校",
    ],
    [
      "a source of another institution",
      (r) => ({ ...r, source: "beta-page" }),
      'records[0] "alpha-zambia-teachers": source “beta-page” is a page of beta, not of alpha',
      "第 1 条记录（alpha-zambia-teachers）的 source “beta-page”是 beta 的来源页面，而不是 alpha 的",
    ],
    [
      "a count written as text",
      (r) => ({
        ...r,
        people: {
          direction: "sent",
          category: "teachers",
          count: { qualifier: "exact", value: "3" },
        },
      }),
      'records[0] "alpha-zambia-teachers": people.count.value should be a number, not “3”',
      "第 1 条记录（alpha-zambia-teachers）的 people.count.value 应为数字，而不是“3”",
    ],
  ])(
    "%s is reported in plain words, in English and in Chinese",
    (_name, edit, en, zh) => {
      const data = withRecords((records) =>
        records.map((r, i) => (i === 0 ? edit(r) : r)),
      );
      expect(problemsOf(data)).toEqual([en]);
      expect(problemsOf(data, "zh")).toEqual([zh]);
      expect(englishWords(zh)).toEqual([]);
      expect(validateDataset(data).dataset?.records).toHaveLength(3);
    },
  );

  it("a record that is not an object is named by its index", () => {
    const data = withRecords((records) => [...records, 42 as unknown as Json]);
    expect(problemsOf(data)).toEqual([
      "records[4]: the entry should be an object with named fields, not 42",
    ]);
    expect(problemsOf(data, "zh")).toEqual([
      "第 5 条记录应为带有字段名的对象，而不是 42",
    ]);
  });

  it("a duplicate id keeps the first record and names it", () => {
    const data = withRecords((records) => [...records, records[1]!]);
    expect(problemsOf(data)).toEqual([
      'records[4] "alpha-pilot": id “alpha-pilot” is already the id of records[1]',
    ]);
    expect(problemsOf(data, "zh")).toEqual([
      "第 5 条记录（alpha-pilot）的 id “alpha-pilot”已是第 2 条记录的编号",
    ]);
  });

  it("records of an invalid institution are left out with a reason, not silently", () => {
    const data = fixtureJson("minimal.json");
    const institutions = structuredClone(data.institutions as Json[]);
    institutions[1] = { ...institutions[1], coordinates: [200, 26] };
    const { dataset, problems } = validateDataset({ ...data, institutions });
    expect(dataset?.institutions.map((i) => i.id)).toEqual(["alpha"]);
    expect(dataset?.records.map((r) => r.id)).toEqual([
      "alpha-zambia-teachers",
      "alpha-pilot",
    ]);
    expect(problems.map(formatProblem)).toEqual([
      'institutions[1] "beta": coordinates[0] should be at most 180',
      'sources[1] "beta-page": institution names “beta”, which was left out for its own problems',
      'records[2] "beta-taiwan-students": institution names “beta”, which was left out for its own problems',
      'records[3] "beta-visitors": institution names “beta”, which was left out for its own problems',
    ]);
    expect(problems.slice(0, 3).map((p) => formatProblem(p, "zh"))).toEqual([
      "第 2 所院校（beta）的 coordinates[0] 应不大于 180",
      "第 2 个来源（beta-page）的 institution 所指的院校“beta”因自身问题未予显示",
      "第 3 条记录（beta-taiwan-students）的 institution 所指的院校“beta”因自身问题未予显示",
    ]);
  });
});

describe("files that are not datasets are refused as a whole", () => {
  it.each<[string, unknown, string, string]>([
    [
      "a list",
      [1, 2],
      "The file is not a dataset: the file should hold an object with institutions, sources and records, not a list",
      "此文件不是数据集：文件应为包含 institutions、sources 和 records 的对象，而不是列表",
    ],
    [
      "text",
      "hello",
      "The file is not a dataset: the file should hold an object with institutions, sources and records, not “hello”",
      "此文件不是数据集：文件应为包含 institutions、sources 和 records 的对象，而不是“hello”",
    ],
    [
      "no records list",
      { version: 1, institutions: [], sources: [] },
      "records is missing",
      "文件中的 records 缺失",
    ],
    [
      "records not a list",
      { version: 1, institutions: [], sources: [], records: {} },
      "records should be a list, not an object",
      "文件中的 records 应为列表，而不是对象",
    ],
    [
      "the wrong version",
      { version: 2, institutions: [], sources: [], records: [] },
      "version should be 1, not 2",
      "文件中的 version 应为 1，而不是 2",
    ],
  ])("%s", (_name, data, en, zh) => {
    const { dataset, problems } = validateDataset(data);
    expect(dataset).toBeNull();
    expect(problems.map(formatProblem)).toEqual([en]);
    expect(problems.map((p) => formatProblem(p, "zh"))).toEqual([zh]);
    expect(englishWords(zh)).toEqual([]);
  });

  it("an empty dataset is valid and empty", () => {
    const { dataset, problems } = validateDataset({
      version: 1,
      institutions: [],
      sources: [],
      records: [],
    });
    expect(problems).toEqual([]);
    expect(dataset?.records).toEqual([]);
  });
});
