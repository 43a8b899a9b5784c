import { afterEach, describe, expect, it, vi } from "vitest";
import { reportHeight } from "../../../src/embed/height.ts";
import { HEIGHT, MEASURE } from "../../../src/embed/message.ts";

/** A window in an iframe: its parent records what it is sent. */
function framedWindow(height: number) {
  const posted: unknown[] = [];
  const listeners: ((e: { source: unknown; data: unknown }) => void)[] = [];
  const parent = { postMessage: (data: unknown) => posted.push(data) };
  const win = {
    parent,
    document: {
      documentElement: { getBoundingClientRect: () => ({ height }) },
    },
    addEventListener: (_type: string, f: (typeof listeners)[number]) =>
      listeners.push(f),
    removeEventListener: () => {},
  };
  const send = (source: unknown, data: unknown) =>
    listeners.forEach((f) => f({ source, data }));
  return { win: win as unknown as Window, parent, posted, send };
}

let resize: () => void = () => {};
vi.stubGlobal(
  "ResizeObserver",
  class {
    constructor(callback: () => void) {
      resize = callback;
    }
    observe() {}
    disconnect() {}
  },
);
afterEach(() => {
  resize = () => {};
});

describe("reportHeight", () => {
  it("posts the document's height to the parent at once, and again when it changes", () => {
    const framed = framedWindow(480.3);
    reportHeight(framed.win);
    expect(framed.posted).toEqual([{ type: HEIGHT, height: 481 }]);
    resize();
    // The same height is not posted twice.
    expect(framed.posted).toHaveLength(1);
  });

  it("answers the host's request from its parent, not one from another window", () => {
    const framed = framedWindow(300);
    reportHeight(framed.win);
    framed.send({}, { type: MEASURE });
    framed.send(framed.parent, { type: "other" });
    expect(framed.posted).toHaveLength(1);
    framed.send(framed.parent, { type: MEASURE });
    expect(framed.posted).toEqual([
      { type: HEIGHT, height: 300 },
      { type: HEIGHT, height: 300 },
    ]);
  });

  it("does nothing in a page that is not in a frame", () => {
    const framed = framedWindow(300);
    const alone = { ...framed.win, parent: undefined } as unknown as Window;
    Object.assign(alone, { parent: alone });
    reportHeight(alone);
    expect(framed.posted).toEqual([]);
  });
});
