import { describe, expect, it } from "vitest";
import { rovingIndex } from "../../../src/ui/roving.ts";

describe("rovingIndex", () => {
  it.each([
    ["ArrowRight", 1, 2],
    ["ArrowDown", 1, 2],
    ["ArrowLeft", 1, 0],
    ["ArrowUp", 1, 0],
    ["Home", 3, 0],
    ["End", 0, 4],
    ["ArrowRight", 4, 0],
    ["ArrowLeft", 0, 4],
  ])("%s from %i goes to %i of five, wrapping round", (key, at, to) => {
    expect(rovingIndex(key, at, 5)).toBe(to);
  });

  it.each([["Enter"], ["Escape"], ["a"]])(
    "%s does not move the stop",
    (key) => {
      expect(rovingIndex(key, 1, 5)).toBeNull();
    },
  );

  it("has nowhere to go among no items", () => {
    expect(rovingIndex("ArrowRight", 0, 0)).toBeNull();
  });
});
