import { describe, expect, it } from "vitest";
import { en, zh } from "../../../helpers/messages.ts";
import {
  placesText,
  shortPlacesText,
} from "../../../../src/views/flows/text.ts";

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
