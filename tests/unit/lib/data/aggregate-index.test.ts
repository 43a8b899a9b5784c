// The indexed aggregation (aggregate.ts, the map's arcs, the search by the dataset's text) gives
// what a plain walk over the records gives: the plain functions below are the ones the index
// replaced, compared on synthetic datasets under random filters.
import { describe, expect, it } from "vitest";
import {
  countryStats,
  emptyStats,
  flowCountries,
  homeCountries,
  recordCountries,
  selectRecords,
  shareOf,
  sourceDates,
  type CountryStats,
  type RecordFilter,
} from "../../../../src/lib/data/aggregate.ts";
import {
  bounds,
  EMPTY_TOTAL,
  type Total,
} from "../../../../src/lib/data/counts.ts";
import type {
  CooperationRecord,
  Count,
  Dataset,
  Kind,
} from "../../../../src/lib/data/schema.ts";
import { matcher } from "../../../../src/lib/data/search.ts";
import { synthDataset } from "../../../../src/lib/data/synth.ts";
import { inYears, intervalOf, yearsOf } from "../../../../src/lib/data/time.ts";
import { CATEGORIES, KINDS } from "../../../../src/lib/data/vocab.ts";
import { arcKey, type Geometry } from "../../../../src/views/map/geometry.ts";
import { mapArcs } from "../../../../src/views/map/layers.ts";
import { bundledDataset } from "../../../helpers/fixtures.ts";
import { testGeometry } from "../../../helpers/geometry.ts";

/** The sum as it was made before: a new total for each count. */
function addCount(total: Total, count: Count): Total {
  const [low, high] = bounds(count);
  const vague =
    count.qualifier === "unspecified" || count.qualifier === "unknown";
  return {
    low: total.low + low,
    high: total.high + high,
    parts: total.parts + 1,
    vague: vague ? [...total.vague, count] : total.vague,
  };
}

function plainSelect(dataset: Dataset, filter: RecordFilter) {
  const dates = sourceDates(dataset);
  const { dir = null, category = null } = filter;
  return dataset.records.filter(
    (r, i) =>
      (filter.inst === null || r.institution === filter.inst) &&
      (filter.kinds.length === 0 || filter.kinds.includes(r.kind)) &&
      (r.kind !== "flow" ||
        ((dir === null || r.people.direction === dir) &&
          (category === null || r.people.category === category))) &&
      inYears(r.time, dates.get(r.source) ?? "0000", filter.from, filter.to) &&
      (!filter.match || filter.match(r, i)),
  );
}

function plainStats(dataset: Dataset, records: readonly CooperationRecord[]) {
  const home = homeCountries(dataset);
  const dates = sourceDates(dataset);
  const stats = new Map<string, CountryStats>();
  for (const r of records) {
    const years = yearsOf(intervalOf(r.time, dates.get(r.source) ?? "0000"));
    const flow = r.kind === "flow" ? flowCountries(r, home) : undefined;
    for (const code of recordCountries(r, home)) {
      const s = stats.get(code) ?? emptyStats(code);
      stats.set(code, s);
      s.records.push(r);
      s.years = s.years
        ? [
            s.years[0] === null || years[0] === null
              ? null
              : Math.min(s.years[0], years[0]),
            Math.max(s.years[1], years[1]),
          ]
        : years;
      if (r.kind !== "flow" || !flow?.codes.includes(code)) continue;
      const key =
        `${r.people.direction}${r.time.type === "target" ? "Planned" : ""}` as const;
      s[key] = addCount(s[key], shareOf(r.people.count, flow.shared));
      if (flow.shared) s.sharedFlows.push(r);
    }
  }
  return stats;
}

function plainArcs(
  records: readonly CooperationRecord[],
  geometry: Geometry,
  home: ReadonlySet<string>,
) {
  const arcs = new Map<string, Record<string, unknown>>();
  for (const r of records) {
    if (r.kind !== "flow" || r.time.type === "target") continue;
    const { codes, shared } = flowCountries(r, home);
    for (const country of codes) {
      const d = geometry.arcs[arcKey(r.institution, country)];
      if (!d) continue;
      const key = `${arcKey(r.institution, country)}:${r.people.direction}`;
      const arc = arcs.get(key) ?? {
        key,
        institution: r.institution,
        country,
        direction: r.people.direction,
        d,
        total: EMPTY_TOTAL,
      };
      arc.total = addCount(arc.total as never, shareOf(r.people.count, shared));
      arcs.set(key, arc);
    }
  }
  return [...arcs.values()];
}

/** A seeded generator, so that a failure can be run again. */
function random(seed: number) {
  let a = seed;
  return () => {
    a = (a * 16807) % 2147483647;
    return a / 2147483647;
  };
}

/**
 * A synthetic dataset made harder: flows over several countries, some unnamed, records that
 * name the home country, partners elsewhere, and a source some targets cannot date.
 */
function variedDataset(size: number, seed: number): Dataset {
  const dataset = synthDataset(size, seed);
  const rnd = random(seed);
  const codes = [...new Set(dataset.records.flatMap((r) => r.countries))];
  const pick = () => codes[Math.floor(rnd() * codes.length)]!;
  const records = dataset.records.map((r, i): CooperationRecord => {
    const more = rnd() < 0.2 ? [pick()] : [];
    const home = i % 13 === 0 ? ["CHN"] : [];
    return {
      ...r,
      countries: [...r.countries, ...more, ...home],
      partners: r.partners.map((p, j) =>
        j % 2 ? p : { ...p, country: pick() },
      ),
      ...(r.kind === "flow" && i % 11 === 0 ? { unnamedCountries: true } : {}),
      ...(i % 17 === 0 ? { source: "no-such-page" } : {}),
    } as CooperationRecord;
  });
  return { ...dataset, records };
}

function randomFilter(dataset: Dataset, rnd: () => number): RecordFilter {
  const maybe = <T>(value: T) => (rnd() < 0.5 ? value : null);
  const from = maybe(2003 + Math.floor(rnd() * 25));
  const to = maybe((from ?? 2003) + Math.floor(rnd() * 8));
  const institutions = dataset.institutions;
  return {
    inst: maybe(institutions[Math.floor(rnd() * institutions.length)]!.id),
    from,
    to,
    kinds: KINDS.filter(() => rnd() < 0.3) as Kind[],
    dir: maybe(rnd() < 0.5 ? "sent" : "received"),
    category: maybe(CATEGORIES[Math.floor(rnd() * CATEGORIES.length)]!),
  };
}

describe.each([
  ["synthetic, 3,000 records", () => synthDataset(3000, 5)],
  ["varied, 2,000 records", () => variedDataset(2000, 3)],
  ["the bundled dataset", bundledDataset],
])("the index gives what a plain walk gives: %s", (_name, make) => {
  const dataset = make();
  const all = { inst: null, from: null, to: null, kinds: [] };
  const rnd = random(42);
  const filters = Array.from({ length: 60 }, () => randomFilter(dataset, rnd));
  const codes = [...new Set(dataset.records.flatMap((r) => r.countries))];
  const geometry: Geometry = {
    ...testGeometry,
    // An arc for two in three institution–country pairs: the others have none to draw.
    arcs: Object.fromEntries(
      dataset.institutions.flatMap((inst, i) =>
        codes
          .filter((_c, j) => (i + j) % 3 !== 0)
          .map((c) => [arcKey(inst.id, c), `M${i} ${c}`]),
      ),
    ),
  };

  it("selects the same records, in the same order", () => {
    for (const filter of [all, ...filters])
      expect(selectRecords(dataset, filter)).toEqual(
        plainSelect(dataset, filter),
      );
    // With no filter, every record, in a list of its own that the caller may keep.
    expect(selectRecords(dataset, all)).not.toBe(dataset.records);
  });

  it("adds up the same statistics per country, in the same order", () => {
    for (const filter of [all, ...filters.slice(0, 20)]) {
      const records = selectRecords(dataset, filter);
      const stats = countryStats(dataset, records);
      const plain = plainStats(dataset, records);
      expect([...stats.keys()]).toEqual([...plain.keys()]);
      expect(stats).toEqual(plain);
    }
    const everything = countryStats(dataset, dataset.records);
    expect(everything).toEqual(plainStats(dataset, dataset.records));
    expect(everything.size).toBeGreaterThan(1);
  });

  it("sums the same arcs, in the same order", () => {
    const home = homeCountries(dataset);
    let drawn = 0;
    for (const filter of [
      { ...filters[0]!, ...all },
      ...filters.slice(0, 20),
    ]) {
      const records = selectRecords(dataset, filter);
      const arcs = mapArcs(dataset, records, geometry, Infinity).arcs;
      expect(arcs.map(({ width: _w, dashed: _d, ...a }) => a)).toEqual(
        plainArcs(records, geometry, home),
      );
      drawn += arcs.length;
    }
    expect(drawn).toBeGreaterThan(0);
  });

  it("keeps the widest arcs (ties by key) when it may draw only some", () => {
    const every = mapArcs(dataset, dataset.records, geometry, Infinity).arcs;
    const widest = [...every].sort(
      (a, b) => b.total.low - a.total.low || (a.key < b.key ? -1 : 1),
    );
    const lows = new Set(every.map((a) => a.total.low));
    // Many arcs share a width: some cuts fall inside a run of equal widths.
    expect(lows.size).toBeLessThan(every.length);
    for (const limit of [1, 7, 20, Math.floor(every.length / 2)]) {
      const kept = new Set(widest.slice(0, limit).map((a) => a.key));
      const { arcs, count } = mapArcs(
        dataset,
        dataset.records,
        geometry,
        limit,
      );
      expect(count).toBe(every.length);
      expect(arcs).toEqual(every.filter((a) => kept.has(a.key)));
    }
  });

  it("adds up every record's statistics and arcs once, whatever was chosen between", () => {
    const first = selectRecords(dataset, all);
    const stats = countryStats(dataset, first);
    const arcs = mapArcs(dataset, first, geometry);
    const some = selectRecords(dataset, filters[0]!);
    expect(countryStats(dataset, some)).toEqual(plainStats(dataset, some));
    const again = selectRecords(dataset, all);
    expect(countryStats(dataset, again)).toBe(stats);
    expect(mapArcs(dataset, again, geometry)).toBe(arcs);
    expect(stats).toEqual(plainStats(dataset, again));
    // Another limit, and a selection of some records, are their own.
    expect(mapArcs(dataset, again, geometry, 1)).not.toBe(arcs);
    expect(countryStats(dataset, some)).not.toBe(countryStats(dataset, some));
  });

  it("works on any list of records, not only a selection", () => {
    const some = dataset.records.filter((_r, i) => i % 3 === 1).reverse();
    expect(countryStats(dataset, some)).toEqual(plainStats(dataset, some));
    expect(countryStats(dataset, [])).toEqual(new Map());
  });

  it("searches the dataset's text as it searches each record's", () => {
    const words = dataset.records
      .slice(0, 40)
      .flatMap((r) => r.title.en.toLowerCase().split(" "));
    for (const q of [
      ...words.slice(0, 30),
      "cooperation 1",
      "合作",
      "zambia",
      "赞比亚 teachers",
      "no such words",
    ]) {
      const byText = matcher(q, dataset);
      const byRecord = matcher(q);
      expect(
        selectRecords(dataset, { ...filters[0]!, match: byText }),
        q,
      ).toEqual(plainSelect(dataset, { ...filters[0]!, match: byRecord }));
      expect(selectRecords(dataset, { ...filters[1]!, match: byText })).toEqual(
        selectRecords(dataset, { ...filters[1]!, match: byRecord }),
      );
    }
  });
});
