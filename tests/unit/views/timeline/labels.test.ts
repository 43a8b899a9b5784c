import { describe, expect, it } from "vitest";
import {
  fitText,
  MIN_CUT,
  placeLabels,
  type Slot,
} from "../../../../src/views/timeline/labels.ts";

const options = { width: 300, gap: 4, labelledRows: 2 };
const slot = (key: string, x0: number, label: number, x1 = x0 + 10): Slot => ({
  key,
  x0,
  x1,
  label,
});

/** Every occupied extent, to check that nothing overlaps in a row. */
function extents(slots: Slot[], placed: ReturnType<typeof placeLabels>) {
  return placed.map((p, i) => {
    const s = slots[i]!;
    const label = p.room ?? s.label;
    const [a, b] =
      p.side === "right"
        ? [s.x0, s.x1 + options.gap + label]
        : p.side === "left"
          ? [s.x0 - options.gap - label, s.x1]
          : [s.x0, s.x1];
    return { row: p.row, a, b };
  });
}

describe("placeLabels", () => {
  it("puts a label right of its mark when there is room", () => {
    expect(placeLabels([slot("a", 10, 50)], options)).toEqual([
      { key: "a", row: 0, side: "right" },
    ]);
  });

  it("puts a label left of its mark near the right edge, never outside the view", () => {
    expect(placeLabels([slot("a", 280, 50)], options)).toEqual([
      { key: "a", row: 0, side: "left" },
    ]);
  });

  it("cuts a label that fits whole on neither side to the room on the wider side", () => {
    expect(placeLabels([slot("a", 100, 400)], options)).toEqual([
      { key: "a", row: 0, side: "right", room: 186 },
    ]);
    expect(placeLabels([slot("a", 180, 400, 250)], options)).toEqual([
      { key: "a", row: 0, side: "left", room: 176 },
    ]);
  });

  it("a cut label stops short of its neighbour in the row", () => {
    const placed = placeLabels([slot("a", 250, 30), slot("b", 50, 400, 60)], {
      ...options,
      labelledRows: 1,
    });
    expect(placed).toEqual([
      { key: "a", row: 0, side: "right" },
      { key: "b", row: 0, side: "right", room: 182 },
    ]);
  });

  it("a cut label goes to the row that leaves it the most room", () => {
    // Row 0 leaves b 132 px before a's label; row 1, 236 px to the edge.
    const placed = placeLabels(
      [slot("a", 200, 40), slot("b", 50, 400, 60)],
      options,
    );
    expect(placed[1]).toEqual({ key: "b", row: 1, side: "right", room: 236 });
  });

  it("prefers a whole label in a later row to a cut one", () => {
    // b fits whole only on its left, which a takes in the first row; cut, on its right.
    const placed = placeLabels(
      [slot("a", 10, 20), slot("b", 150, 140)],
      options,
    );
    expect(placed[1]).toEqual({ key: "b", row: 1, side: "left" });
  });

  it("gives up the label when neither side has room for a few characters", () => {
    expect(
      placeLabels([slot("a", MIN_CUT - 10, 400, 300 - MIN_CUT)], options),
    ).toEqual([{ key: "a", row: 0, side: null }]);
  });

  it("moves a mark whose label would overlap to the next row", () => {
    const placed = placeLabels(
      [slot("a", 10, 100), slot("b", 60, 50)],
      options,
    );
    expect(placed.map((p) => [p.row, p.side])).toEqual([
      [0, "right"],
      [1, "right"],
    ]);
  });

  it("past the labelled rows a mark takes the first row where it fits, without its label if that row has no room", () => {
    const slots = [slot("a", 10, 100), slot("b", 12, 150), slot("c", 200, 80)];
    const crowded = slot("d", 130, 100);
    const placed = placeLabels([...slots, crowded], options);
    expect(placed[3]).toEqual({ key: "d", row: 0, side: null });
    expect(placed[2]).toEqual({ key: "c", row: 0, side: "right" });
  });

  it("past the labelled rows a mark opens a row of its own for its label, while spare rows are left", () => {
    const slots = [slot("a", 10, 100), slot("b", 12, 150), slot("c", 200, 80)];
    const crowded = slot("d", 130, 100);
    const spare = { ...options, spareRows: 1 };
    expect(placeLabels([...slots, crowded], spare)[3]).toEqual({
      key: "d",
      row: 2,
      side: "right",
    });
    // The spare row taken, the next such mark goes without its label.
    const next = slot("e", 131, 100);
    expect(placeLabels([...slots, crowded, next], spare)[4]).toEqual({
      key: "e",
      row: 0,
      side: null,
    });
    // A label too long for either side of the view is cut to the room in its own row.
    const long = slot("f", 130, 400);
    expect(placeLabels([...slots, long], spare)[3]).toEqual({
      key: "f",
      row: 2,
      side: "right",
      room: 300 - 140 - 4,
    });
  });

  it("a mark that must open a new row past the labelled rows keeps its label there", () => {
    const placed = placeLabels(
      [slot("a", 10, 100), slot("b", 12, 100), slot("c", 14, 100)],
      options,
    );
    expect(placed[2]).toEqual({ key: "c", row: 2, side: "right" });
  });

  it.each([5, 20, 60])(
    "never overlaps two things in one row (%i marks on one spot)",
    (n) => {
      const slots = Array.from({ length: n }, (_, i) =>
        slot(`m${i}`, 100 + (i % 3) * 7, 40 + (i % 5) * 20),
      );
      const placed = extents(slots, placeLabels(slots, options));
      for (const [i, p] of placed.entries()) {
        expect(p.a).toBeGreaterThanOrEqual(0);
        expect(p.b).toBeLessThanOrEqual(options.width);
        for (const q of placed.slice(i + 1))
          if (p.row === q.row) expect(p.a >= q.b || q.a >= p.b).toBe(true);
      }
    },
  );
});

describe("fitText", () => {
  const measure = (s: string) => [...s].length * 10;
  it("keeps text that fits", () => {
    expect(fitText("Zambia", 100, measure)).toEqual({
      text: "Zambia",
      width: 60,
    });
  });
  it("cuts longer text with an ellipsis within the width", () => {
    const { text, width } = fitText("Belt and Road base", 100, measure);
    expect(text).toBe("Belt and…");
    expect(width).toBeLessThanOrEqual(100);
  });
  it("never cuts a Latin word in two, but cuts Chinese anywhere", () => {
    expect(fitText("programmes for 2024", 160, measure).text).toBe(
      "programmes for…",
    );
    expect(fitText("Supercalifragilistic", 100, measure).text).toBe(
      "Supercali…",
    );
    expect(fitText("中外合作办学项目", 60, measure).text).toBe("中外合作办…");
  });
  it("gives no text when not even one character fits", () => {
    expect(fitText("中国", 15, measure)).toEqual({ text: "", width: 0 });
  });
});
