import { describe, expect, it } from "vitest";
import { en, zh } from "../../../helpers/messages.ts";
import type { Time } from "../../../../src/lib/data/schema.ts";
import {
  placesText,
  shortPlacesText,
  timeText,
} from "../../../../src/views/flows/text.ts";

describe("timeText", () => {
  it.each<[Time, string | RegExp, string]>([
    [{ type: "date", date: "2016" }, "2016", "2016年"],
    [{ type: "date", date: "2018-05" }, "May 2018", "2018年5月"],
    [{ type: "date", date: "2024-06-25" }, "June 25, 2024", "2024年6月25日"],
    [
      { type: "period", start: "2017", end: "2018" },
      /^2017\s–\s2018$/,
      "2017–2018年",
    ],
    [{ type: "asOf", date: "2018-05" }, "as of May 2018", "截至2018年5月"],
    [
      { type: "target", until: "2019" },
      "planned, until 2019",
      "计划，至2019年",
    ],
  ])("%j reads %s / %s", (time, english, chinese) => {
    expect(timeText(time, "en", en)).toMatch(
      english instanceof RegExp ? english : new RegExp(`^${english}$`),
    );
    expect(timeText(time, "zh", zh)).toBe(chinese);
  });
});

describe("placesText", () => {
  it("names every country of an undivided flow and says when the list is not exhaustive", () => {
    expect(placesText(["USA", "AUS", "GBR", "CAN"], true, "en", en)).toBe(
      "United States, Australia, United Kingdom, Canada and others (list not exhaustive)",
    );
    expect(placesText(["USA", "TWN"], true, "zh", zh)).toBe(
      "美国、中国台湾等（未全部列出）",
    );
    expect(placesText(["USA", "AUS"], false, "en", en)).toBe(
      "United States and Australia",
    );
  });

  it("shortens a long list to its first country and how many more, still saying it is not exhaustive", () => {
    expect(shortPlacesText(["USA", "SGP", "GBR"], true, "en", en)).toBe(
      "United States, 2 more and others (list not exhaustive)",
    );
    expect(shortPlacesText(["USA", "SGP", "GBR"], true, "zh", zh)).toBe(
      "美国等3个国家和地区及其他（未全部列出）",
    );
    expect(shortPlacesText(["USA", "SGP", "GBR"], false, "en", en)).toBe(
      "United States and 2 more",
    );
    expect(shortPlacesText(["USA", "AUS"], false, "en", en)).toBe(
      "United States and Australia",
    );
  });
});
