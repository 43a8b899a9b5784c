import { describe, expect, it } from "vitest";
import {
  exportLayout,
  legendRows,
  PAD,
  TYPE,
  wrapText,
  type Measure,
} from "../../../../src/ui/export/layout.ts";
import { textWidth } from "../../../../src/views/text-width.ts";

/** Every character a tenth of the font size wide, so widths are easy to reason about. */
const fixed: Measure = (text, size) => [...text].length * size * 0.1;
const estimate: Measure = (text, size) => textWidth(text, size);

describe("wrapping", () => {
  it("breaks English at spaces, never inside a word", () => {
    const lines = wrapText("one two three four five", 10, 10, fixed);
    expect(lines).toEqual(["one two", "three four", "five"]);
  });

  it("breaks Chinese between any two characters", () => {
    const lines = wrapText("全部院校全部年份", 4, 10, fixed);
    expect(lines).toEqual(["全部院校", "全部年份"]);
  });

  it("gives a word wider than the line a line of its own", () => {
    expect(wrapText("a verylongword b", 5, 10, fixed)).toEqual([
      "a",
      "verylongword",
      "b",
    ]);
  });

  it("keeps every line within the width where words allow", () => {
    const text =
      "Source: International cooperation of five Chinese colleges and universities, from the institutions' own web pages.";
    const lines = wrapText(text, 300, 11, estimate);
    expect(lines.join(" ")).toBe(text);
    for (const line of lines)
      expect(estimate(line, 11)).toBeLessThanOrEqual(300);
  });
});

describe("legend rows", () => {
  const entry = (chars: number, swatch = 16) => ({
    swatch: { width: swatch, height: 12 },
    text: "x".repeat(chars),
  });

  it("places entries left to right and wraps the one that would overflow", () => {
    // Each entry: 16 swatch + 6 gap + 10 chars × 1.2 px = 34 px, then 16 px apart.
    const { placed, height } = legendRows(
      [entry(10), entry(10), entry(10)],
      90,
      fixed,
    );
    expect(placed.map((p) => p.x)).toEqual([0, 50, 0]);
    expect(placed[0]!.y).toBe(placed[1]!.y);
    expect(placed[2]!.y).toBeGreaterThan(placed[0]!.y);
    expect(placed[0]!.textX).toBe(22);
    expect(height).toBeGreaterThan(2 * TYPE.legend.line);
  });

  it("an entry without a swatch starts its text where the entry starts", () => {
    const { placed } = legendRows([entry(4, 0)], 200, fixed);
    expect(placed[0]!.textX).toBe(placed[0]!.x);
  });

  it("entries of one row share its middle, whatever their swatch's height", () => {
    const tall = { swatch: { width: 14, height: 30 }, text: "a" };
    const { placed } = legendRows([entry(2), tall], 500, fixed);
    expect(placed[0]!.y).toBe(placed[1]!.y);
    expect(placed[0]!.y).toBe(15);
  });

  it("no entries take no room", () => {
    expect(legendRows([], 200, fixed)).toEqual({ placed: [], height: 0 });
  });
});

describe("the document", () => {
  const input = {
    width: 600,
    chartHeight: 300,
    title: "World map of partners",
    filters: "All institutions, all years",
    legend: [
      { swatch: { width: 16, height: 12 }, text: "1" },
      { swatch: { width: 16, height: 12 }, text: "2–4" },
    ],
    foot: ["Source: somewhere", "Boundaries: Natural Earth"],
  };

  it("stacks title, filters, chart, legend and foot without overlap", () => {
    const l = exportLayout(input, estimate);
    expect(l.width).toBe(600);
    const titleBottom =
      l.title.y + (l.title.lines.length - 1) * TYPE.title.line;
    expect(l.filters.y).toBeGreaterThan(titleBottom);
    expect(l.chartY).toBeGreaterThan(l.filters.y);
    const chartBottom = l.chartY + input.chartHeight;
    for (const p of l.legend)
      expect(p.y - TYPE.legend.line / 2).toBeGreaterThan(chartBottom);
    const legendBottom =
      Math.max(...l.legend.map((p) => p.y)) + TYPE.legend.line / 2;
    expect(l.foot.y - TYPE.foot.size).toBeGreaterThan(legendBottom);
    const footLast = l.foot.y + (l.foot.lines.length - 1) * TYPE.foot.line;
    expect(l.height).toBeGreaterThanOrEqual(footLast + PAD - TYPE.foot.line);
    expect(l.foot.lines).toEqual(input.foot);
  });

  it("wraps long text to the frame less its padding, and grows to hold it", () => {
    const long = {
      ...input,
      width: 240,
      filters:
        "Beijing Polytechnic College · 2016–2018 · Zambia · Milestone, Event · sent abroad · “teacher”",
    };
    const short = exportLayout(input, estimate);
    const narrow = exportLayout(long, estimate);
    expect(narrow.filters.lines.length).toBeGreaterThan(1);
    for (const line of narrow.filters.lines)
      expect(estimate(line, TYPE.filters.size)).toBeLessThanOrEqual(
        240 - 2 * PAD,
      );
    expect(narrow.chartY - short.chartY).toBe(
      (narrow.filters.lines.length - 1) * TYPE.filters.line,
    );
  });

  it("legend entries start at the padding", () => {
    const l = exportLayout(input, estimate);
    expect(l.legend[0]!.x).toBe(PAD);
  });
});
