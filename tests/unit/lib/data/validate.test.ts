import { describe, expect, it } from "vitest";
import { formatProblem } from "../../../../src/lib/data/problems.ts";
import { summarize } from "../../../../src/lib/data/summary.ts";
import { validateDataset } from "../../../../src/lib/data/validate.ts";
import { fixtureJson } from "../../../helpers/fixtures.ts";

type Json = Record<string, unknown>;

function withRecords(edit: (records: Json[]) => Json[]): Json {
  const data = fixtureJson("minimal.json");
  return { ...data, records: edit(structuredClone(data.records as Json[])) };
}

function problemsOf(data: unknown) {
  const { problems } = validateDataset(data);
  return problems.map(formatProblem);
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

  it.each<[string, (r: Json) => Json, string]>([
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
    ],
    [
      "an unknown country code",
      (r) => ({ ...r, countries: ["ZZZ"] }),
      'records[0] "alpha-zambia-teachers": countries[0] should be an ISO 3166-1 alpha-3 country code, like ZMB or TWN, not “ZZZ”',
    ],
    [
      "a missing field",
      ({ quote: _quote, ...r }) => r,
      'records[0] "alpha-zambia-teachers": quote is missing',
    ],
    [
      "a misspelt field",
      (r) => ({ ...r, summery: "x" }),
      'records[0] "alpha-zambia-teachers": summery is not a field this format knows (check its spelling)',
    ],
    [
      "a wrong type",
      (r) => ({ ...r, title: "Teachers" }),
      'records[0] "alpha-zambia-teachers": title should be an object, not “Teachers”',
    ],
    [
      "an unknown kind",
      (r) => ({ ...r, kind: "party" }),
      'records[0] "alpha-zambia-teachers": kind should be one of agreement, flow, milestone, event, programme, not “party”',
    ],
    [
      "a date that is not in the calendar",
      (r) => ({ ...r, time: { type: "date", date: "2023-02-30" } }),
      'records[0] "alpha-zambia-teachers": time.date is not a day of the calendar',
    ],
    [
      "a reversed period",
      (r) => ({ ...r, time: { type: "period", start: "2018", end: "2012" } }),
      'records[0] "alpha-zambia-teachers": time.end is 2012, before the start 2018',
    ],
    [
      "an institution that does not exist",
      (r) => ({ ...r, institution: "gamma" }),
      'records[0] "alpha-zambia-teachers": institution names “gamma”, which is not an institution in this file',
    ],
    [
      "a source of another institution",
      (r) => ({ ...r, source: "beta-page" }),
      'records[0] "alpha-zambia-teachers": source “beta-page” is a page of beta, not of alpha',
    ],
  ])("%s is reported in plain words", (_name, edit, message) => {
    const data = withRecords((records) =>
      records.map((r, i) => (i === 0 ? edit(r) : r)),
    );
    expect(problemsOf(data)).toEqual([message]);
    expect(validateDataset(data).dataset?.records).toHaveLength(3);
  });

  it("a record that is not an object is named by its index", () => {
    const data = withRecords((records) => [...records, 42 as unknown as Json]);
    expect(problemsOf(data)).toEqual([
      "records[4]: the entry should be an object with named fields, not 42",
    ]);
  });

  it("a duplicate id keeps the first record and names it", () => {
    const data = withRecords((records) => [...records, records[1]!]);
    expect(problemsOf(data)).toEqual([
      'records[4] "alpha-pilot": id “alpha-pilot” is already the id of records[1]',
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
  });
});

describe("files that are not datasets are refused as a whole", () => {
  it.each<[string, unknown, string]>([
    [
      "a list",
      [1, 2],
      "The file is not a dataset: the file should hold an object with institutions, sources and records, not a list",
    ],
    [
      "text",
      "hello",
      "The file is not a dataset: the file should hold an object with institutions, sources and records, not string",
    ],
    [
      "no records list",
      { version: 1, institutions: [], sources: [] },
      "records is missing",
    ],
    [
      "records not a list",
      { version: 1, institutions: [], sources: [], records: {} },
      "records should be a list of records, not an object",
    ],
    [
      "the wrong version",
      { version: 2, institutions: [], sources: [], records: [] },
      "version should be 1, not 2",
    ],
  ])("%s", (_name, data, message) => {
    const { dataset, problems } = validateDataset(data);
    expect(dataset).toBeNull();
    expect(problems.map(formatProblem)).toEqual([message]);
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
