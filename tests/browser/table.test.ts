// The table in the production build: rows of the real dataset at 1280 and 375 px in English and
// Chinese, sorting by a column, a country chosen on the map, and the CSV file it downloads.
import { readFile } from "node:fs/promises";
import type { Page } from "playwright-core";
import { describe, expect, it } from "vitest";
import { openView, screenshot } from "../helpers/browser.ts";
import { parseCsv } from "../helpers/csv.ts";
import { bundledDataset } from "../helpers/fixtures.ts";
import { browserSession } from "../helpers/session.ts";

const session = browserSession();
const VIEW = '[data-view="table"]';
const dataset = bundledDataset();

const openTable = (
  query = "",
  options: { width?: number; locale?: string } = {},
) =>
  openView(
    session.browser,
    `${session.server.app}${query}`,
    "table",
    "tbody tr[data-record]",
    { ...options, locale: options.locale ?? "en-US" },
  );

const shownIds = (page: Page) =>
  page
    .locator(`${VIEW} tbody tr[data-record]`)
    .evaluateAll((rows) => rows.map((r) => r.getAttribute("data-record")!));

async function downloadCsv(page: Page) {
  const [file] = await Promise.all([
    page.waitForEvent("download"),
    page.locator(`${VIEW} .view-head button`).click(),
  ]);
  const bytes = await readFile((await file.path())!);
  return { name: file.suggestedFilename(), bytes };
}

describe("the table", () => {
  it.each([
    [1280, "en"],
    [375, "en"],
    [1280, "zh"],
    [375, "zh"],
  ])(
    "at %i px in %s, lists every record and the page does not scroll sideways",
    async (width, lang) => {
      const { page, errors } = await openTable(`?lang=${lang}`, { width });
      const ids = await shownIds(page);
      expect([...ids].sort()).toEqual(dataset.records.map((r) => r.id).sort());
      const head = await page.locator(`${VIEW} thead th`).allTextContents();
      if (lang === "zh") expect(head.join("")).not.toMatch(/[A-Za-z]{2,}/);
      else expect(head[0]).toMatch(/^Record/);
      expect(
        await page.evaluate(
          () => document.documentElement.scrollWidth <= innerWidth,
        ),
      ).toBe(true);
      // What does not fit scrolls inside the table's own frame, which the keyboard can reach.
      const frame = page.locator(`${VIEW} .scroll`);
      expect(await frame.getAttribute("tabindex")).toBe("0");
      expect(await frame.getAttribute("aria-label")).toBeTruthy();
      const frameBox = (await frame.boundingBox())!;
      expect(frameBox.x + frameBox.width).toBeLessThanOrEqual(width);
      // The app's own words, a record's kind and its people, are never cut across two lines
      // (Chinese, written without spaces, breaks between any two characters).
      const cut = await page
        .locator(`${VIEW} tbody td:is(.kind, .people)`)
        .evaluateAll((cells) =>
          cells.flatMap((cell) => {
            const text = cell.firstChild as Text;
            return [...text.data.matchAll(/[^\s\p{Dash}]+/gu)].flatMap((m) => {
              const range = document.createRange();
              range.setStart(text, m.index);
              range.setEnd(text, m.index + m[0].length);
              const lines = new Set(
                [...range.getClientRects()].map((r) => Math.round(r.top)),
              );
              return lines.size > 1 ? [m[0]] : [];
            });
          }),
        );
      if (lang === "en") expect(cut).toEqual([]);
      await screenshot(page, `table-${width}-${lang}`, VIEW);
      expect(errors).toEqual([]);
    },
  );

  it("sorting by a column changes the order; a second click reverses it", async () => {
    const { page } = await openTable();
    const before = await shownIds(page);
    const button = page.locator(
      `${VIEW} thead th[data-column="institution"] button`,
    );
    await button.click();
    const th = page.locator(`${VIEW} thead th[data-column="institution"]`);
    expect(await th.getAttribute("aria-sort")).toBe("ascending");
    const up = await shownIds(page);
    expect(up).not.toEqual(before);
    const inst = (ids: string[]) =>
      ids.map((id) => dataset.records.find((r) => r.id === id)!.institution);
    const names = new Map(
      dataset.institutions.map((i) => [i.id, i.shortName.en]),
    );
    const upNames = inst(up).map((i) => names.get(i)!);
    expect(upNames).toEqual([...upNames].sort((a, b) => a.localeCompare(b)));
    await button.click();
    expect(await th.getAttribute("aria-sort")).toBe("descending");
    const downNames = inst(await shownIds(page)).map((i) => names.get(i)!);
    expect([...new Set(downNames)]).toEqual([...new Set(upNames)].reverse());
  });

  it("the rows work by keyboard: one Tab stop, arrows, Enter opens the quote", async () => {
    const { page } = await openTable();
    const first = page.locator(`${VIEW} tbody tr[data-record]`).first();
    await first.focus();
    await page.keyboard.press("ArrowDown");
    const second = (await shownIds(page))[1]!;
    expect(
      await page.evaluate(() =>
        document.activeElement?.getAttribute("data-record"),
      ),
    ).toBe(second);
    await page.keyboard.press("Enter");
    const record = dataset.records.find((r) => r.id === second)!;
    await expect
      .poll(() =>
        page
          .locator(`${VIEW} [data-detail="${second}"] blockquote`)
          .textContent(),
      )
      .toBe(record.quote);
    await page.keyboard.press("Escape");
    expect(await page.locator(`${VIEW} [data-detail]`).count()).toBe(0);
  });

  it("downloads the rows shown, in their order, as UTF-8 CSV with a byte-order mark", async () => {
    const { page, errors } = await openTable();
    await page.locator(`${VIEW} thead th[data-column="count"] button`).click();
    await page.locator(`${VIEW} thead th[data-column="count"] button`).click();
    const ids = await shownIds(page);
    const { name, bytes } = await downloadCsv(page);
    expect(name).toMatch(/\.csv$/);
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const text = bytes.toString("utf8").slice(1);
    expect(text.endsWith("\r\n")).toBe(true);
    const rows = parseCsv(text);
    expect(rows[0]![0]).toBe("id");
    expect(rows.slice(1).map((r) => r[0])).toEqual(ids);
    expect(errors).toEqual([]);
  });

  it("in Chinese, a country chosen on the map narrows the rows and the file, with Chinese headers", async () => {
    const { page } = await openTable("?lang=zh", { locale: "zh-CN" });
    await page
      .locator('[data-view="map"] [data-partner][data-country="TWN"]')
      .first()
      .click();
    await page
      .locator(`${VIEW} [data-country-only="TWN"]`)
      .scrollIntoViewIfNeeded();
    await expect
      .poll(async () => (await shownIds(page)).length)
      .toBeLessThan(dataset.records.length);
    const ids = await shownIds(page);
    expect(ids.length).toBeGreaterThan(0);
    expect(
      await page.locator(`${VIEW} [data-country-only="TWN"]`).textContent(),
    ).toContain("中国台湾");
    const { name, bytes } = await downloadCsv(page);
    expect(name).toContain("全部记录");
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const rows = parseCsv(bytes.toString("utf8").slice(1));
    expect(rows[0]).toContain("原文");
    expect(rows[0]!.join("")).not.toMatch(/[A-Za-z]/);
    expect(rows.slice(1).map((r) => r[0])).toEqual(ids);
    await screenshot(page, "table-country-zh", VIEW);
    // Clearing it brings every record back.
    await page.locator(`${VIEW} [data-country-only] button`).click();
    await expect
      .poll(async () => (await shownIds(page)).length)
      .toBe(dataset.records.length);
  });
});
