import { describe, expect, it } from "vitest";
import { defaultFilters } from "../../../src/lib/state/filters.svelte.ts";
import { parseQuery, toQuery } from "../../../src/lib/state/url.ts";
import { start } from "../../../src/boot.ts";

describe("the embed parameter", () => {
  it.each([
    ["?embed=1", true],
    ["?embed=0", false],
  ])("%s parses to %s", (query, embed) => {
    expect(parseQuery(query)).toEqual({ values: { embed }, notices: [] });
  });

  it("ignores another value with a notice", () => {
    expect(parseQuery("?embed=yes").notices).toEqual([
      {
        name: "embed",
        value: "yes",
        reason: "reasonOneOf",
        allowed: ["0", "1"],
      },
    ]);
  });

  it("is a page parameter: every address the app writes keeps it", () => {
    const filters = { ...defaultFilters(), view: "map" as const, from: 2016 };
    expect(toQuery(filters, { lang: "zh", embed: true })).toBe(
      "?lang=zh&embed=1&from=2016&view=map",
    );
    expect(toQuery(filters, { embed: false })).toBe("?from=2016&view=map");
  });

  it("reaches the boot's page parameters, not the filters", async () => {
    const fetcher = (() =>
      Promise.reject(new Error("offline"))) as unknown as typeof fetch;
    const boot = await start(
      "https://x.edu/atlas/?embed=1&view=map&lang=en",
      ["en"],
      fetcher,
    );
    expect(boot.page).toMatchObject({ lang: "en", embed: true });
    expect(boot.filters.view).toBe("map");
    expect("embed" in boot.filters).toBe(false);
  });
});
