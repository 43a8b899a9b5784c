import { describe, expect, it } from "vitest";
import { topN } from "../../../src/views/top-n.ts";

describe("topN", () => {
  it("keeps every group when they fit", () => {
    expect(topN([3, 1, 2], 3, (n) => n)).toEqual({ kept: [3, 1, 2], rest: [] });
  });

  it("keeps the n − 1 largest in their own order, so that 'other' takes the n-th place", () => {
    const { kept, rest } = topN(["a", "bbbb", "cc", "ddd"], 3, (s) => s.length);
    expect(kept).toEqual(["bbbb", "ddd"]);
    expect(rest).toEqual(["a", "cc"]);
  });

  it("breaks ties by order: the earlier group stays", () => {
    expect(topN(["x", "y", "z"], 2, () => 1).kept).toEqual(["x"]);
  });
});
