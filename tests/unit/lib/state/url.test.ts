import { describe, expect, it } from "vitest";
import { parseQuery } from "../../../../src/lib/state/url.ts";

describe("parseQuery", () => {
  it("reads lang and data", () => {
    expect(parseQuery("?lang=zh&data=data/other.json")).toEqual({
      values: { lang: "zh", data: "data/other.json" },
      notices: [],
    });
  });

  it("an invalid language is ignored with a notice", () => {
    expect(parseQuery("?lang=fr")).toEqual({
      values: {},
      notices: [{ name: "lang", value: "fr", reason: "use en or zh" }],
    });
  });

  it("an empty data parameter is ignored with a notice", () => {
    expect(parseQuery("?data=").notices).toEqual([
      { name: "data", value: "", reason: "it names no file" },
    ]);
  });

  it("unrelated parameters are left alone", () => {
    expect(parseQuery("?utm_source=x")).toEqual({ values: {}, notices: [] });
  });
});
