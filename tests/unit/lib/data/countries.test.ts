import { describe, expect, it } from "vitest";
import {
  alpha2,
  countryName,
  isCountryCode,
  toAlpha3,
} from "../../../../src/lib/data/countries.ts";
import { numericCode } from "../../../../src/lib/data/country-numeric.ts";

describe("country codes", () => {
  it("maps alpha-3 to alpha-2 and to world-atlas's zero-padded numeric id", () => {
    expect(alpha2("ZMB")).toBe("ZM");
    expect(numericCode("AFG")).toBe("004");
    expect(numericCode("TWN")).toBe("158");
  });

  it.each([
    ["ZMB", "ZMB"],
    [" zm ", "ZMB"],
    ["TW", "TWN"],
    ["XX", undefined],
    ["894", undefined],
  ])("%j read as a country code in the first view is %s", (value, expected) => {
    expect(toAlpha3(value)).toBe(expected);
  });

  it("knows real codes and refuses made-up ones", () => {
    expect(isCountryCode("PAK")).toBe(true);
    expect(isCountryCode("XYZ")).toBe(false);
    expect(isCountryCode("zmb")).toBe(false);
  });
});

describe("country names", () => {
  it.each([
    ["ZMB", "Zambia", "赞比亚"],
    ["GBR", "United Kingdom", "英国"],
    ["KOR", "South Korea", "韩国"],
    ["TWN", "Taiwan, China", "中国台湾"],
    ["HKG", "Hong Kong, China", "中国香港"],
    ["MAC", "Macao, China", "中国澳门"],
  ])("%s is %s / %s", (code, en, zh) => {
    expect(countryName(code, "en")).toBe(en);
    expect(countryName(code, "zh")).toBe(zh);
  });

  it("an unknown code is shown as itself rather than dropped", () => {
    expect(countryName("XYZ", "en")).toBe("XYZ");
  });
});
