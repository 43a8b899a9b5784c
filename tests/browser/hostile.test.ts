// A dataset of hostile strings (script tags, event-handler attributes, javascript: addresses,
// very long words, right-to-left overrides, emoji) renders as text everywhere, runs nothing and
// keeps the layout.
import { readFile } from "node:fs/promises";
import type { Page } from "playwright-core";
import { describe, expect, it } from "vitest";
import { openPage, screenshot } from "../helpers/browser.ts";
import { browserSession } from "../helpers/session.ts";

const session = browserSession();
const HOSTILE = "?data=../../fixtures/hostile.json";
const PAYLOAD = "<script>window.__pwned=1</script>";
/** The hostile institution's short name. */
const INSTITUTION = `Evil${PAYLOAD}`;

/** Opens the hostile dataset with every view loaded, watching for anything that runs. */
async function openHostile(query: string, width: number) {
  const watched = await openPage(
    session.browser,
    `${session.server.app}${HOSTILE}&view=table${query}`,
    { width },
  );
  const dialogs: string[] = [];
  watched.page.on("dialog", (d) => {
    dialogs.push(d.message());
    void d.dismiss();
  });
  for (const [view, ready] of [
    ["timeline", "[data-record]"],
    ["flows", "[data-node]"],
    ["table", "[data-record]"],
  ]) {
    await watched.page
      .locator(`[data-view="${view}"] ${ready}`)
      .first()
      .waitFor({ timeout: 8000 });
  }
  return { ...watched, dialogs };
}

/** Nothing from the data became markup: no handler attribute, no script, no javascript: link. */
async function nothingRan(page: Page) {
  return page.evaluate(() => ({
    pwned: (window as unknown as { __pwned?: number }).__pwned ?? null,
    handlers: [...document.querySelectorAll("*")].flatMap((el) =>
      [...el.attributes]
        .filter((a) => a.name.startsWith("on"))
        .map((a) => `${el.tagName}@${a.name}`),
    ),
    injected: [...document.querySelectorAll("script, img[src='x']")].filter(
      (el) => !(el as HTMLScriptElement).src?.includes("/assets/"),
    ).length,
    scriptLinks: [...document.querySelectorAll("a[href]")]
      .map((a) => (a as HTMLAnchorElement).href)
      .filter((href) => href.startsWith("javascript:")),
  }));
}

describe("a hostile dataset", () => {
  it.each([1280, 375])(
    "at %i px: shown as text in every view, nothing runs, the page does not scroll sideways",
    async (width) => {
      const { page, errors, dialogs } = await openHostile(
        "&country=ZMB",
        width,
      );
      // The strings are on the page as text: a timeline card, a Sankey label.
      expect(await page.locator("body").innerText()).toContain(PAYLOAD);
      expect(
        await page
          .locator('[data-view="timeline"] [data-record="evil-milestone"]')
          .first()
          .textContent(),
      ).toMatch(/^<img src=x/);
      // The Sankey's node label (wrapped over lines, perhaps shortened) reads as the name.
      const labels = await page
        .locator('[data-view="flows"] [data-label-for]')
        .allTextContents();
      expect(
        labels.some((l) => l.startsWith("Evil<scr")),
        labels.join(" | "),
      ).toBe(true);
      // Hover a partner (map tooltip), open the table's row (summary and quote), the panel shows.
      await page
        .locator('[data-view="map"] [data-partner][data-country="ZMB"]')
        .first()
        .hover({ timeout: 8000 });
      await page.getByRole("tooltip").first().waitFor({ timeout: 8000 });
      expect(await page.getByRole("tooltip").first().textContent()).toContain(
        "Zambia",
      );
      // Leave the map: on a phone the tooltip sits under it and moves what follows.
      await page.mouse.move(0, 0);
      await page
        .locator('[data-view="table"] tr[data-record="evil-flow"]')
        .press("Enter", { timeout: 8000 });
      await page
        .locator('[data-detail="evil-flow"] blockquote')
        .waitFor({ timeout: 8000 });
      expect(
        await page
          .locator('[data-detail="evil-flow"] blockquote')
          .textContent(),
      ).toContain(PAYLOAD);
      await page
        .locator('[data-panel="detail"] [data-record]')
        .first()
        .waitFor({ timeout: 8000 });
      expect(await nothingRan(page)).toEqual({
        pwned: null,
        handlers: [],
        injected: 0,
        scriptLinks: [],
      });
      expect(dialogs).toEqual([]);
      expect(errors).toEqual([]);
      const overflow = await page.evaluate(
        () => document.documentElement.scrollWidth - window.innerWidth,
      );
      expect(overflow).toBeLessThanOrEqual(0);
      await screenshot(page, `hostile-${width}`);
    },
  );

  it.each(["en", "zh"])(
    "the deck (%s) shows the strings as text on every slide and keeps them inside it",
    async (lang) => {
      const { page, errors } = await openPage(
        session.browser,
        `${session.server.app}${HOSTILE}&lang=${lang}&present=1`,
        { width: 1920, height: 1080 },
      );
      await page.locator("[data-deck]").waitFor();
      const slides = await page.locator("[data-slide]").count();
      expect(slides).toBeGreaterThan(2);
      let shown = "";
      for (let n = 1; n <= slides; n++) {
        const slide = page.locator(`[data-slide="${n}"]`);
        await slide.and(page.locator("[data-current]")).waitFor();
        shown += await slide.innerText();
        const spills = await slide.evaluate(
          (el) =>
            el.scrollHeight > el.clientHeight + 1 ||
            el.scrollWidth > el.clientWidth + 1,
        );
        expect(spills, `slide ${n} holds its text`).toBe(false);
        await page.keyboard.press("ArrowRight");
      }
      expect(shown).toContain(lang === "en" ? INSTITUTION : "邪恶<img");
      expect(await nothingRan(page)).toEqual({
        pwned: null,
        handlers: [],
        injected: 0,
        scriptLinks: [],
      });
      expect(errors).toEqual([]);
      await screenshot(page, `hostile-deck-${lang}`);
    },
  );

  it("the exports carry the strings as text: the CSV cell and the map's SVG", async () => {
    const { page } = await openHostile("", 1280);
    const [csv] = await Promise.all([
      page.waitForEvent("download"),
      page
        .locator('[data-view="table"]')
        .getByRole("button", { name: /CSV/ })
        .click(),
    ]);
    const csvText = await readFile((await csv.path())!, "utf8");
    expect(csvText).toContain(PAYLOAD);
    const [svg] = await Promise.all([
      page.waitForEvent("download"),
      page.locator('[data-view="map"] [data-export="svg"]').click(),
    ]);
    const svgText = await readFile((await svg.path())!, "utf8");
    const parsed = await page.evaluate((text) => {
      const doc = new DOMParser().parseFromString(text, "image/svg+xml");
      return {
        scripts: doc.querySelectorAll("script").length,
        handlers: [...doc.querySelectorAll("*")].filter((el) =>
          [...el.attributes].some((a) => a.name.startsWith("on")),
        ).length,
        text: doc.documentElement.textContent ?? "",
      };
    }, svgText);
    expect(parsed.scripts).toBe(0);
    expect(parsed.handlers).toBe(0);
    expect(parsed.text).toContain("Hostile");
    expect(await nothingRan(page)).toMatchObject({ pwned: null });
  });
});
