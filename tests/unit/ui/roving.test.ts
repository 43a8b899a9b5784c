import { describe, expect, it } from "vitest";
import { rovingMove } from "../../../src/ui/roving.ts";

describe("rovingMove", () => {
  it.each([
    ["ArrowRight", 1, 2],
    ["ArrowDown", 1, 2],
    ["ArrowLeft", 1, 0],
    ["ArrowUp", 1, 0],
    ["ArrowRight", 4, 0],
    ["ArrowLeft", 0, 4],
    ["Home", 3, 0],
    ["End", 1, 4],
    ["Enter", 1, null],
    ["a", 1, null],
  ])("%s from %i of five goes to %s", (key, at, to) => {
    expect(rovingMove(key, at, 5)).toBe(to);
  });

  it("nothing moves among no marks", () => {
    expect(rovingMove("ArrowRight", 0, 0)).toBeNull();
  });
});
