// Chart export on the production build: each chart's SVG button saves a standalone SVG with
// its title, the filters in force, the legend and the source line; the PNG button saves a PNG
// at twice the chart's width on screen. Each SVG is also drawn to a PNG under tests/output/ to
// be looked at.
import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import type { Page } from "playwright-core";
import { describe, expect, it } from "vitest";
import { countryName } from "../../src/lib/data/countries.ts";
import { en } from "../../src/lib/i18n/en.ts";
import { viewsEn } from "../../src/lib/i18n/views-en.ts";
import { viewsZh } from "../../src/lib/i18n/views-zh.ts";
import { zh } from "../../src/lib/i18n/zh.ts";
import { openPage, openView, SCREENSHOTS } from "../helpers/browser.ts";
import { ROOT } from "../helpers/fixtures.ts";
import { browserSession } from "../helpers/session.ts";

const session = browserSession();
const dataset = JSON.parse(
  readFileSync(join(ROOT, "data/cooperation.json"), "utf8"),
) as { title: { en: string; zh: string } };

const view = (name: string) => `[data-view="${name}"]`;

/** Clicks a chart's export button and returns the file it saves. */
async function save(page: Page, name: string, format: "svg" | "png") {
  const button = page.locator(`${view(name)} [data-export="${format}"]`);
  await button.scrollIntoViewIfNeeded();
  const [download] = await Promise.all([
    page.waitForEvent("download"),
    button.click(),
  ]);
  const path = await download.path();
  return {
    name: download.suggestedFilename(),
    bytes: readFileSync(path),
  };
}

interface Parsed {
  ok: boolean;
  root: string;
  width: number;
  title: string;
  texts: string[];
  filters: string;
  source: string;
  countries: string[];
  nodes: number;
  /** <use> references that do not resolve inside the file. */
  dangling: string[];
  /** Elements that still point at the page's CSS. */
  classes: number;
}

/** Parses an exported SVG in the page (DOMParser) and reads what a reader would see. */
function parse(page: Page, svg: string): Promise<Parsed> {
  return page.evaluate((text) => {
    const doc = new DOMParser().parseFromString(text, "image/svg+xml");
    const root = doc.documentElement;
    const lines = (role: string) =>
      [...doc.querySelectorAll(`[data-export="${role}"]`)]
        .map((t) => t.textContent)
        .join(" ");
    return {
      ok: !doc.querySelector("parsererror"),
      root: `${root.namespaceURI} ${root.localName}`,
      width: Number(root.getAttribute("width")),
      title: doc.querySelector("svg > title")?.textContent ?? "",
      texts: [...doc.querySelectorAll("text")].map((t) => t.textContent ?? ""),
      filters: lines("filters"),
      source: lines("source"),
      countries: [...doc.querySelectorAll("[data-country]")].map((e) =>
        e.getAttribute("data-country")!,
      ),
      nodes: doc.querySelectorAll("[data-node]").length,
      dangling: [...doc.querySelectorAll("use")]
        .map((u) => u.getAttribute("href") ?? "")
        .filter((h) => !h.startsWith("#") || !doc.getElementById(h.slice(1))),
      classes: doc.querySelectorAll("[class]").length,
    };
  }, svg);
}

/** Draws an exported SVG into a canvas at twice its size, as PNG bytes, and saves it to look at. */
async function render(page: Page, svg: string, file: string) {
  const data = await page.evaluate(async (text) => {
    const url = URL.createObjectURL(
      new Blob([text], { type: "image/svg+xml" }),
    );
    const image = new Image();
    image.src = url;
    await image.decode();
    const canvas = document.createElement("canvas");
    canvas.width = image.width * 2;
    canvas.height = image.height * 2;
    canvas
      .getContext("2d")!
      .drawImage(image, 0, 0, canvas.width, canvas.height);
    URL.revokeObjectURL(url);
    return canvas.toDataURL("image/png").split(",")[1]!;
  }, svg);
  mkdirSync(SCREENSHOTS, { recursive: true });
  writeFileSync(join(SCREENSHOTS, `${file}.png`), Buffer.from(data, "base64"));
}

/** What the page shows: the chart's title and legend entries. */
function onScreen(page: Page, name: string) {
  return page.evaluate((sel) => {
    const v = document.querySelector(sel)!;
    return {
      title: v.querySelector("h2")!.textContent!.trim(),
      legend: [...v.querySelectorAll("[data-legend-item]")].map((li) =>
        li.textContent!.replace(/\s+/g, " ").trim(),
      ),
      width: Math.round(v.getBoundingClientRect().width * 100) / 100,
    };
  }, view(name));
}

/** A PNG's signature and width (from its IHDR chunk). */
function png(bytes: Buffer) {
  return {
    signature: [...bytes.subarray(0, 8)],
    width: bytes.readUInt32BE(16),
  };
}
const PNG_SIGNATURE = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];

function expectChart(
  parsed: Parsed,
  shown: { title: string; legend: string[] },
) {
  expect(parsed.ok).toBe(true);
  expect(parsed.root).toBe("http://www.w3.org/2000/svg svg");
  expect(parsed.texts).toContain(shown.title);
  expect(parsed.title).toContain(shown.title);
  expect(shown.legend.length).toBeGreaterThan(2);
  for (const entry of shown.legend) expect(parsed.texts).toContain(entry);
  expect(parsed.dangling).toEqual([]);
  expect(parsed.classes).toBe(0);
}

describe("chart export", () => {
  it("the map saves as SVG with the selected partner in its filters line, and as a PNG twice its width", async () => {
    const { page, errors } = await openPage(
      session.browser,
      session.server.app,
    );
    const partner = page
      .locator(`${view("map")} [data-partner][data-country]`)
      .first();
    const code = (await partner.getAttribute("data-country"))!;
    await partner.click();

    const svg = await save(page, "map", "svg");
    expect(svg.name).toMatch(/\.svg$/);
    const text = svg.bytes.toString("utf8");
    const parsed = await parse(page, text);
    const shown = await onScreen(page, "map");
    expectChart(parsed, shown);
    expect(parsed.width).toBe(shown.width);
    expect(parsed.filters).toContain(countryName(code, "en"));
    expect(parsed.filters).toContain(viewsEn.exportAllInstitutions);
    expect(parsed.source).toContain(dataset.title.en);
    expect(parsed.source).toContain(en.creditWorldAtlas);
    // Every partner drawn on the map is in the file, shapes and markers.
    const partners = await page
      .locator(`${view("map")} [data-partner]`)
      .evaluateAll((els) => els.map((e) => e.getAttribute("data-country")));
    expect(parsed.countries.sort()).toEqual(partners.sort());
    expect(text).not.toMatch(/var\(--/);
    await render(page, text, "export-map-en");

    const image = await save(page, "map", "png");
    expect(image.name).toMatch(/\.png$/);
    expect(png(image.bytes).signature).toEqual(PNG_SIGNATURE);
    expect(png(image.bytes).width).toBe(Math.round(shown.width * 2));
    expect(errors).toEqual([]);
  });

  it("the timeline saves with the years chosen on its sliders", async () => {
    const { page, errors } = await openView(
      session.browser,
      session.server.app,
      "timeline",
      "[data-record]",
    );
    const from = page.locator(`${view("timeline")} input[name="from"]`);
    const first = Number(await from.getAttribute("min"));
    await from.focus();
    await page.keyboard.press("ArrowRight");
    await page.keyboard.press("ArrowRight");

    const svg = await save(page, "timeline", "svg");
    const text = svg.bytes.toString("utf8");
    const parsed = await parse(page, text);
    const shown = await onScreen(page, "timeline");
    expectChart(parsed, shown);
    expect(parsed.filters).toBe(
      `${viewsEn.exportAllInstitutions} · from ${first + 2}`,
    );
    expect(parsed.source).toContain(dataset.title.en);
    // The marks travel with their record ids.
    expect(text).toMatch(/data-record="[^"]+"/);
    await render(page, text, "export-timeline-en");

    const image = await save(page, "timeline", "png");
    expect(png(image.bytes).signature).toEqual(PNG_SIGNATURE);
    expect(png(image.bytes).width).toBe(Math.round(shown.width * 2));
    expect(errors).toEqual([]);
  });

  it("the flows save with their Sankey, years chart and the direction chosen", async () => {
    const { page, errors } = await openView(
      session.browser,
      session.server.app,
      "flows",
      "[data-node]",
    );
    await page.locator(`${view("flows")} input[value="sent"]`).check();
    await page.waitForTimeout(600); // transitions settle

    const svg = await save(page, "flows", "svg");
    const text = svg.bytes.toString("utf8");
    const parsed = await parse(page, text);
    const shown = await onScreen(page, "flows");
    expectChart(parsed, shown);
    expect(parsed.filters).toContain(viewsEn.exportSent);
    expect(parsed.nodes).toBe(
      await page.locator(`${view("flows")} [data-node]`).count(),
    );
    // The years chart is HTML on the page and text in the file.
    expect(parsed.texts).toContain(viewsEn.flowsYears);
    await render(page, text, "export-flows-en");

    const image = await save(page, "flows", "png");
    expect(png(image.bytes).signature).toEqual(PNG_SIGNATURE);
    expect(png(image.bytes).width).toBe(Math.round(shown.width * 2));
    expect(errors).toEqual([]);
  });

  it("in Chinese every line of the file is Chinese", async () => {
    const { page, errors } = await openPage(
      session.browser,
      `${session.server.app}?lang=zh`,
      { locale: "zh-CN" },
    );
    const button = page.locator(`${view("map")} [data-export="svg"]`);
    expect(await button.getAttribute("aria-label")).toBe(
      zh.exportMap.replace("{format}", "SVG"),
    );
    const svg = await save(page, "map", "svg");
    const text = svg.bytes.toString("utf8");
    const parsed = await parse(page, text);
    const shown = await onScreen(page, "map");
    expectChart(parsed, shown);
    expect(shown.title).toBe(zh.mapTitle);
    expect(parsed.filters).toBe(viewsZh.exportNoFilters);
    expect(parsed.source).toContain(dataset.title.zh);
    expect(parsed.source).toContain(zh.appTitle);
    await render(page, text, "export-map-zh");

    await page.evaluate(() =>
      document.querySelector('[data-view="flows"]')?.scrollIntoView(),
    );
    await page
      .locator(`${view("flows")} [data-node]`)
      .first()
      .waitFor();
    await page.waitForTimeout(600);
    const flows = await save(page, "flows", "svg");
    const flowsText = flows.bytes.toString("utf8");
    const flowsParsed = await parse(page, flowsText);
    expectChart(flowsParsed, await onScreen(page, "flows"));
    expect(flowsParsed.texts).toContain(viewsZh.flowsYears);
    await render(page, flowsText, "export-flows-zh");
    expect(errors).toEqual([]);
  });
});
