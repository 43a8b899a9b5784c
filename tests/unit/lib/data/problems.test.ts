import { describe, expect, it } from "vitest";
import {
  formatProblem,
  formatRefusal,
  makeProblem,
  shown,
  type Refusal,
  type Why,
} from "../../../../src/lib/data/problems.ts";
import { englishWords } from "../../../helpers/english.ts";

/** One example of every reason; `satisfies` makes a new code fail here until it has one. */
const WHYS = {
  missing: { code: "missing" },
  type: { code: "type", expected: "int", got: 2.5 },
  oneOf: { code: "oneOf", values: ["sent", "received"], got: "up" },
  form: { code: "form", got: { kind: "object" } },
  format: { code: "format", got: "x" },
  tooSmall: { code: "tooSmall", minimum: 1, list: true },
  tooBig: { code: "tooBig", maximum: 180 },
  unknownField: { code: "unknownField" },
  notObject: { code: "notObject", got: null },
  notDataset: { code: "notDataset", got: { kind: "list" } },
  id: { code: "id", got: "Bad Id" },
  empty: { code: "empty", got: " " },
  country: { code: "country", got: "ZZZ" },
  date: { code: "date", got: "May 2018" },
  day: { code: "day", got: "2023-02-30" },
  negative: { code: "negative", got: -3 },
  duplicate: { code: "duplicate", id: "bpc-x", first: 1 },
  dangling: {
    code: "dangling",
    id: "nowhere",
    target: "record",
    slide: { en: "Going out", zh: "走出去" },
  },
  otherOwner: {
    code: "otherOwner",
    id: "beta-page",
    owner: "beta",
    institution: "alpha",
  },
  reversed: { code: "reversed", start: "2018", end: "2012" },
  invalid: { code: "invalid" },
} satisfies { [C in Why["code"]]: Why & { code: C } };

const REFUSALS = {
  address: { code: "address", what: "dataset", param: "http://[x" },
  otherSite: {
    code: "otherSite",
    what: "dataset",
    param: "https://evil.example.com/x.json",
    origin: "https://evil.example.com",
    allowed: ["https://uni.example.edu.cn", "https://data.example.edu"],
  },
  unreachable: { code: "unreachable", what: "base map", url: "https://a/b" },
  status: {
    code: "status",
    what: "dataset",
    url: "https://a/b.json",
    status: 404,
    statusText: "Not Found",
  },
  tooLarge: { code: "tooLarge", bytes: 20 * 1024 * 1024, limit: 10485760 },
  notJson: {
    code: "notJson",
    line: 3,
    column: 7,
    detail: "Expected ',' or '}' after property value in JSON",
  },
  notDataset: { code: "notDataset" },
  notTopology: { code: "notTopology", url: "https://a/map.json" },
  noObjects: { code: "noObjects", url: "https://a/map.json" },
  noObject: {
    code: "noObject",
    url: "https://a/map.json",
    object: "countries",
    objects: ["land", "lakes"],
  },
  notShapes: { code: "notShapes", url: "https://a/map.json", object: "land" },
  noCountryCodes: {
    code: "noCountryCodes",
    url: "https://a/map.json",
    object: "land",
    looked: ["name", "id"],
  },
} satisfies { [C in Refusal["code"]]: Refusal & { code: C } };

const places = [
  { base: ["records", 2], keys: ["people", "count", "value"], id: "bpc-x" },
  { base: ["institutions", 0], keys: [], id: "bpc" },
  { base: ["story", 1], keys: ["records", 0] },
  { base: ["map"], keys: ["centre"] },
  { base: [], keys: ["version"] },
  { base: [], keys: [] },
] as const;

describe("every problem in both languages", () => {
  const cases = Object.values(WHYS).flatMap((why) =>
    places.map(
      (place) =>
        [
          `${why.code} at ${[...place.base, ...place.keys].join(".") || "the top"}`,
          makeProblem(
            place.base,
            place.keys,
            why,
            "id" in place ? place.id : undefined,
          ),
        ] as const,
    ),
  );

  it.each(cases)(
    "%s: the Chinese has no English sentence in it",
    (_name, p) => {
      const zh = formatProblem(p, "zh");
      expect(zh).toMatch(/\p{Script=Han}/u);
      expect(englishWords(zh)).toEqual([]);
      // The English does have English in it: the check above is not vacuous.
      expect(englishWords(formatProblem(p)).length).toBeGreaterThan(0);
    },
  );

  it.each(cases)("%s: both name the record id and the field", (_name, p) => {
    for (const line of [formatProblem(p), formatProblem(p, "zh")]) {
      if (p.recordId) expect(line).toContain(p.recordId);
      if (p.field) expect(line).toContain(p.field);
    }
  });
});

describe("wording", () => {
  it("counts entries from 1 in Chinese, where the English gives the JSON path", () => {
    const p = makeProblem(
      ["records", 2],
      ["people", "count", "value"],
      WHYS.type,
      "bpc-zambia-2017",
    );
    expect(formatProblem(p)).toBe(
      'records[2] "bpc-zambia-2017": people.count.value should be a whole number, not 2.5',
    );
    expect(formatProblem(p, "zh")).toBe(
      "第 3 条记录（bpc-zambia-2017）的 people.count.value 应为整数，而不是 2.5",
    );
  });

  it("is English by default, and when passed to Array.map (which gives an index)", () => {
    const p = makeProblem(["records", 0], ["quote"], WHYS.missing, "a");
    expect([p].map(formatProblem)).toEqual([formatProblem(p, "en")]);
    expect(formatProblem(p)).toBe('records[0] "a": quote is missing');
  });

  it("a story slide's dangling id names the slide in each language", () => {
    const p = makeProblem(["story", 1], ["records", 0], WHYS.dangling);
    expect(formatProblem(p)).toBe(
      "story[1]: records[0] names “nowhere”, which is not a record in this file (the slide “Going out”)",
    );
    expect(formatProblem(p, "zh")).toBe(
      "第 2 张幻灯片的 records[0] 所指的“nowhere”不是本文件中的记录（幻灯片“走出去”）",
    );
  });

  it("a problem is data: codes and values, no sentence", () => {
    const p = makeProblem(["records", 0], ["time", "end"], WHYS.reversed, "a");
    expect(p).toEqual({
      path: "records[0].time.end",
      where: "records[0]",
      recordId: "a",
      field: "time.end",
      code: "reversed",
      start: "2018",
      end: "2012",
    });
  });

  it.each<[unknown, unknown]>([
    ["x".repeat(45), `${"x".repeat(40)}…`],
    [2.5, 2.5],
    [false, false],
    [null, null],
    [[1], { kind: "list" }],
    [{ a: 1 }, { kind: "object" }],
  ])("shows %j as %j", (value, expected) => {
    expect(shown(value)).toEqual(expected);
  });
});

describe("every refusal in both languages", () => {
  it.each(Object.values(REFUSALS))("$code", (r) => {
    const en = formatRefusal(r);
    const zh = formatRefusal(r, "zh");
    expect(en).toMatch(/\.$/);
    expect(zh).toMatch(/。$/);
    expect(englishWords(zh)).toEqual([]);
    expect(englishWords(en).length).toBeGreaterThan(0);
  });

  it("sizes are written by Intl, rounded up for the file and not for the limit", () => {
    expect(formatRefusal(REFUSALS.tooLarge)).toBe(
      "The file is 20 MB; the limit is 10 MB.",
    );
    expect(formatRefusal({ ...REFUSALS.tooLarge, bytes: 10485761 }, "zh")).toBe(
      "文件大小为 10.1 MB，超过了 10 MB 的上限。",
    );
  });

  it("a base map is named as one", () => {
    expect(formatRefusal(REFUSALS.unreachable)).toBe(
      "The base map at https://a/b could not be reached.",
    );
    expect(formatRefusal(REFUSALS.unreachable, "zh")).toBe(
      "无法访问位于 https://a/b 的底图。",
    );
    const notJson = {
      ...REFUSALS.notJson,
      what: "base map",
      url: "https://a/b",
    } as const;
    expect(formatRefusal(notJson)).toBe(
      "The base map at https://a/b is not valid JSON: line 3, column 7: Expected ',' or '}' after property value in JSON.",
    );
    expect(formatRefusal(notJson, "zh")).toBe(
      "位于 https://a/b 的底图不是有效的 JSON：第 3 行第 7 列有语法错误。",
    );
  });

  it("a base map's TopoJSON problems name the file, the object and where the codes were looked for", () => {
    const all = [
      REFUSALS.notTopology,
      REFUSALS.noObjects,
      REFUSALS.noObject,
      REFUSALS.notShapes,
      REFUSALS.noCountryCodes,
    ];
    for (const r of all) {
      for (const lang of ["en", "zh"] as const) {
        const words = formatRefusal(r, lang);
        expect(words).toContain(r.url);
        if ("object" in r) expect(words).toContain(`“${r.object}”`);
      }
    }
    for (const lang of ["en", "zh"] as const) {
      expect(formatRefusal(REFUSALS.noObject, lang)).toMatch(/“land”.*“lakes”/);
      expect(formatRefusal(REFUSALS.noCountryCodes, lang)).toContain("“name”");
    }
    expect(formatRefusal(REFUSALS.noCountryCodes)).toContain(
      "(looked in the property “name” or the feature id)",
    );
    expect(formatRefusal(REFUSALS.noCountryCodes, "zh")).toContain(
      "（查找了属性“name”及要素的 id）",
    );
    expect(formatRefusal(REFUSALS.notTopology)).toBe(
      'The base map at https://a/map.json is not TopoJSON: it should be an object with "type": "Topology", "objects" and "arcs".',
    );
  });
});
