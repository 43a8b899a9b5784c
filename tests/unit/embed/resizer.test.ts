import { describe, expect, it } from "vitest";
import { HEIGHT } from "../../../src/embed/message.ts";
import { applyHeight, type FrameLike } from "../../../src/embed/resizer.ts";

const atlasWindow = { name: "atlas" };
const otherWindow = { name: "other" };
const frame = (): FrameLike => ({
  src: "https://atlas.example.edu/atlas/?embed=1&view=map",
  contentWindow: atlasWindow,
  style: { height: "640px" },
});
const message = (over: Partial<Parameters<typeof applyHeight>[0]> = {}) => ({
  origin: "https://atlas.example.edu",
  source: atlasWindow,
  data: { type: HEIGHT, height: 700.4 },
  ...over,
});

describe("applyHeight", () => {
  it("sets the height of the iframe the message came from", () => {
    const frames = [{ ...frame(), contentWindow: otherWindow }, frame()];
    expect(applyHeight(message(), frames)).toBe(frames[1]);
    expect(frames[1]!.style.height).toBe("701px");
    expect(frames[0]!.style.height).toBe("640px");
  });

  it("ignores a message from another origin than the iframe's address", () => {
    const frames = [frame()];
    expect(
      applyHeight(message({ origin: "https://evil.example.com" }), frames),
    ).toBeNull();
    expect(frames[0]!.style.height).toBe("640px");
  });

  it("ignores a message from a window that is none of the atlas iframes", () => {
    const frames = [frame()];
    expect(applyHeight(message({ source: otherWindow }), frames)).toBeNull();
    expect(frames[0]!.style.height).toBe("640px");
  });

  it.each([
    ["another type", { type: "height", height: 700 }],
    ["a height as text", { type: HEIGHT, height: "700px" }],
    ["a height past the limit", { type: HEIGHT, height: 1e9 }],
  ])("ignores a message of the wrong shape: %s", (_name, data) => {
    const frames = [frame()];
    expect(applyHeight(message({ data }), frames)).toBeNull();
    expect(frames[0]!.style.height).toBe("640px");
  });

  it("ignores an iframe whose address is no URL", () => {
    const frames = [{ ...frame(), src: "" }];
    expect(applyHeight(message(), frames)).toBeNull();
    expect(frames[0]!.style.height).toBe("640px");
  });
});
