import { describe, expect, it } from "vitest";
import {
  HEIGHT,
  isMeasureRequest,
  MAX_HEIGHT,
  MEASURE,
  readHeight,
} from "../../../src/embed/message.ts";

describe("readHeight", () => {
  it("reads the height of a well-formed message, rounded up to whole pixels", () => {
    expect(readHeight({ type: HEIGHT, height: 512.2 })).toBe(513);
    expect(readHeight({ type: HEIGHT, height: 0 })).toBe(0);
  });

  it.each([
    ["no object", "cooperation-atlas:height"],
    ["null", null],
    ["another type", { type: "resize", height: 500 }],
    ["a height as text", { type: HEIGHT, height: "500" }],
    ["no height", { type: HEIGHT }],
    ["a negative height", { type: HEIGHT, height: -1 }],
    ["an endless height", { type: HEIGHT, height: Infinity }],
    ["not a number", { type: HEIGHT, height: NaN }],
    ["a height past the limit", { type: HEIGHT, height: MAX_HEIGHT + 1 }],
  ])("ignores %s", (_name, data) => {
    expect(readHeight(data)).toBeNull();
  });
});

describe("isMeasureRequest", () => {
  it("knows the host's request and nothing else", () => {
    expect(isMeasureRequest({ type: MEASURE })).toBe(true);
    expect(isMeasureRequest({ type: HEIGHT, height: 3 })).toBe(false);
    expect(isMeasureRequest(MEASURE)).toBe(false);
    expect(isMeasureRequest(null)).toBe(false);
  });
});
