// The detail panel in the production build: beside the map on a wide screen, a bottom sheet
// on a phone; focus, Escape, and screenshots in both languages.
import { describe, expect, it } from "vitest";
import { join } from "node:path";
import type { Page } from "playwright-core";
import { openPage, SCREENSHOTS } from "../helpers/browser.ts";
import { browserSession } from "../helpers/session.ts";

const session = browserSession();

/** What is on screen, as a person sees it (the sheet is fixed to the screen). */
const screenshot = (page: Page, name: string) =>
  page.screenshot({ path: join(SCREENSHOTS, `${name}.png`) });

const MAP = '[data-view="map"]';
const PANEL = '[data-panel="detail"]';

async function selectZambia(
  query: string,
  options: { width: number; height?: number },
) {
  const watched = await openPage(
    session.browser,
    `${session.server.app}${query}`,
    { height: 800, ...options },
  );
  const { page } = watched;
  const zambia = page.locator(`${MAP} [data-partner][data-country="ZMB"]`);
  await zambia.waitFor();
  await zambia.focus();
  await page.keyboard.press("Enter");
  await page.locator(`${PANEL} h2`).waitFor();
  // The sheet's slide-in is over.
  await page.waitForTimeout(400);
  return watched;
}

describe("the detail panel", () => {
  it("on a wide screen, opens beside the map with the heading focused; Escape closes it and focus goes back", async () => {
    const { page, errors } = await selectZambia("", { width: 1280 });
    const heading = page.locator(`${PANEL} h2`);
    expect(await heading.textContent()).toContain("Zambia");
    expect(await page.evaluate(() => document.activeElement?.id)).toBe(
      "detail-title",
    );
    const map = (await page.locator(MAP).boundingBox())!;
    const panel = (await page.locator(PANEL).boundingBox())!;
    expect(panel.x).toBeGreaterThanOrEqual(map.x + map.width);
    expect(panel.y).toBeLessThan(map.y + map.height);
    expect(panel.height).toBeLessThanOrEqual(800);
    expect(
      await page.locator(PANEL).evaluate((el) => getComputedStyle(el).position),
    ).toBe("sticky");
    await screenshot(page, "detail-wide-en");
    await page.keyboard.press("Escape");
    await expect.poll(() => page.locator(PANEL).count()).toBe(0);
    expect(
      await page.evaluate(() =>
        document.activeElement?.getAttribute("data-country"),
      ),
    ).toBe("ZMB");
    expect(errors).toEqual([]);
  });

  it("on a phone, is a sheet at the bottom, at most 70% high, its Close button on screen", async () => {
    const { page, errors } = await selectZambia("", { width: 375 });
    const box = (await page.locator(PANEL).boundingBox())!;
    expect(box.x).toBe(0);
    expect(box.width).toBe(375);
    expect(Math.round(box.y + box.height)).toBe(800);
    expect(box.height).toBeLessThanOrEqual(560 + 1);
    const close = (await page.locator(`${PANEL} .close`).boundingBox())!;
    expect(close.y).toBeGreaterThanOrEqual(box.y);
    expect(close.x + close.width).toBeLessThanOrEqual(375);
    // The records scroll inside the sheet; the header stays.
    const body = page.locator(`${PANEL} .body`);
    await body.evaluate((el) => el.scrollTo(0, el.scrollHeight));
    expect((await page.locator(`${PANEL} .close`).boundingBox())!.y).toBe(
      close.y,
    );
    await body.evaluate((el) => el.scrollTo(0, 0));
    await screenshot(page, "detail-phone-en");
    await page.locator(`${PANEL} .close`).click();
    await expect.poll(() => page.locator(PANEL).count()).toBe(0);
    expect(errors).toEqual([]);
  });

  it("speaks Chinese on both screens", async () => {
    for (const width of [1280, 375]) {
      const { page, errors } = await selectZambia("?lang=zh", { width });
      expect(await page.locator(`${PANEL} h2`).textContent()).toContain(
        "赞比亚",
      );
      await screenshot(page, `detail-${width > 600 ? "wide" : "phone"}-zh`);
      expect(errors).toEqual([]);
    }
  });

  it("without motion wanted, the sheet does not slide", async () => {
    const { page } = await selectZambia("", { width: 375 });
    await page.emulateMedia({ reducedMotion: "reduce" });
    expect(
      await page
        .locator(PANEL)
        .evaluate((el) => getComputedStyle(el).animationName),
    ).toBe("none");
  });
});
