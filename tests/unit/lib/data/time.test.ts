import { describe, expect, it } from "vitest";
import type { Time } from "../../../../src/lib/data/schema.ts";
import {
  firstDay,
  inYears,
  isOrdered,
  lastDay,
  precisionOf,
} from "../../../../src/lib/data/time.ts";

describe("partial dates", () => {
  it.each([
    ["2016", "year", "2016-01-01", "2016-12-31"],
    ["2018-05", "month", "2018-05-01", "2018-05-31"],
    ["2024-02", "month", "2024-02-01", "2024-02-29"],
    ["2023-02", "month", "2023-02-01", "2023-02-28"],
    ["2024-06-25", "day", "2024-06-25", "2024-06-25"],
  ])(
    "%s has %s precision and covers %s to %s",
    (date, precision, first, last) => {
      expect(precisionOf(date)).toBe(precision);
      expect(firstDay(date)).toBe(first);
      expect(lastDay(date)).toBe(last);
    },
  );

  it.each([
    ["2008", "2012", true],
    ["2012-05", "2012", true],
    ["2012", "2012-01", true],
    ["2018", "2012", false],
    ["2012-06", "2012-05", false],
  ])("a period from %s to %s is ordered: %s", (start, end, ordered) => {
    expect(isOrdered(start, end)).toBe(ordered);
  });
});

describe("inYears: which records a year range includes", () => {
  const period: Time = { type: "period", start: "2017", end: "2018" };
  const month: Time = { type: "date", date: "2018-05" };
  const asOf: Time = { type: "asOf", date: "2018" };
  const target: Time = { type: "target", until: "2019" };
  it.each([
    ["a period overlapping the start", period, 2018, 2020, true],
    ["a period overlapping the end", period, 2010, 2017, true],
    ["a period before the range", period, 2019, 2024, false],
    ["a period after the range", period, 2008, 2016, false],
    ["a month date in its year", month, 2018, 2018, true],
    ["a month date before the range", month, 2019, null, false],
    ["an as-of figure in the year of its date", asOf, 2016, 2018, true],
    ["an as-of figure not in earlier years", asOf, 2008, 2017, false],
    ["an as-of figure not in later years", asOf, 2019, 2024, false],
    ["an as-of figure with open ends", asOf, null, null, true],
    ["a target from its source's date", target, 2018, 2018, true],
    ["a target in its last year", target, 2019, 2030, true],
    ["a target not before its source's date", target, 2010, 2017, false],
    ["a target not after its deadline", target, 2020, null, false],
  ])("%s: %o in %s–%s is %s", (_, time, from, to, included) => {
    expect(inYears(time, "2018-06", from, to)).toBe(included);
  });

  it("a target with its own start runs from there, not from its source's date", () => {
    const planned: Time = { type: "target", from: "2015", until: "2019" };
    expect(inYears(planned, "2018-06", 2015, 2016)).toBe(true);
  });
});
