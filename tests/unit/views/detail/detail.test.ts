import { describe, expect, it } from "vitest";
import {
  homeCountries,
  recordCountries,
  selectRecords,
  sourceDates,
} from "../../../../src/lib/data/aggregate.ts";
import { formatTotal } from "../../../../src/lib/data/counts.ts";
import { parseDatasetText } from "../../../../src/lib/data/parse.ts";
import type {
  CooperationRecord,
  Dataset,
} from "../../../../src/lib/data/schema.ts";
import { en } from "../../../../src/lib/i18n/en.ts";
import { achievedText } from "../../../../src/lib/i18n/people.ts";
import { spanOf } from "../../../../src/views/timeline/items.ts";
import {
  countryDetail,
  inTimeOrder,
  institutionDetail,
} from "../../../../src/views/detail/detail.ts";
import { bundledDataset, readFixture } from "../../../helpers/fixtures.ts";

const real = bundledDataset();
const minimal = parseDatasetText(readFixture("minimal.json")).dataset!;

/** The records that name a place, computed here from the data, not from the module. */
function naming(dataset: Dataset, code: string) {
  const home = homeCountries(dataset);
  return dataset.records.filter((r) => recordCountries(r, home).includes(code));
}

function expectTimeOrder(dataset: Dataset, records: CooperationRecord[]) {
  const dates = sourceDates(dataset);
  const spans = records.map((r) => spanOf(r, dates.get(r.source)!));
  for (let i = 1; i < spans.length; i++) {
    const [a, b] = [spans[i - 1]!, spans[i]!];
    expect(a[0] < b[0] || (a[0] === b[0] && a[1] <= b[1])).toBe(true);
  }
}

const ids = (records: CooperationRecord[]) => records.map((r) => r.id);

/** A flow of `count` people to several countries, to test shares. */
function flow(
  id: string,
  countries: string[],
  count: object,
  time: object = { type: "date", date: "2019" },
  direction = "sent",
) {
  return {
    id,
    institution: "alpha",
    kind: "flow",
    title: { en: id, zh: id },
    summary: { en: id, zh: id },
    time,
    countries,
    partners: [],
    people: { direction, category: "teachers", count },
    source: "alpha-page",
    quote: id,
  };
}

function withRecords(extra: object[]): Dataset {
  const json = JSON.parse(readFixture("minimal.json")) as {
    records: object[];
  };
  json.records.push(...extra);
  const { dataset, problems } = parseDatasetText(JSON.stringify(json));
  expect(problems).toEqual([]);
  return dataset!;
}

describe("countryDetail on the bundled dataset", () => {
  it("Zambia: its name, every record that names it in time order, the 8 teachers sent", () => {
    const d = countryDetail(real, real.records, "ZMB");
    expect(d.name).toEqual({ en: "Zambia", zh: "赞比亚" });
    expect(ids(d.records).sort()).toEqual(ids(naming(real, "ZMB")).sort());
    expectTimeOrder(real, d.records);
    expect(formatTotal(d.stats.sent, "en")).toBe("8");
    expect(d.stats.received.parts).toBe(0);
    expect(d.stats.sharedFlows).toEqual([]);
  });

  it("Zambia: partner organisations once each, those in Zambia first, each with its country", () => {
    const d = countryDetail(real, real.records, "ZMB");
    const named = naming(real, "ZMB").flatMap((r) => r.partners);
    const unique = new Set(named.map((p) => `${p.country}:${p.name.en}`));
    expect(d.partners).toHaveLength(unique.size);
    expect(d.partners[0]!.country).toBe("ZMB");
    const firstElsewhere = d.partners.findIndex((p) => p.country !== "ZMB");
    expect(
      d.partners.slice(firstElsewhere).every((p) => p.country !== "ZMB"),
    ).toBe(true);
  });

  it("Singapore: a count shared with other countries, not given as a number, stays unknown and is listed as shared", () => {
    const d = countryDetail(real, real.records, "SGP");
    const shared = naming(real, "SGP").filter((r) => r.kind === "flow");
    expect(shared.length).toBeGreaterThan(0);
    expect(ids(d.stats.sharedFlows)).toEqual(ids(shared));
    expect(formatTotal(d.stats.sent, "en")).toBe("unknown");
    expect(d.stats.sent.high).toBe(Infinity);
  });

  it("Taiwan, China: named as a region of China; 60+ sent; received only in words, so no number", () => {
    const d = countryDetail(real, real.records, "TWN");
    expect(d.name).toEqual({ en: "Taiwan, China", zh: "中国台湾" });
    expect(formatTotal(d.stats.sent, "en")).toBe("60+");
    // "dozens" and a shared unknown: a sum with no number at all.
    expect(d.stats.received.vague.length).toBe(2);
    expect(formatTotal(d.stats.received, "en")).toBe("unknown");
    const partners = d.partners.map((p) => p.name.en);
    expect(new Set(partners).size).toBe(partners.length);
    expect(partners).toContain("Fooyin University");
    expectTimeOrder(real, d.records);
  });

  it("milestones are the records of kind milestone, in time order", () => {
    const d = countryDetail(real, real.records, "PAK");
    expect(d.milestones.length).toBeGreaterThan(0);
    expect(d.milestones).toEqual(
      d.records.filter((r) => r.kind === "milestone"),
    );
    expectTimeOrder(real, d.milestones);
  });

  it("reflects the filters: only the records given", () => {
    const kept = selectRecords(real, {
      inst: null,
      from: null,
      to: null,
      kinds: ["programme"],
    });
    const d = countryDetail(real, kept, "ZMB");
    expect(d.records.every((r) => r.kind === "programme")).toBe(true);
    expect(d.stats.sent.parts).toBe(0);
  });

  it("a place no record names has an empty detail, not an error", () => {
    const d = countryDetail(real, real.records, "ISL");
    expect(d.name.en).toBe("Iceland");
    expect(d.records).toEqual([]);
    expect(d.partners).toEqual([]);
  });
});

describe("countryDetail on the minimal fixture", () => {
  it("a count over several countries is each one's share, up to the whole", () => {
    const dataset = withRecords([
      flow("alpha-two-countries", ["ZMB", "MWI"], {
        qualifier: "exact",
        value: 20,
      }),
    ]);
    const d = countryDetail(dataset, dataset.records, "ZMB");
    // 8 of its own, and up to 20 shared with Malawi: 8–28.
    expect(d.stats.sent).toMatchObject({ low: 8, high: 28, parts: 2 });
    expect(formatTotal(d.stats.sent, "en")).toBe("8–28");
    expect(ids(d.stats.sharedFlows)).toEqual(["alpha-two-countries"]);
    const malawi = countryDetail(dataset, dataset.records, "MWI");
    expect(formatTotal(malawi.stats.sent, "en")).toBe("up to 20");
  });

  it("a planned target is summed apart from what was achieved", () => {
    const dataset = withRecords([
      flow(
        "alpha-zambia-target",
        ["ZMB"],
        { qualifier: "atMost", value: 150 },
        { type: "target", until: "2020" },
      ),
    ]);
    const d = countryDetail(dataset, dataset.records, "ZMB");
    expect(formatTotal(d.stats.sent, "en")).toBe("8");
    expect(achievedText(d.stats.sent, d.stats.sentPlanned, en, "en")).toBe(
      "8; planned: up to 150",
    );
  });

  it("records come in time order: a period by its start, an 'as of' figure on its date", () => {
    const dataset = withRecords([
      flow(
        "alpha-late",
        ["ZMB"],
        { qualifier: "exact", value: 1 },
        {
          type: "date",
          date: "2019-03",
        },
      ),
      flow(
        "alpha-asof",
        ["ZMB"],
        { qualifier: "exact", value: 1 },
        {
          type: "asOf",
          date: "2018",
        },
      ),
    ]);
    const d = countryDetail(dataset, dataset.records, "ZMB");
    expect(ids(d.records)).toEqual([
      "alpha-zambia-teachers",
      "alpha-asof",
      "alpha-late",
    ]);
  });

  it("Taiwan in the fixture: its partner once, 60+ sent", () => {
    const d = countryDetail(minimal, minimal.records, "TWN");
    expect(d.partners).toEqual([
      { name: { en: "Fooyin University", zh: "辅英科技大学" }, country: "TWN" },
    ]);
    expect(formatTotal(d.stats.sent, "en")).toBe("60+");
  });
});

describe("inTimeOrder", () => {
  it("does not change the list it is given", () => {
    const before = ids(real.records);
    inTimeOrder(real, real.records);
    expect(ids(real.records)).toEqual(before);
  });
});

describe("institutionDetail", () => {
  it("names the institution and its city, and holds its records only, in time order", () => {
    const d = institutionDetail(real, real.records, "anshun")!;
    const inst = real.institutions.find((i) => i.id === "anshun")!;
    expect(d.name).toEqual(inst.name);
    expect(d.city).toEqual(inst.city);
    expect(ids(d.records).sort()).toEqual(
      ids(real.records.filter((r) => r.institution === "anshun")).sort(),
    );
    expectTimeOrder(real, d.records);
    expect(d.milestones).toEqual(
      d.records.filter((r) => r.kind === "milestone"),
    );
  });

  it("partner countries are sorted by how many of its records name them", () => {
    const d = institutionDetail(real, real.records, "anshun")!;
    const home = homeCountries(real);
    for (const c of d.countries) {
      const n = d.records.filter((r) =>
        recordCountries(r, home).includes(c.code),
      ).length;
      expect(c.records).toBe(n);
    }
    for (let i = 1; i < d.countries.length; i++)
      expect(d.countries[i - 1]!.records).toBeGreaterThanOrEqual(
        d.countries[i]!.records,
      );
    expect(d.countries[0]!.code).toBe("TWN");
    expect(d.countries.map((c) => c.code)).not.toContain("CHN");
  });

  it("an institution's flows count whole: a count shared among countries is not a share", () => {
    const dataset = withRecords([
      flow("alpha-two-countries", ["ZMB", "MWI"], {
        qualifier: "exact",
        value: 20,
      }),
    ]);
    const d = institutionDetail(dataset, dataset.records, "alpha")!;
    expect(formatTotal(d.stats.sent, "en")).toBe("28");
    expect(d.stats.sharedFlows).toEqual([]);
  });

  it("partner organisations once each, with their country", () => {
    const d = institutionDetail(real, real.records, "anshun")!;
    const keys = d.partners.map((p) => `${p.country}:${p.name.en}`);
    expect(new Set(keys).size).toBe(keys.length);
    const all = new Set(
      d.records.flatMap((r) =>
        r.partners.map((p) => `${p.country}:${p.name.en}`),
      ),
    );
    expect(new Set(keys)).toEqual(all);
  });

  it("an unknown institution has no detail", () => {
    expect(institutionDetail(real, real.records, "nowhere")).toBeUndefined();
  });
});
