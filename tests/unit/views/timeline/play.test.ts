import { describe, expect, it } from "vitest";
import { nextStep, playSteps } from "../../../../src/views/timeline/play.ts";

describe("play", () => {
  it("cumulative steps grow from the first year", () => {
    expect(playSteps([2016, 2018], "cumulative")).toEqual([
      { from: null, to: 2016 },
      { from: null, to: 2017 },
      { from: null, to: 2018 },
    ]);
  });

  it("year-by-year steps show each year alone", () => {
    expect(playSteps([2016, 2017], "yearly")).toEqual([
      { from: 2016, to: 2016 },
      { from: 2017, to: 2017 },
    ]);
  });

  it.each([
    [{ from: null, to: null }, 0],
    [{ from: 2016, to: 2016 }, 1],
    [{ from: 2017, to: 2017 }, 2],
    [{ from: 2018, to: 2018 }, 0],
    [{ from: 2010, to: 2020 }, 0],
  ])("from %o the next step is number %i", (current, next) => {
    expect(nextStep(playSteps([2016, 2018], "yearly"), current)).toBe(next);
  });
});
