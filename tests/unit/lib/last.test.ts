import { describe, expect, it } from "vitest";
import { lastFor } from "../../../src/lib/last.ts";

describe("lastFor", () => {
  const counting = () => {
    let made = 0;
    const make = lastFor((key: { n: number }, times: number) => {
      made++;
      return { value: key.n * times };
    });
    return { make, made: () => made };
  };

  it("finds the result again for the same object and arguments", () => {
    const { make, made } = counting();
    const key = { n: 2 };
    const first = make(key, 3);
    expect(make(key, 3)).toBe(first);
    expect(first.value).toBe(6);
    expect(made()).toBe(1);
  });

  it("makes it again for other arguments, and keeps only the last per object", () => {
    const { make, made } = counting();
    const key = { n: 2 };
    const three = make(key, 3);
    expect(make(key, 4).value).toBe(8);
    expect(make(key, 3)).not.toBe(three);
    expect(made()).toBe(3);
  });

  it("keeps each object's result apart", () => {
    const { make, made } = counting();
    const a = { n: 1 };
    const b = { n: 5 };
    const ofA = make(a, 2);
    expect(make(b, 2).value).toBe(10);
    expect(make(a, 2)).toBe(ofA);
    expect(made()).toBe(2);
  });
});
