import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import {
  ADDRESS_DELAY,
  deferAddress,
  dropAddress,
  flushAddress,
} from "../../../../src/lib/state/history.ts";

/** A history that keeps its entries, and a location that follows it. */
function fakeHistory() {
  const entries = ["/atlas/"];
  const location = { pathname: "/atlas/", search: "", hash: "" };
  const go = (url: string) => {
    const at = new URL(url, "https://example.edu");
    location.pathname = at.pathname;
    location.search = at.search;
  };
  const history = {
    pushState: vi.fn((_: unknown, __: string, url: string) => {
      entries.push(url);
      go(url);
    }),
    replaceState: vi.fn((_: unknown, __: string, url: string) => {
      entries[entries.length - 1] = url;
      go(url);
    }),
  };
  return { entries, location, history };
}

describe("the address follows the state once it rests", () => {
  let fake: ReturnType<typeof fakeHistory>;
  beforeEach(() => {
    vi.useFakeTimers();
    fake = fakeHistory();
    vi.stubGlobal("location", fake.location);
    vi.stubGlobal("history", fake.history);
  });
  afterEach(() => {
    dropAddress();
    vi.useRealTimers();
    vi.unstubAllGlobals();
  });

  it("writes nothing in the frame of the change, then one entry for the last state", () => {
    deferAddress("?from=2015", false);
    deferAddress("?from=2016", false);
    expect(fake.history.replaceState).not.toHaveBeenCalled();
    vi.advanceTimersByTime(ADDRESS_DELAY);
    expect(fake.entries).toEqual(["/atlas/?from=2016"]);
    expect(fake.history.pushState).not.toHaveBeenCalled();
  });

  it("makes a new entry when any change in the run changed the selection", () => {
    deferAddress("?inst=bpc", true);
    deferAddress("?inst=bpc&from=2016", false);
    vi.advanceTimersByTime(ADDRESS_DELAY);
    expect(fake.entries).toEqual(["/atlas/", "/atlas/?inst=bpc&from=2016"]);
  });

  it("waits while changes keep coming", () => {
    deferAddress("?from=2015", false);
    vi.advanceTimersByTime(ADDRESS_DELAY - 50);
    deferAddress("?from=2016", false);
    vi.advanceTimersByTime(ADDRESS_DELAY - 50);
    expect(fake.history.replaceState).not.toHaveBeenCalled();
    vi.advanceTimersByTime(50);
    expect(fake.entries).toEqual(["/atlas/?from=2016"]);
  });

  it("writes at once when asked (copy link), and not again later", () => {
    deferAddress("?country=ZMB", true);
    flushAddress();
    expect(fake.location.search).toBe("?country=ZMB");
    vi.advanceTimersByTime(ADDRESS_DELAY);
    expect(fake.history.pushState).toHaveBeenCalledTimes(1);
  });

  it("writes nothing when the address already says it, or after back and forward", () => {
    deferAddress("", true);
    vi.advanceTimersByTime(ADDRESS_DELAY);
    deferAddress("?from=2016", true);
    dropAddress();
    vi.advanceTimersByTime(ADDRESS_DELAY);
    expect(fake.entries).toEqual(["/atlas/"]);
  });
});
