import { describe, expect, it } from "vitest";
import { countryName } from "../../../../src/lib/data/countries.ts";
import { defaultFilters } from "../../../../src/lib/state/filters.svelte.ts";
import {
  describeFilters,
  sourceLine,
} from "../../../../src/ui/export/filters-line.ts";
import { en, zh } from "../../../helpers/messages.ts";

const dataset = {
  title: { en: "Five colleges", zh: "五所院校" },
  institutions: [
    {
      id: "bpc",
      name: { en: "Beijing Polytechnic College", zh: "北京工业职业技术学院" },
    },
  ],
} as unknown as Parameters<typeof describeFilters>[1] & {
  title: { en: string; zh: string };
};

const filters = (over: Partial<ReturnType<typeof defaultFilters>> = {}) => ({
  ...defaultFilters(),
  ...over,
});

describe("the filters-in-force line", () => {
  it.each([
    ["en", en],
    ["zh", zh],
  ] as const)(
    "with nothing chosen it says so in one phrase (%s)",
    (lang, t) => {
      expect(describeFilters(filters(), dataset, lang, t)).toBe(
        t.exportNoFilters,
      );
    },
  );

  it.each([
    ["en", en, ", "],
    ["zh", zh, "、"],
  ] as const)(
    "names every filter in force in order, in the interface language (%s)",
    (lang, t, list) => {
      const line = describeFilters(
        filters({
          inst: "bpc",
          from: 2016,
          to: 2018,
          country: "ZMB",
          kinds: ["milestone", "event"],
          dir: "sent",
          category: "teachers",
          q: "  teacher ",
        }),
        dataset,
        lang,
        t,
      );
      expect(line.split(" · ")).toEqual([
        dataset.institutions[0]!.name[lang],
        t.yearsRange.replace("{from}", "2016").replace("{to}", "2018"),
        countryName("ZMB", lang),
        [t.kindMilestone, t.kindEvent].join(list),
        t.exportSent,
        t.catTeachers,
        "“teacher”",
      ]);
    },
  );

  it.each([
    ["en", en],
    ["zh", zh],
  ] as const)(
    "one filter keeps the defaults of institution and years in words (%s)",
    (lang, t) => {
      expect(
        describeFilters(filters({ dir: "received" }), dataset, lang, t),
      ).toBe(
        [t.exportAllInstitutions, t.exportAllYears, t.exportReceived].join(
          " · ",
        ),
      );
    },
  );

  it.each([
    ["en", en, { from: 2016 }, "2016", "exportYearsFrom"],
    ["zh", zh, { from: 2016 }, "2016", "exportYearsFrom"],
    ["en", en, { to: 2018 }, "2018", "yearsUpTo"],
    ["zh", zh, { to: 2018 }, "2018", "yearsUpTo"],
  ] as const)(
    "an open year range says from or up to (%s %j)",
    (lang, t, years, year, key) => {
      const line = describeFilters(filters(years), dataset, lang, t);
      expect(line.split(" · ")[1]).toBe(t[key].replace(/\{\w+\}/, year));
    },
  );

  it.each([
    ["en", en],
    ["zh", zh],
  ] as const)("one year is named once (%s)", (lang, t) => {
    const part = describeFilters(
      filters({ from: 2017, to: 2017 }),
      dataset,
      lang,
      t,
    ).split(" · ")[1]!;
    expect(part.match(/2017/g)).toHaveLength(1);
    expect(part).not.toMatch(/[–—]/);
  });

  it("a blank search is no filter; an unknown institution counts as all", () => {
    expect(describeFilters(filters({ q: "   " }), dataset, "en", en)).toBe(
      en.exportNoFilters,
    );
    expect(
      describeFilters(
        filters({ inst: "nowhere", from: 2016 }),
        dataset,
        "en",
        en,
      ).split(" · ")[0],
    ).toBe(en.exportAllInstitutions);
  });
});

describe("the source line", () => {
  it.each([
    ["en", en],
    ["zh", zh],
  ] as const)(
    "names the dataset and the app, or only the app without a title (%s)",
    (lang, t) => {
      const line = sourceLine(dataset, lang, t);
      expect(line).toContain(dataset.title[lang]);
      expect(line).toContain(t.appTitle);
      const untitled = sourceLine({}, lang, t);
      expect(untitled).toContain(t.appTitle);
      expect(untitled).not.toContain("{");
    },
  );
});
