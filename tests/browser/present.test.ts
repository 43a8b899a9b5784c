// The presentation deck (?present=1&slide=N) in the production build: keys and the address,
// leaving with the filters kept, the deck in a frame, printing, and every slide on a projector.
import { describe, expect, it } from "vitest";
import type { Page } from "playwright-core";
import { openPage, screenshot } from "../helpers/browser.ts";
import { bundledDataset } from "../helpers/fixtures.ts";
import { browserSession } from "../helpers/session.ts";
import { buildDeck } from "../../src/present/deck.ts";

const bundled = bundledDataset();
const deckLength = buildDeck(bundled).length;
const session = browserSession();
const PROJECTOR = { width: 1920, height: 1080 };

const current = (page: Page) =>
  page.locator("[data-slide][data-current]").getAttribute("data-slide");
// The page's own location: page.url() follows replaceState a little later, from another process.
const slideParam = (page: Page) =>
  page.evaluate(() => new URLSearchParams(location.search).get("slide"));

describe("the presentation deck", () => {
  it("moves by keyboard and clicker keys, with the slide number in the address", async () => {
    const { page, errors } = await openPage(
      session.browser,
      `${session.server.app}?present=1&slide=2`,
      PROJECTOR,
    );
    await page.locator("[data-deck]").waitFor();
    expect(await page.locator("[data-slide]").count()).toBe(deckLength);
    expect(await current(page)).toBe("2");
    await page.keyboard.press("ArrowRight");
    expect(await current(page)).toBe("3");
    expect(await slideParam(page)).toBe("3");
    await page.keyboard.press("PageDown");
    await page.keyboard.press("Space");
    expect(await current(page)).toBe("5");
    await page.keyboard.press("PageUp");
    await page.keyboard.press("ArrowLeft");
    expect(await slideParam(page)).toBe("3");
    await page.keyboard.press("End");
    expect(await current(page)).toBe(String(deckLength));
    expect(await slideParam(page)).toBe(String(deckLength));
    await page.keyboard.press("ArrowRight");
    expect(await current(page)).toBe(String(deckLength));
    await page.keyboard.press("Home");
    expect(await current(page)).toBe("1");
    expect(new URL(page.url()).searchParams.get("present")).toBe("1");
    // F asks for full screen; headless may refuse, and nothing breaks.
    await page.keyboard.press("f");
    expect(errors).toEqual([]);
  });

  it("tells the story in time order, with a map of Zambia for the 2017–2018 teachers", async () => {
    const { page } = await openPage(
      session.browser,
      `${session.server.app}?present=1`,
      PROJECTOR,
    );
    await page.locator("[data-deck]").waitFor();
    const kinds = await page
      .locator("[data-slide]")
      .evaluateAll((els) => els.map((e) => e.getAttribute("data-slide-kind")));
    expect(kinds[0]).toBe("overview");
    expect(kinds.filter((k) => k === "institution")).toHaveLength(
      bundled.institutions.length,
    );
    const zambia = page.locator(
      '[data-slide-kind="map"]:has([data-record="bpc-zambia-teachers"])',
    );
    expect(await zambia.count()).toBe(1);
    expect(await zambia.locator('[data-country="ZMB"]').count()).toBe(1);
    expect(await zambia.locator("h2").textContent()).toContain("Zambia");
    // Every slide names its source pages.
    const sources = await page
      .locator("[data-source]")
      .evaluateAll((els) => els.map((e) => e.textContent ?? ""));
    expect(sources).toHaveLength(deckLength);
    for (const line of sources) expect(line).toMatch(/^Sources?: /);
  });

  it("leaves with Esc for the page, keeping the filters", async () => {
    const { page } = await openPage(
      session.browser,
      `${session.server.app}?inst=bpc&from=2016&present=1&slide=3`,
      PROJECTOR,
    );
    await page.locator("[data-deck]").waitFor();
    await page.keyboard.press("Escape");
    await page.waitForURL((url) => !url.searchParams.has("present"));
    await page.locator('[data-view="map"]').first().waitFor();
    const params = new URL(page.url()).searchParams;
    expect(params.get("inst")).toBe("bpc");
    expect(params.get("from")).toBe("2016");
    expect(params.has("slide")).toBe(false);
    expect(await page.locator("[data-deck]").count()).toBe(0);
  });

  it("is embedded in a frame with its own previous and next buttons", async () => {
    const { page } = await openPage(session.browser, session.server.app, {
      width: 1000,
      height: 700,
    });
    await page.setContent(
      `<iframe title="deck" width="900" height="506" src="${session.server.app}?embed=1&present=1&slide=2"></iframe>`,
    );
    const frame = page.frameLocator("iframe");
    await frame.locator("[data-deck][data-embed]").waitFor();
    expect(
      await frame
        .locator("[data-slide][data-current]")
        .getAttribute("data-slide"),
    ).toBe("2");
    expect(await frame.locator('[data-deck-button="leave"]').count()).toBe(0);
    await frame.locator('[data-deck-button="next"]').click();
    expect(
      await frame
        .locator("[data-slide][data-current]")
        .getAttribute("data-slide"),
    ).toBe("3");
    await frame.locator('[data-deck-button="prev"]').click();
    await frame.locator('[data-deck-button="prev"]').click();
    expect(
      await frame
        .locator("[data-slide][data-current]")
        .getAttribute("data-slide"),
    ).toBe("1");
    expect(await frame.locator('[data-deck-button="prev"]').isDisabled()).toBe(
      true,
    );
    await screenshot(page, "present-embed");
  });

  it("prints one landscape page per slide", async () => {
    const { page } = await openPage(
      session.browser,
      `${session.server.app}?present=1`,
      PROJECTOR,
    );
    await page.locator("[data-deck]").waitFor();
    const pdf = await page.pdf({ landscape: true, format: "A4" });
    const pages = pdf.toString("latin1").match(/\/Type\s*\/Page[^s]/g) ?? [];
    expect(pages).toHaveLength(deckLength);
  });

  it.each(["en", "zh"])(
    "draws every slide legibly at 1920×1080 (%s)",
    async (lang) => {
      const { page, errors } = await openPage(
        session.browser,
        `${session.server.app}?lang=${lang}&present=1`,
        PROJECTOR,
      );
      await page.emulateMedia({ reducedMotion: "reduce" });
      await page.locator("[data-deck]").waitFor();
      for (let n = 1; n <= deckLength; n++) {
        expect(await current(page)).toBe(String(n));
        const slide = page.locator(`[data-slide="${n}"]`);
        // Nothing spills out of the slide, and the title is large.
        const fits = await slide.evaluate(
          (el) => el.scrollHeight <= el.clientHeight + 1,
        );
        expect(fits, `slide ${n} fits`).toBe(true);
        // Nor does its content run into the source line.
        const clash = await slide.evaluate((el) => {
          const foot = el.querySelector("footer")!.getBoundingClientRect().top;
          // HTML boxes: a map's shapes run past its viewBox, clipped.
          return [...el.querySelectorAll("[data-body] *")].some(
            (e) =>
              !(e instanceof SVGElement) &&
              e.getBoundingClientRect().bottom > foot + 1,
          );
        });
        expect(clash, `slide ${n} clears its source line`).toBe(false);
        const size = await slide
          .locator("h2")
          .evaluate((h) => parseFloat(getComputedStyle(h).fontSize));
        expect(size).toBeGreaterThanOrEqual(60);
        await page.screenshot({
          path: `tests/output/present-${lang}-${String(n).padStart(2, "0")}.png`,
        });
        await page.keyboard.press("ArrowRight");
      }
      expect(errors).toEqual([]);
    },
  );
});
