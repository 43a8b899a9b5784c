import { describe, expect, it } from "vitest";
import { en } from "../../../../src/lib/i18n/en.ts";
import { fill } from "../../../../src/lib/i18n/messages.ts";
import { preferredLang } from "../../../../src/lib/i18n/lang.ts";
import { viewsEn } from "../../../../src/lib/i18n/views-en.ts";
import { viewsZh } from "../../../../src/lib/i18n/views-zh.ts";
import { zh } from "../../../../src/lib/i18n/zh.ts";
import { noticesEn } from "../../../../src/lib/i18n/notices-en.ts";
import { noticesZh } from "../../../../src/lib/i18n/notices-zh.ts";

describe("language", () => {
  it.each([
    [["zh-CN", "en"], "zh"],
    [["zh-TW"], "zh"],
    [["en-GB", "zh"], "en"],
    [["fr-FR", "zh-CN"], "zh"],
    [["fr-FR"], "en"],
    [[], "en"],
  ])("browser languages %j give %s", (languages, lang) => {
    expect(preferredLang(languages)).toBe(lang);
  });

  it.each([
    ["the first view's", zh, en],
    ["the views'", viewsZh, viewsEn],
    ["the address notices'", noticesZh, noticesEn],
  ])(
    "Chinese has every English key of %s text and no English text",
    (_, zh, en) => {
      expect(Object.keys(zh).sort()).toEqual(Object.keys(en).sort());
      // Proper names of data sources stay as their makers write them.
      const names = /Natural Earth|world-atlas/g;
      for (const [key, text] of Object.entries(zh)) {
        if (key === "switchTo") continue; // names the other language, in that language
        expect(
          text.replace(/\{\w+\}/g, "").replace(names, ""),
          key,
        ).not.toMatch(/[A-Za-z]{2,}/);
      }
    },
  );

  it("the first view's text and the views' text never share a key", () => {
    const shared = Object.keys(viewsEn).filter((key) => key in en);
    expect(shared).toEqual([]);
  });

  it("fill replaces named placeholders and leaves unknown ones", () => {
    expect(fill("{n} records of {x}", { n: 3 })).toBe("3 records of {x}");
  });
});
