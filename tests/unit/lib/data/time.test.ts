import { describe, expect, it } from "vitest";
import {
  firstDay,
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
