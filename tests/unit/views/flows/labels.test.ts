import { describe, expect, it } from "vitest";
import { dodge, wrapText } from "../../../../src/views/flows/labels.ts";
import { textWidth } from "../../../../src/views/text-width.ts";

describe("textWidth", () => {
  it("gives Chinese characters a whole em and Latin letters less", () => {
    expect(textWidth("中国台湾", 10)).toBe(40);
    expect(textWidth("Zambia", 10)).toBeLessThan(40);
    expect(textWidth("WWW", 10)).toBeGreaterThan(textWidth("iii", 10));
  });
});

describe("wrapText", () => {
  it.each([
    ["fits on one line", "Zambia", 100, ["Zambia"]],
    [
      "breaks between words",
      "Abroad, countries not named",
      70,
      ["Abroad,", "countries not", "named"],
    ],
    [
      "breaks Chinese between characters",
      "境外（未列明国家）",
      50,
      ["境外（未列", "明国家）"],
    ],
    [
      "keeps a list comma with the name before it",
      "美国、法国、德国",
      30,
      ["美国、", "法国、", "德国"],
    ],
  ])("%s", (_, text, width, lines) => {
    const wrapped = wrapText(text, width, 10);
    expect(wrapped).toEqual(lines);
    for (const line of wrapped)
      expect(textWidth(line, 10)).toBeLessThanOrEqual(width);
  });

  it("never ends a line with an opening bracket nor starts one with a closing bracket or comma", () => {
    for (const width of [20, 30, 40, 60, 80]) {
      const lines = wrapText("美国、澳大利亚等（未全部列出）", width, 10);
      expect(lines.join("")).toBe("美国、澳大利亚等（未全部列出）");
      for (const line of lines) {
        expect(line).not.toMatch(/（$/);
        expect(line).not.toMatch(/^[、，）]/);
      }
    }
  });

  it("cuts a word wider than a line, so that nothing runs past the edge", () => {
    const lines = wrapText("postgraduates", 40, 10);
    expect(lines.join("")).toBe("postgraduates");
    for (const line of lines)
      expect(textWidth(line, 10)).toBeLessThanOrEqual(40);
  });

  it("ends with an ellipsis past the most lines allowed", () => {
    const lines = wrapText("one two three four five six", 30, 10, 2);
    expect(lines).toHaveLength(2);
    expect(lines[1]).toMatch(/…$/);
  });
});

describe("dodge", () => {
  it.each([
    [
      "leaves blocks apart where they are",
      [
        { y: 10, height: 10 },
        { y: 40, height: 10 },
      ],
      [5, 35],
    ],
    [
      "pushes an overlapping block down",
      [
        { y: 10, height: 10 },
        { y: 12, height: 10 },
      ],
      [5, 17],
    ],
    ["keeps blocks below the top", [{ y: 0, height: 10 }], [0]],
    [
      "pulls blocks up from the bottom",
      [
        { y: 95, height: 10 },
        { y: 98, height: 10 },
      ],
      [78, 90],
    ],
    [
      "goes past the bottom only when they cannot all fit",
      [
        { y: 0, height: 60 },
        { y: 0, height: 60 },
      ],
      [0, 62],
    ],
  ])("%s", (_, blocks, tops) => {
    expect(dodge(blocks, 0, 100, 2)).toEqual(tops);
  });
});
