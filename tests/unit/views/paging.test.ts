import { describe, expect, it } from "vitest";
import { nextLimit, PAGE_SIZE, pageOf } from "../../../src/views/paging.ts";

describe("paging", () => {
  it("draws a hundred rows at first", () => {
    expect(PAGE_SIZE).toBe(100);
  });

  it.each([
    // total, limit, shown, more
    [0, 100, 0, 0],
    [46, 100, 46, 0],
    [100, 100, 100, 0],
    [101, 100, 100, 1],
    [10_000, 100, 100, 100],
    [250, 200, 200, 50],
    [10_000, 9_950, 9_950, 50],
  ])(
    "%i rows with a limit of %i: %i drawn, the next page adds %i",
    (total, limit, shown, more) => {
      expect(pageOf(total, limit)).toEqual({ shown, more });
    },
  );

  it("each “Show more” adds a page until every row is drawn", () => {
    let limit = PAGE_SIZE;
    let steps = 0;
    while (pageOf(250, limit).more > 0) {
      limit = nextLimit(250, limit);
      steps++;
    }
    expect(steps).toBe(2);
    expect(pageOf(250, limit)).toEqual({ shown: 250, more: 0 });
  });
});
