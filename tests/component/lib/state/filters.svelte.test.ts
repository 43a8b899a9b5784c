// The shared state object (runes: this file is compiled by Svelte, as the component tests are).
import { flushSync } from "svelte";
import { describe, expect, it } from "vitest";
import { KINDS } from "../../../../src/lib/data/schema.ts";
import {
  createFilters,
  defaultFilters,
} from "../../../../src/lib/state/filters.svelte.ts";

describe("createFilters", () => {
  it("holds every field, seen by spread and Object.keys as on a plain object", () => {
    const filters = createFilters({ inst: "bpc", from: 2016 });
    expect({ ...filters }).toEqual({
      ...defaultFilters(),
      inst: "bpc",
      from: 2016,
    });
    expect(Object.keys(filters)).toEqual(Object.keys(defaultFilters()));
  });

  it("is reactive field by field: assignment, Object.assign and a list's own methods", () => {
    const filters = createFilters();
    const kind = KINDS[0];
    const seen: string[] = [];
    const stop = $effect.root(() => {
      $effect(() => {
        seen.push(`${filters.country}|${filters.kinds.join(",")}`);
      });
    });
    flushSync();
    filters.country = "ZMB";
    flushSync();
    filters.kinds.push(kind);
    flushSync();
    Object.assign(filters, { country: null, kinds: [] });
    flushSync();
    stop();
    expect(seen).toEqual(["null|", "ZMB|", `ZMB|${kind}`, "null|"]);
  });

  it("two objects do not share their fields", () => {
    const a = createFilters();
    const b = createFilters();
    a.kinds.push(KINDS[0]);
    a.q = "zambia";
    expect(b.kinds).toEqual([]);
    expect(b.q).toBe("");
  });
});
