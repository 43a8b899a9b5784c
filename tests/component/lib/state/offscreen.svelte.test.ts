// A view below the map follows the shared filters at once on screen, and after the frames that
// show a change off it; the detail panel always after them (runes: this file is compiled by Svelte, as the component tests are).
import { flushSync } from "svelte";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import type { CooperationRecord } from "../../../../src/lib/data/schema.ts";
import { createFilters } from "../../../../src/lib/state/filters.svelte.ts";
import {
  followLater,
  followOffScreen,
  type Followed,
} from "../../../../src/lib/state/offscreen.svelte.ts";

/** Tells the view's observer whether its frame is on screen. */
let report: ((onScreen: boolean) => void) | undefined;

/** An IntersectionObserver whose target is on screen or not as the test says. */
class Observer {
  constructor(private readonly callback: IntersectionObserverCallback) {}
  observe() {
    report = (onScreen) =>
      this.callback(
        [{ isIntersecting: onScreen } as IntersectionObserverEntry],
        this as unknown as IntersectionObserver,
      );
  }
  disconnect() {
    report = undefined;
  }
}

const list = (...ids: string[]) =>
  ids.map((id) => ({ id }) as CooperationRecord);

let stops: (() => void)[] = [];

beforeEach(() => {
  vi.useFakeTimers({
    toFake: [
      "requestAnimationFrame",
      "cancelAnimationFrame",
      "setTimeout",
      "clearTimeout",
    ],
  });
  vi.stubGlobal("IntersectionObserver", Observer);
});
afterEach(() => {
  for (const stop of stops) stop();
  stops = [];
  vi.unstubAllGlobals();
  vi.useRealTimers();
});

/** The shared state, and what a view given it sees, its frame watched. */
function follow(onScreen: boolean) {
  const filters = createFilters();
  let records = $state.raw(list("a", "b"));
  let seen!: Followed;
  stops.push(
    $effect.root(() => {
      seen = followOffScreen(() => ({ records, filters }));
      $effect(() => seen.watch(document.createElement("section")));
    }),
  );
  flushSync();
  report!(onScreen);
  flushSync();
  return {
    filters,
    seen,
    setRecords: (next: CooperationRecord[]) => (records = next),
  };
}

/** How often an expression of what the view sees was worked out again. */
function runs(of: () => unknown) {
  let count = 0;
  stops.push(
    $effect.root(() => {
      $effect(() => {
        of();
        count++;
      });
    }),
  );
  flushSync();
  return () => count;
}

/** The frame that shows a change, the detail panel's frame, then the task after them. */
function afterThePanel() {
  vi.advanceTimersToNextFrame();
  vi.advanceTimersToNextFrame();
  vi.advanceTimersByTime(1);
  flushSync();
}

describe("followOffScreen", () => {
  it("on screen, the view sees a change at once", () => {
    const { filters, seen, setRecords } = follow(true);
    filters.inst = "bpc";
    const kept = list("a");
    setRecords(kept);
    flushSync();
    expect(seen.filters.inst).toBe("bpc");
    expect(seen.records).toBe(kept);
  });

  it("off screen, the view sees a change after the map's frame and the panel's", () => {
    const { filters, seen, setRecords } = follow(false);
    const before = seen.records;
    filters.inst = "bpc";
    const kept = list("a");
    setRecords(kept);
    flushSync();
    expect([seen.filters.inst, seen.records]).toEqual([null, before]);
    vi.advanceTimersToNextFrame();
    flushSync();
    expect(seen.filters.inst).toBe(null);
    vi.advanceTimersToNextFrame();
    flushSync();
    expect(seen.filters.inst).toBe(null);
    vi.advanceTimersByTime(1);
    flushSync();
    expect(seen.filters.inst).toBe("bpc");
    expect(seen.records).toBe(kept);
  });

  it("changes in quick succession are followed once, with the last", () => {
    const { filters, seen } = follow(false);
    const inst = runs(() => seen.filters.inst);
    filters.inst = "bpc";
    flushSync();
    vi.advanceTimersToNextFrame();
    filters.inst = "bjut";
    flushSync();
    afterThePanel();
    expect(seen.filters.inst).toBe("bjut");
    expect(inst()).toBe(2);
  });

  it("field by field: what reads only the years is not worked out again for a country", () => {
    const { filters, seen } = follow(false);
    const years = runs(() => seen.filters.from);
    filters.country = "ZMB";
    flushSync();
    afterThePanel();
    expect(seen.filters.country).toBe("ZMB");
    expect(years()).toBe(1);
    filters.from = 2016;
    flushSync();
    afterThePanel();
    expect(years()).toBe(2);
  });

  it("the view's own changes go to the shared filters, and it sees them at once", () => {
    const { filters, seen } = follow(false);
    seen.filters.from = 2016;
    flushSync();
    expect(filters.from).toBe(2016);
    expect(seen.filters.from).toBe(2016);
  });

  it("back on screen, the view sees the shared state at once", () => {
    const { filters, seen } = follow(false);
    filters.inst = "bpc";
    flushSync();
    expect(seen.filters.inst).toBe(null);
    report!(true);
    flushSync();
    expect(seen.filters.inst).toBe("bpc");
  });
});

describe("followLater", () => {
  function later() {
    const filters = createFilters({ inst: "bpc" });
    let records = $state.raw(list("a", "b"));
    let seen!: ReturnType<typeof followLater>;
    stops.push(
      $effect.root(() => {
        seen = followLater(() => ({ records, filters }));
      }),
    );
    flushSync();
    return {
      filters,
      seen,
      setRecords: (next: CooperationRecord[]) => (records = next),
    };
  }

  it("starts from the shared state, then sees each change after the map's frame and its own", () => {
    const { filters, seen, setRecords } = later();
    expect(seen.filters.inst).toBe("bpc");
    const before = seen.records;
    filters.inst = null;
    const all = list("a", "b", "c");
    setRecords(all);
    flushSync();
    vi.advanceTimersToNextFrame();
    vi.advanceTimersToNextFrame();
    flushSync();
    expect([seen.filters.inst, seen.records]).toEqual(["bpc", before]);
    vi.advanceTimersByTime(1);
    flushSync();
    expect([seen.filters.inst, seen.records]).toEqual([null, all]);
  });

  it("its own changes go to the shared filters, and it sees them at once", () => {
    const { filters, seen } = later();
    seen.filters.country = "ZMB";
    flushSync();
    expect(filters.country).toBe("ZMB");
    expect(seen.filters.country).toBe("ZMB");
  });
});
