import { describe, expect, it } from "vitest";
import { arcStrokes } from "../../../../src/views/map/strokes.ts";

const arc = (
  d: string,
  direction: "sent" | "received",
  width: number,
  dashed = false,
) => ({ d, direction, width, dashed });

describe("arcStrokes", () => {
  it("one path per direction and width, its arcs one after another", () => {
    const strokes = arcStrokes([
      arc("M0 0l1 1", "sent", 2),
      arc("M5 5l1 1", "received", 2),
      arc("M9 9l1 1", "sent", 2),
      arc("M3 3l1 1", "sent", 4.5),
    ]);
    expect(strokes.map((s) => [s.direction, s.width, s.d, s.arcs])).toEqual([
      ["received", 2, "M5 5l1 1", 1],
      ["sent", 2, "M0 0l1 1M9 9l1 1", 2],
      ["sent", 4.5, "M3 3l1 1", 1],
    ]);
  });

  it("arcs with no number stay apart from solid arcs of the same width", () => {
    const strokes = arcStrokes([
      arc("M0 0l1 1", "sent", 1.5),
      arc("M2 2l1 1", "sent", 1, true),
      arc("M4 4l1 1", "sent", 1),
    ]);
    expect(strokes.map((s) => [s.width, s.dashed, s.d])).toEqual([
      [1, false, "M4 4l1 1"],
      [1, true, "M2 2l1 1"],
      [1.5, false, "M0 0l1 1"],
    ]);
    expect(new Set(strokes.map((s) => s.key)).size).toBe(3);
  });

  it("no arcs, no strokes", () => {
    expect(arcStrokes([])).toEqual([]);
  });
});
