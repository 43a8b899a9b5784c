import { describe, expect, it } from "vitest";
import { recent } from "../../../../src/views/timeline/recent.ts";

describe("recent", () => {
  it("makes a value once per key while it is kept", () => {
    const keep = recent<string, object>(2);
    let made = 0;
    const make = () => ({ n: ++made });
    const a = keep("a", make);
    expect(keep("a", make)).toBe(a);
    expect(made).toBe(1);
  });

  it("drops the least recently used key past its size", () => {
    const keep = recent<string, string>(2);
    const made: string[] = [];
    const make = (key: string) => () => (made.push(key), key);
    keep("a", make("a"));
    keep("b", make("b"));
    keep("a", make("a")); // a used again: b is now the oldest
    keep("c", make("c")); // b dropped
    keep("a", make("a"));
    keep("b", make("b"));
    expect(made).toEqual(["a", "b", "c", "b"]);
  });
});
