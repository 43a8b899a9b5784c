// The app renders on the server, so a later build step can prerender the first view.
import { render } from "svelte/server";
import { describe, expect, it } from "vitest";
import App from "../../src/App.svelte";
import { en } from "../../src/lib/i18n/en.ts";
import { parseDatasetText } from "../../src/lib/data/parse.ts";
import { readFixture } from "../helpers/fixtures.ts";

describe("server rendering", () => {
  it("renders the header and every view container without touching browser globals", () => {
    const boot = {
      lang: "en" as const,
      messages: en,
      notices: [],
      dataLabel: "minimal.json",
      pageUrl: "http://localhost/",
      dataset: Promise.resolve(parseDatasetText(readFixture("minimal.json"))),
    };
    const { body } = render(App, { props: { boot } });
    expect(body).toContain("<h1>Cooperation Atlas</h1>");
    for (const view of ["map", "timeline", "flows", "table"]) {
      expect(body).toContain(`data-view="${view}"`);
    }
    // A promise renders its pending branch on the server.
    expect(body).toContain("Loading the dataset…");
  });
});
