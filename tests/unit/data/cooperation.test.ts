// The bundled dataset, checked against the five source pages it was read from.
import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { countryName } from "../../../src/lib/data/countries.ts";
import { parseDatasetText } from "../../../src/lib/data/parse.ts";
import { formatProblem } from "../../../src/lib/data/problems.ts";
import type { Count, CooperationRecord } from "../../../src/lib/data/schema.ts";
import { ROOT } from "../../helpers/fixtures.ts";

const result = parseDatasetText(
  readFileSync(join(ROOT, "data/cooperation.json"), "utf8"),
);
const dataset = result.dataset!;
const records = dataset.records;

// The pages as shipped with the project; ../shared/seeds is checked against them when present.
const SEEDS = join(ROOT, "../shared/seeds");
const pageText = new Map(
  dataset.sources.map((s) => [
    s.id,
    readFileSync(join(ROOT, "data/sources", s.file), "utf8"),
  ]),
);
const page = (sourceId: string) => pageText.get(sourceId)!;
const recordsOf = (sourceId: string) =>
  records.filter((r) => r.source === sourceId);

const NUMBER_WORDS = [
  "zero",
  "one",
  "two",
  "three",
  "four",
  "five",
  "six",
  "seven",
  "eight",
  "nine",
  "ten",
  "eleven",
  "twelve",
];

/** The counts a record states: people, quantity, number of countries. */
function countsOf(r: CooperationRecord): Count[] {
  return [
    r.kind === "flow" ? r.people.count : undefined,
    r.quantity?.count,
    r.countryCount,
  ].filter((c): c is Count => c !== undefined);
}

/** Where the quote states n: as digits, or as a word ("Eight teachers"). */
function statedAt(quote: string, n: number): RegExpExecArray | null {
  const word = NUMBER_WORDS[n];
  return new RegExp(
    `(?<![\\d.])${n}(?![\\d])${word ? `|\\b${word}\\b` : ""}`,
    "i",
  ).exec(quote);
}

describe("the bundled dataset", () => {
  it("validates with no problem", () => {
    expect(result.refused).toBeUndefined();
    expect(result.problems.map(formatProblem)).toEqual([]);
  });

  it("names its JSON Schema so editors check it as it is typed", () => {
    expect(dataset.$schema).toBe("./schema.json");
  });

  it("has the five institutions and one source per page", () => {
    expect(dataset.institutions.map((i) => i.id).sort()).toEqual([
      "anshun",
      "binzhou",
      "bistu",
      "bjut",
      "bpc",
    ]);
    expect(dataset.sources.map((s) => s.file).sort()).toEqual([
      "000_fee66a178c7b4779.txt",
      "001_a2d579a7333f6236.txt",
      "002_2317f12fc55dfdaa.txt",
      "003_c5eb20d07669025a.txt",
      "004_30d73e6f3e1aa441.txt",
    ]);
  });

  it.runIf(existsSync(SEEDS))(
    "keeps copies of the pages identical to ../shared/seeds",
    () => {
      for (const s of dataset.sources) {
        expect(page(s.id), s.file).toBe(
          readFileSync(join(SEEDS, s.file), "utf8"),
        );
      }
    },
  );
});

describe("every record is supported by its source", () => {
  it.each(records.map((r) => [r.id, r] as const))(
    "%s: the quote is verbatim in its page",
    (_id, r) => {
      expect(page(r.source)).toContain(r.quote);
    },
  );

  it.each(records.map((r) => [r.id, r] as const))(
    "%s: every number it states is in its quote, with the source's qualifier",
    (_id, r) => {
      for (const count of countsOf(r)) {
        if (!("value" in count)) continue;
        const at = statedAt(r.quote, count.value);
        expect(at, `${count.value} is not in the quote`).not.toBeNull();
        const before = r.quote.slice(0, at!.index).toLowerCase();
        const expected = /(more than|over)\s*$/.test(before)
          ? "atLeast"
          : /up to\s*$/.test(before)
            ? "atMost"
            : "exact";
        expect(count.qualifier).toBe(expected);
      }
    },
  );

  it.each(records.map((r) => [r.id, r] as const))(
    "%s: every year of its time is in its quote, is its page's year, or is explained in its note",
    (_id, r) => {
      const t = r.time;
      const dates =
        t.type === "period"
          ? [t.start, t.end]
          : t.type === "target"
            ? [t.until, ...(t.from ? [t.from] : [])]
            : [t.date];
      const published = dataset.sources.find((s) => s.id === r.source)!
        .published.date;
      for (const date of dates) {
        const year = date.slice(0, 4);
        const supported =
          r.quote.includes(year) ||
          published.startsWith(year) ||
          Boolean(r.note?.en.includes(year));
        expect(
          supported,
          `${year} is not in the quote, the page's date or the note`,
        ).toBe(true);
      }
    },
  );
});

// Names as the pages write them, where they differ from Intl's English name.
const ALIASES: Record<string, string[]> = {
  GBR: ["Britain"],
  KOR: ["Korea"],
  TWN: ["Taiwan", "Gaoxiong"],
  USA: ["United States"],
};
const HOME = "CHN";
// Country names inside other names, which name no country.
const NOT_COUNTRIES = [/Georgia Institute of Technology/g];

describe("completeness against the pages", () => {
  const names = new Map<string, string[]>();
  for (const code of Object.keys(
    JSON.parse(
      readFileSync(join(ROOT, "src/lib/data/country-codes.json"), "utf8"),
    ),
  )) {
    if (code === HOME) continue;
    names.set(code, [countryName(code, "en"), ...(ALIASES[code] ?? [])]);
  }

  it.each(dataset.sources.map((s) => [s.file, s.id] as const))(
    "%s: every country or region the page names is in a record of it with that code",
    (_file, sourceId) => {
      const text = NOT_COUNTRIES.reduce(
        (t, phrase) => t.replace(phrase, ""),
        page(sourceId),
      );
      for (const [code, aliases] of names) {
        for (const name of aliases) {
          if (!new RegExp(`\\b${name}\\b`).test(text)) continue;
          const found = recordsOf(sourceId).some(
            (r) =>
              r.quote.includes(name) &&
              (r.countries.includes(code) ||
                r.partners.some((p) => p.country === code)),
          );
          expect(
            found,
            `${name} (${code}) is named in the page but in no record's quote with ${code}`,
          ).toBe(true);
        }
      }
    },
  );

  // Digits in the pages that are not facts of cooperation.
  const NOT_FACTS: Record<string, string[]> = {
    "000_fee66a178c7b4779.txt": ["1", "2"], // image files 1.jpg and 2.jpg
    "001_a2d579a7333f6236.txt": ["2010", "2020"], // the title of a national plan, "(2010-2020)"
    "002_2317f12fc55dfdaa.txt": ["38107768", "18008347"], // footer: telephone and ICP licence
    "004_30d73e6f3e1aa441.txt": ["17", "01", "51"], // the page's time of day, 17:01:51
  };

  it.each(dataset.sources.map((s) => [s.file, s.id] as const))(
    "%s: every number in the page is in some record's quote",
    (file, sourceId) => {
      const quotes = recordsOf(sourceId)
        .map((r) => r.quote)
        .join("\n");
      const numbers = new Set(page(sourceId).match(/\d+/g) ?? []);
      // The page's own date line is recorded as the source's publication date.
      const dateParts = dataset.sources
        .find((s) => s.id === sourceId)!
        .published.date.split("-");
      for (const n of numbers) {
        if (NOT_FACTS[file]?.includes(n) || dateParts.includes(n)) continue;
        expect(
          new RegExp(`(?<!\\d)${n}(?!\\d)`).test(quotes),
          `${n} is in ${file} but in no quote`,
        ).toBe(true);
      }
    },
  );
});

describe("honesty rules", () => {
  const byQuote = (text: string) =>
    records.filter((r) => r.quote.includes(text));

  it("68 doctoral students over several countries stay one flow, flagged as not exhaustive, over one period", () => {
    const flows = byQuote("68 doctoral students").filter(
      (r) => r.kind === "flow",
    );
    expect(flows).toHaveLength(1);
    const [r] = flows;
    expect(r!.kind === "flow" && r!.people.count).toEqual({
      qualifier: "exact",
      value: 68,
    });
    expect(r!.countries).toEqual(expect.arrayContaining(["USA", "AUS", "GBR"]));
    expect(r!.unnamedCountries).toBe(true);
    expect(r!.time).toEqual({ type: "period", start: "2008", end: "2012" });
  });

  it("no people count is split: each flow's quote carries its own number", () => {
    const flowsByQuote = new Map<string, number>();
    for (const r of records)
      if (r.kind === "flow")
        flowsByQuote.set(r.quote, (flowsByQuote.get(r.quote) ?? 0) + 1);
    for (const r of records) {
      if (r.kind !== "flow" || !("value" in r.people.count)) continue;
      expect(statedAt(r.quote, r.people.count.value), r.id).not.toBeNull();
    }
  });

  it("up to 150 is a planned target, not an achievement", () => {
    const [r] = byQuote("Up to 150");
    expect(r?.time.type).toBe("target");
    expect(r?.kind === "flow" && r.people.count).toEqual({
      qualifier: "atMost",
      value: 150,
    });
  });

  it("dozens stays dozens", () => {
    const [r] = byQuote("dozens of teachers");
    expect(r?.kind === "flow" && r.people.count).toEqual({
      qualifier: "unspecified",
      word: "dozens",
    });
  });

  it("the BISTU page's contradictory dateline is resolved to 2024 with a note", () => {
    const source = dataset.sources.find(
      (s) => s.file === "003_c5eb20d07669025a.txt",
    )!;
    expect(source.published.date).toBe("2024-03-07");
    expect(source.published.note?.en).toMatch(/2023/);
  });

  it("undated pages carry an estimate with a reason", () => {
    for (const s of dataset.sources.filter((s) => s.published.estimated)) {
      expect(s.published.note?.en, s.id).toBeTruthy();
      expect(s.published.note?.zh, s.id).toBeTruthy();
    }
  });
});
