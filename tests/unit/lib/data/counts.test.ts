import { describe, expect, it } from "vitest";
import {
  addInto,
  bounds,
  formatCount,
  formatTotal,
  lowerBound,
  sumCounts,
  sumItems,
} from "../../../../src/lib/data/counts.ts";
import { totalNote } from "../../../../src/lib/data/counts-note.ts";
import type { Count } from "../../../../src/lib/data/schema.ts";

const exact = (value: number): Count => ({ qualifier: "exact", value });
const atLeast = (value: number): Count => ({ qualifier: "atLeast", value });
const atMost = (value: number): Count => ({ qualifier: "atMost", value });
const dozens: Count = { qualifier: "unspecified", word: "dozens" };
const unknown: Count = { qualifier: "unknown" };

describe("formatCount keeps the source's qualifier", () => {
  it.each<[Count, string, string]>([
    [exact(160), "160", "160"],
    [exact(1200), "1,200", "1,200"],
    [atLeast(23), "23+", "23+"],
    [atMost(150), "up to 150", "最多150"],
    [dozens, "dozens", "数十"],
    [{ qualifier: "unspecified", word: "some" }, "some", "一些"],
    [unknown, "unknown", "未知"],
  ])("%j reads %s in English and %s in Chinese", (count, en, zh) => {
    expect(formatCount(count, "en")).toBe(en);
    expect(formatCount(count, "zh")).toBe(zh);
  });
});

describe("bounds", () => {
  it.each<[Count, [number, number]]>([
    [exact(8), [8, 8]],
    [atLeast(30), [30, Infinity]],
    [atMost(150), [0, 150]],
    [dozens, [0, Infinity]],
    [unknown, [0, Infinity]],
  ])("%j guarantees %j", (count, expected) => {
    expect(bounds(count)).toEqual(expected);
  });

  it("the lower bound of a vague count is 0, never an invented number", () => {
    expect(lowerBound(dozens)).toBe(0);
    expect(lowerBound(atLeast(200))).toBe(200);
  });
});

describe("sums", () => {
  it("adding a count in place adds its bounds and keeps it when it is vague", () => {
    const counts = [exact(3), atLeast(5), atMost(7), dozens, unknown];
    for (const count of counts) {
      const [low, high] = bounds(count);
      const vague =
        count.qualifier === "unspecified" || count.qualifier === "unknown";
      expect(addInto({ low: 1, high: 2, parts: 1, vague: [] }, count)).toEqual({
        low: 1 + low,
        high: 2 + high,
        parts: 2,
        vague: vague ? [count] : [],
      });
    }
  });

  it("160 and more than 200 make 360+", () => {
    const total = sumCounts([exact(160), atLeast(200)]);
    expect(formatTotal(total, "en")).toBe("360+");
    expect(totalNote(total, "en")).toBeUndefined();
  });

  it("exact parts add up exactly", () => {
    expect(formatTotal(sumCounts([exact(8), exact(41)]), "en")).toBe("49");
  });

  it("an unknown part makes the sum a lower bound and says so", () => {
    const total = sumCounts([exact(160), unknown]);
    expect(formatTotal(total, "en")).toBe("160+");
    expect(totalNote(total, "en")).toBe(
      "a lower bound: 1 count is not given as a number",
    );
    expect(totalNote(total, "zh")).toBe("此为下限：1项未给出具体数字");
  });

  it("an unspecified part (dozens) makes the sum a lower bound too", () => {
    const total = sumCounts([atLeast(60), dozens]);
    expect(formatTotal(total, "zh")).toBe("60+");
    expect(totalNote(total, "en")).toMatch(/lower bound/);
  });

  it("a ceiling added to an exact figure gives a range", () => {
    expect(formatTotal(sumCounts([exact(10), atMost(150)]), "en")).toBe(
      "10–160",
    );
  });

  it("a lone ceiling stays a ceiling", () => {
    expect(formatTotal(sumCounts([atMost(150)]), "zh")).toBe("最多150");
  });

  it("a lone word stays the word; several words say the number is unknown", () => {
    expect(formatTotal(sumCounts([dozens]), "en")).toBe("dozens");
    expect(formatTotal(sumCounts([dozens, unknown]), "en")).toBe("unknown");
  });

  it("nothing sums to 0", () => {
    expect(formatTotal(sumCounts([]), "en")).toBe("0");
  });

  it("planned targets are never added to achieved figures", () => {
    const { achieved, planned } = sumItems([
      { count: atLeast(41) },
      { count: atMost(150), planned: true },
    ]);
    expect(formatTotal(achieved, "en")).toBe("41+");
    expect(formatTotal(planned, "en")).toBe("up to 150");
  });
});
