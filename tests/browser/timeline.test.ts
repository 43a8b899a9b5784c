// The timeline in the production build: label boxes, brushing, the sliders by keyboard, play,
// a milestone card, and the link with the map's selection.
import type { Page } from "playwright-core";
import { describe, expect, it } from "vitest";
import { openView, screenshot } from "../helpers/browser.ts";
import { browserSession } from "../helpers/session.ts";
import { synthQuery } from "../helpers/synth-fixture.ts";

const session = browserSession();
const VIEW = '[data-view="timeline"]';

/** Opens the app with the timeline on screen. */
const openTimeline = (
  query = "",
  options: { width?: number; height?: number; locale?: string } = {},
) =>
  openView(
    session.browser,
    `${session.server.app}${query}`,
    "timeline",
    "svg [data-record]",
    options,
  );

type Box = { x: number; y: number; width: number; height: number };

async function boxes(page: Page, selector: string): Promise<Box[]> {
  return page
    .locator(selector)
    .evaluateAll((els) =>
      els.map((el) => el.getBoundingClientRect().toJSON() as Box),
    );
}

const overlap = (a: Box, b: Box) =>
  a.x < b.x + b.width - 0.5 &&
  b.x < a.x + a.width - 0.5 &&
  a.y < b.y + b.height - 0.5 &&
  b.y < a.y + a.height - 0.5;

const shownYears = (page: Page) =>
  page.evaluate(() => {
    const value = (name: string) =>
      (
        document.querySelector(
          `[data-view="timeline"] input[name="${name}"]`,
        ) as HTMLInputElement
      ).valueAsNumber;
    return [value("from"), value("to")];
  });

describe("the timeline", () => {
  it.each([
    [1280, "en"],
    [375, "en"],
    [1280, "zh"],
    [375, "zh"],
  ])(
    "at %i px in %s, labels neither overlap nor leave the view",
    async (width, lang) => {
      const { page, errors } = await openTimeline(`?lang=${lang}`, { width });
      const svg = (await boxes(page, `${VIEW} svg`))[0]!;
      const labels = await boxes(
        page,
        `${VIEW} svg .label, ${VIEW} .axis text`,
      );
      expect(labels.length).toBeGreaterThan(3);
      for (const [i, a] of labels.entries()) {
        expect(a.x).toBeGreaterThanOrEqual(svg.x - 0.5);
        expect(a.x + a.width).toBeLessThanOrEqual(svg.x + svg.width + 0.5);
        for (const b of labels.slice(i + 1)) expect(overlap(a, b)).toBe(false);
      }
      // The page itself does not scroll sideways.
      expect(
        await page.evaluate(
          () => document.documentElement.scrollWidth <= innerWidth,
        ),
      ).toBe(true);
      await screenshot(page, `timeline-${width}-${lang}`, VIEW);
      expect(errors).toEqual([]);
    },
  );

  it.each(["en", "zh"])(
    "at 1280 px in %s, one institution's marks each keep their label, its planned target too",
    async (lang) => {
      const { page, errors } = await openTimeline(
        `?lang=${lang}&inst=bpc&planned=1`,
      );
      const marks = await page
        .locator(`${VIEW} svg g.mark`)
        .evaluateAll((els) =>
          els.map((el) => [
            el.getAttribute("data-shape"),
            el.querySelector(".label")?.textContent ?? "",
          ]),
        );
      expect(marks.map(([shape]) => shape)).toContain("target");
      for (const [shape, label] of marks) expect(label, shape!).not.toBe("");
      expect(errors).toEqual([]);
    },
  );

  it("brushing the axis sets the years every view follows, snapped to whole years", async () => {
    const { page } = await openTimeline();
    await page.locator(`${VIEW} .brush .overlay`).scrollIntoViewIfNeeded();
    const axis = (await boxes(page, `${VIEW} .brush .overlay`))[0]!;
    const xOf = (year: number) =>
      page.evaluate(
        (y) =>
          [...document.querySelectorAll('[data-view="timeline"] .axis text')]
            .map((t) => ({
              label: t.textContent,
              x:
                t.getBoundingClientRect().x +
                t.getBoundingClientRect().width / 2,
            }))
            .find((t) => t.label === String(y))?.x,
        year,
      );
    const from = (await xOf(2016))!;
    const to = (await xOf(2019))!;
    const y = axis.y + axis.height / 2;
    await page.mouse.move(from + 3, y);
    await page.mouse.down();
    await page.mouse.move(to - 3, y, { steps: 5 });
    await page.mouse.up();
    expect(await shownYears(page)).toEqual([2016, 2018]);
    // The map follows: Singapore (a 2018 "as of" partner of Anshun) stays; the United
    // States of Beijing University of Technology's 2008–2012 doctoral students goes.
    const map = '[data-view="map"]';
    await expect
      .poll(() =>
        page.locator(`${map} [data-partner][data-country="SGP"]`).count(),
      )
      .toBe(1);
    expect(
      await page.locator(`${map} [data-partner][data-country="CAN"]`).count(),
    ).toBe(0);
    // Marks outside the range are dimmed, not removed.
    expect(
      await page
        .locator(`${VIEW} [data-record~="bjut-doctoral-students-abroad"]`)
        .getAttribute("data-outside"),
    ).toBe("");
  });

  it("the year sliders work by keyboard", async () => {
    const { page } = await openTimeline();
    const [first, last] = await shownYears(page);
    const from = page.locator(`${VIEW} input[name="from"]`);
    await from.focus();
    await page.keyboard.press("ArrowRight");
    await page.keyboard.press("ArrowRight");
    expect(await shownYears(page)).toEqual([first! + 2, last]);
    await page.keyboard.press("Home");
    const to = page.locator(`${VIEW} input[name="to"]`);
    await to.focus();
    await page.keyboard.press("ArrowLeft");
    expect(await shownYears(page)).toEqual([first, last! - 1]);
    const founded = page.locator(
      `${VIEW} [data-record~="binzhou-alliance-founded"]`,
    );
    expect(await founded.getAttribute("data-outside")).toBe("");
    // Dimmed at once, in the frame that answers the change: not faded in over later frames.
    expect(
      await founded.evaluate(
        (el) =>
          new Promise((resolve) =>
            requestAnimationFrame(() => resolve(getComputedStyle(el).opacity)),
          ),
      ),
    ).toBe("0.25");
  });

  it("play steps through the years and stops on any input", async () => {
    const { page } = await openTimeline();
    const [first] = await shownYears(page);
    await page
      .locator(`${VIEW} [data-control="play"] select`)
      .selectOption("yearly");
    await page.locator(`${VIEW} [data-control="play"] button`).click();
    await expect.poll(() => shownYears(page)).toEqual([first, first]);
    await expect
      .poll(async () => (await shownYears(page))[0], { timeout: 5000 })
      .toBeGreaterThan(first!);
    await page.mouse.click(5, 5);
    const stopped = await shownYears(page);
    await page.waitForTimeout(1800);
    expect(await shownYears(page)).toEqual(stopped);
    expect(
      await page
        .locator(`${VIEW} [data-control="play"] button`)
        .getAttribute("aria-pressed"),
    ).toBe("false");
  });

  it("Enter on a milestone opens its card with the verbatim quote and its source page", async () => {
    const { page, errors } = await openTimeline();
    const mark = page.locator(`${VIEW} [data-record="bpc-going-out-pilot"]`);
    await mark.focus();
    await page.keyboard.press("Enter");
    const card = page.locator(`${VIEW} [data-card="bpc-going-out-pilot"]`);
    await expect.poll(() => card.count()).toBe(1);
    const text = await card.textContent();
    expect(text).toContain(
      "First-batch pilot for vocational education going global",
    );
    expect(text).toContain(
      "In 2016, BPC was designated as one of the first batch pilot colleges",
    );
    const href = await card.locator("a").getAttribute("href");
    const page2 = await fetch(new URL(href!, page.url()));
    expect(page2.status).toBe(200);
    expect(await page2.text()).toContain("In 2016, BPC was designated");
    await screenshot(page, "timeline-card");
    await page.keyboard.press("Escape");
    expect(await card.count()).toBe(0);
    expect(errors).toEqual([]);
  });

  it("a country selected on the map highlights its records here", async () => {
    const { page } = await openTimeline();
    await page
      .locator('[data-view="map"] [data-partner][data-country="ZMB"]')
      .click();
    // Clicking the map scrolls the timeline away: it follows a little later.
    await expect
      .poll(async () =>
        (
          await page
            .locator(`${VIEW} [data-highlighted]`)
            .evaluateAll((els) =>
              els.map((el) => el.getAttribute("data-record")),
            )
        ).sort(),
      )
      .toEqual(["bpc-china-zambia-college-branch", "bpc-zambia-teachers"]);
  });

  it("off screen, it follows a change after the map has shown it; on screen, with the map", async () => {
    const { page } = await openTimeline("", { width: 1280, height: 700 });
    /** Chooses an institution; in the frame that shows it: the map's partners, our marks. */
    const choose = (inst: string) =>
      page.evaluate(
        (inst) =>
          new Promise<[number, number]>((resolve) => {
            const select = document.querySelector<HTMLSelectElement>(
              '[data-filters] select[name="inst"]',
            )!;
            select.value = inst;
            select.dispatchEvent(new Event("change", { bubbles: true }));
            requestAnimationFrame(() =>
              resolve([
                document.querySelectorAll('[data-view="map"] [data-partner]')
                  .length,
                document.querySelectorAll(
                  '[data-view="timeline"] svg [data-record]',
                ).length,
              ]),
            );
          }),
        inst,
      );
    const marks = () => page.locator(`${VIEW} svg [data-record]`).count();
    const partners = await page
      .locator('[data-view="map"] [data-partner]')
      .count();
    const all = await marks();
    await page.evaluate(() => scrollTo(0, 0));
    await expect
      .poll(() =>
        page
          .locator(VIEW)
          .evaluate((el) => el.getBoundingClientRect().top > innerHeight),
      )
      .toBe(true);
    await page.waitForTimeout(100);
    const [shownOnMap, shownHere] = await choose("bpc");
    expect(shownOnMap).toBeLessThan(partners);
    expect(shownHere).toBe(all);
    await expect.poll(marks).toBeLessThan(all);
    const one = await marks();
    // On screen: the marks change in the same frame as the map.
    await page.locator(VIEW).scrollIntoViewIfNeeded();
    await page.waitForTimeout(100);
    expect(await choose("")).toEqual([partners, all]);
    expect(one).toBeGreaterThan(0);
  });
});

describe("the timeline on thousands of records", { timeout: 150_000 }, () => {
  const SIZE = 8000;
  const openScale = (
    lang: string,
    width: number,
  ): ReturnType<typeof openTimeline> =>
    openView(
      session.browser,
      `${session.server.app}${synthQuery(SIZE)}&lang=${lang}`,
      "timeline",
      "svg [data-bin]",
      // 8,000 records load, validate and lay out slowly on a busy 2-core CI machine.
      { width, timeout: 75_000 },
    );

  it.each([
    [1280, "en"],
    [375, "en"],
    [1280, "zh"],
    [375, "zh"],
  ])(
    "at %i px in %s: a bounded number of marks and bins, none over another",
    async (width, lang) => {
      const { page, errors } = await openScale(lang, width);
      const counts = await page.evaluate((sel) => {
        const svg = document.querySelector(`${sel} svg`)!;
        return {
          marks: svg.querySelectorAll("[data-record]").length,
          bins: svg.querySelectorAll("[data-bin]").length,
          elements: svg.querySelectorAll("*").length,
          records: [...svg.querySelectorAll("[data-bin]")].reduce(
            (n, b) => n + Number(b.getAttribute("data-count")),
            0,
          ),
        };
      }, VIEW);
      await screenshot(page, `timeline-${SIZE}-${width}-${lang}`, VIEW);
      expect(counts.bins).toBeGreaterThan(0);
      expect(counts.marks + counts.bins).toBeLessThan(800);
      expect(counts.elements).toBeLessThan(5000);
      expect(counts.records).toBeLessThanOrEqual(SIZE);
      const svg = (await boxes(page, `${VIEW} svg`))[0]!;
      const cells = await boxes(page, `${VIEW} svg .cell`);
      const texts = await boxes(
        page,
        `${VIEW} svg .label, ${VIEW} svg .count, ${VIEW} .axis text, ${VIEW} .lane-name`,
      );
      for (const group of [cells, texts])
        for (const [i, a] of group.entries()) {
          expect(a.x).toBeGreaterThanOrEqual(svg.x - 0.5);
          expect(a.x + a.width).toBeLessThanOrEqual(svg.x + svg.width + 0.5);
          for (const b of group.slice(i + 1))
            expect(overlap(a, b), JSON.stringify([a, b])).toBe(false);
        }
      // The view stays about a screen and a half tall.
      expect(svg.height).toBeLessThan(1600);
      expect(
        await page.evaluate(
          () => document.documentElement.scrollWidth <= innerWidth,
        ),
      ).toBe(true);
      expect(errors).toEqual([]);
    },
  );

  it("Enter on a bin opens its records; a record opens its card", async () => {
    const { page, errors } = await openScale("en", 1280);
    const bin = page.locator(`${VIEW} svg [data-bin]`).first();
    const key = (await bin.getAttribute("data-bin"))!;
    const count = Number(await bin.getAttribute("data-count"));
    await bin.focus();
    await page.keyboard.press("Enter");
    const list = page.locator(`${VIEW} [data-bin-list="${key}"]`);
    await list.waitFor();
    expect(await list.locator("li button").count()).toBe(Math.min(count, 50));
    // The records listed are the bin's: of its kind and its institution.
    const [, lane, , kind] = key.split(":");
    const id = (await list
      .locator("li button")
      .first()
      .getAttribute("data-record"))!;
    await list.locator("li button").first().click();
    const card = page.locator(`${VIEW} [data-card="${id}"]`);
    await card.waitFor();
    if (lane !== "others") expect(await card.textContent()).toBeTruthy();
    expect(kind).toMatch(/milestone|event|agreement|programme|flow/);
    expect(errors).toEqual([]);
  });

  it("a filter change repaints in time (measured, printed)", async () => {
    const { page } = await openScale("en", 1280);
    const ms = await page.evaluate(async () => {
      const select = document.querySelector<HTMLSelectElement>(
        'select[name="inst"], [data-filter="inst"] select',
      );
      if (!select) return null;
      const times: number[] = [];
      for (const value of [select.options[1]!.value, ""]) {
        const start = performance.now();
        select.value = value;
        select.dispatchEvent(new Event("change", { bubbles: true }));
        await new Promise((r) => requestAnimationFrame(() => r(null)));
        times.push(performance.now() - start);
      }
      return times;
    });
    console.log(
      `timeline at 8,000 records: institution filter repaint ${JSON.stringify(ms)} ms`,
    );
  });
});
