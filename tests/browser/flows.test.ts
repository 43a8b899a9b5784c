// The flows view in the production build: hover, the link-up with the map, label boxes at a
// phone's and a desktop's width, reduced motion, and screenshots in both languages.
import type { Page } from "playwright-core";
import { describe, expect, it } from "vitest";
import { openView, screenshot } from "../helpers/browser.ts";
import { browserSession } from "../helpers/session.ts";
import { synthQuery } from "../helpers/synth-fixture.ts";

const session = browserSession();

const FLOWS = '[data-view="flows"]';
const link = (id: string) => `${FLOWS} [data-flow-link="${id}"]`;
const node = (id: string) => `${FLOWS} [data-node="${id}"]`;

/** Opens the app with the flows view on screen. */
const openFlows = (
  query = "",
  options: { width?: number; height?: number } = {},
) =>
  openView(
    session.browser,
    `${session.server.app}${query}`,
    "flows",
    "[data-node]",
    options,
  );

async function shoot(page: Page, name: string) {
  await page.waitForTimeout(600); // transitions settle
  await screenshot(page, name, FLOWS);
}

/** A point inside a link's place segment where the link itself is what the pointer meets. */
async function pointOnLink(page: Page, record: string) {
  const point = await page.evaluate((sel) => {
    const group = document.querySelector(sel)!;
    const path = group.querySelector<SVGPathElement>('[data-segment="place"]')!;
    const box = path.getBBox();
    const ctm = path.getScreenCTM()!;
    for (let i = 1; i < 20; i++)
      for (let j = 1; j < 20; j++) {
        const p = new DOMPoint(
          box.x + (box.width * i) / 20,
          box.y + (box.height * j) / 20,
        );
        if (!path.isPointInFill(p) && !path.isPointInStroke(p)) continue;
        const s = p.matrixTransform(ctm);
        if (group.contains(document.elementFromPoint(s.x, s.y)))
          return { x: s.x, y: s.y };
      }
    return null;
  }, link(record));
  expect(point, `a point of ${record} the pointer can reach`).not.toBeNull();
  return point!;
}

/** Every text box of the flows diagrams, in page pixels, with its svg's box. */
function textBoxes(page: Page) {
  return page.evaluate(
    (sel) =>
      [...document.querySelectorAll(`${sel} svg`)].map((svg) => {
        const frame = svg.getBoundingClientRect();
        return {
          frame: {
            left: frame.left,
            right: frame.right,
            top: frame.top,
            bottom: frame.bottom,
          },
          texts: [...svg.querySelectorAll("text")]
            .filter((t) => t.textContent?.trim())
            .map((t) => {
              const r = t.getBoundingClientRect();
              return {
                id: `${t.getAttribute("class")} ${t.getAttribute("data-label-for")} ${t.textContent}`,
                left: r.left,
                right: r.right,
                top: r.top,
                bottom: r.bottom,
              };
            }),
        };
      }),
    FLOWS,
  );
}

type Box = { left: number; right: number; top: number; bottom: number };
const overlap = (a: Box, b: Box) =>
  Math.min(a.right, b.right) - Math.max(a.left, b.left) > 1 &&
  Math.min(a.bottom, b.bottom) - Math.max(a.top, b.top) > 1;

describe("the flows view", () => {
  it("hover on a link shows its record with the source's quote", async () => {
    const { page, errors } = await openFlows();
    const { x, y } = await pointOnLink(page, "bjut-conference-trips");
    await page.mouse.move(x, y);
    const tip = page.getByRole("tooltip");
    await tip.waitFor();
    expect(await tip.getAttribute("data-tip-for")).toBe(
      "bjut-conference-trips",
    );
    const text = await tip.textContent();
    expect(text).toContain("400+");
    expect(text).toContain("postgraduates");
    expect(text).toMatch(/2008\s*–\s*2012/);
    expect(text).toContain(
      "supported postgraduates abroad to attend international conferences",
    );
    expect(
      await page
        .locator(link("bjut-conference-trips"))
        .getAttribute("data-active"),
    ).toBe("");
    // The tooltip stays on the page.
    const box = (await tip.boundingBox())!;
    expect(box.x).toBeGreaterThanOrEqual(0);
    expect(box.x + box.width).toBeLessThanOrEqual(1280);
    await page.mouse.move(1, 1);
    await tip.waitFor({ state: "detached" });
    expect(errors).toEqual([]);
  });

  it("a country selected on the map highlights its links here; a country node selects it on the map", async () => {
    const { page } = await openFlows();
    await page
      .locator('[data-view="map"] [data-partner][data-country="ZMB"]')
      .click();
    await page.waitForSelector(
      `${link("bpc-zambia-teachers")}[data-highlighted]`,
    );
    expect(
      await page.locator(`${FLOWS} [data-flow-link][data-highlighted]`).count(),
    ).toBe(1);
    expect(
      await page.locator(node("sent:ZMB")).getAttribute("data-selected"),
    ).toBe("");
    await shoot(page, "flows-selected-zmb-1280");

    await page.locator(node("sent:TWN")).click();
    const twn = page.locator(
      '[data-view="map"] [data-partner][data-country="TWN"]',
    );
    expect(await twn.getAttribute("data-selected")).toBe("");
    expect(
      await page
        .locator(`${FLOWS} [data-flow-link][data-highlighted]`)
        .evaluateAll((els) =>
          els.map((el) => el.getAttribute("data-flow-link")),
        )
        .then((ids) => ids.sort()),
    ).toEqual([
      "anshun-taiwan-credit-exchange",
      "anshun-taiwan-visitors",
      "anshun-visitors-received",
    ]);
    await page.keyboard.press("Escape");
    expect(await page.locator(`${FLOWS} [data-highlighted]`).count()).toBe(0);
  });

  it.each([
    [375, "en"],
    [1280, "en"],
    [375, "zh"],
    [1280, "zh"],
    [320, "en"],
    [1920, "zh"],
  ])(
    "at %i px in %s every label stays inside its diagram and none covers another",
    async (width, lang) => {
      const { page, errors } = await openFlows(
        lang === "zh" ? "?lang=zh" : "",
        { width, height: 800 },
      );
      const diagrams = await textBoxes(page);
      expect(diagrams.length).toBe(width < 600 ? 2 : 1);
      for (const { frame, texts } of diagrams) {
        expect(texts.length).toBeGreaterThan(10);
        for (const t of texts) {
          expect(t.left, t.id).toBeGreaterThanOrEqual(frame.left - 0.5);
          expect(t.right, t.id).toBeLessThanOrEqual(frame.right + 0.5);
          expect(t.top, t.id).toBeGreaterThanOrEqual(frame.top - 0.5);
          expect(t.bottom, t.id).toBeLessThanOrEqual(frame.bottom + 0.5);
        }
        for (let i = 0; i < texts.length; i++)
          for (let j = i + 1; j < texts.length; j++)
            expect(
              overlap(texts[i]!, texts[j]!),
              `${texts[i]!.id} / ${texts[j]!.id}`,
            ).toBe(false);
      }
      // The years chart's axis: its year labels inside the axis, none over another.
      const axis = await page.evaluate((view) => {
        const track = document.querySelector(`${view} .axis .track`)!;
        const box = (r: DOMRect) => ({
          left: r.left,
          right: r.right,
          top: r.top,
          bottom: r.bottom,
        });
        return {
          track: box(track.getBoundingClientRect()),
          labels: [...track.querySelectorAll<HTMLElement>(".year")]
            .filter((el) => el.offsetParent !== null)
            .map((el) => box(el.getBoundingClientRect())),
        };
      }, FLOWS);
      expect(axis.labels.length).toBeGreaterThanOrEqual(3);
      for (const [i, label] of axis.labels.entries()) {
        expect(label.left).toBeGreaterThanOrEqual(axis.track.left - 0.5);
        expect(label.right).toBeLessThanOrEqual(axis.track.right + 0.5);
        for (const other of axis.labels.slice(i + 1))
          expect(overlap(label, other)).toBe(false);
      }
      const overflow = await page.evaluate(
        () => document.documentElement.scrollWidth - window.innerWidth,
      );
      expect(overflow).toBeLessThanOrEqual(0);
      if (width === 375 || width === 1280)
        await shoot(page, `flows-${lang}-${width}`);
      expect(errors).toEqual([]);
    },
  );

  it("animates changes, and not when reduced motion is asked for", async () => {
    const { page } = await openFlows();
    const duration = () =>
      page
        .locator(`${link("bpc-zambia-teachers")} path[data-segment]`)
        .first()
        .evaluate((el) => getComputedStyle(el).transitionDuration);
    expect(await duration()).not.toMatch(/^0s(, 0s)*$/);
    await page.emulateMedia({ reducedMotion: "reduce" });
    expect(await duration()).toMatch(/^0s(, 0s)*$/);
  });

  it("the planned toggle adds the target, dotted, and the keyboard reaches it", async () => {
    const { page } = await openFlows();
    expect(await page.locator(link("bpc-cnmc-training-target")).count()).toBe(
      0,
    );
    await page.getByLabel("Show planned targets").check();
    const target = page.locator(link("bpc-cnmc-training-target"));
    expect(await target.getAttribute("data-planned")).toBe("");
    expect(
      await target
        .locator("path[data-segment]")
        .first()
        .evaluate((el) => getComputedStyle(el).strokeDasharray),
    ).not.toBe("none");
    await page.locator(`${FLOWS} [tabindex="0"]`).focus();
    await page.keyboard.press("End");
    const seen = new Set<string>();
    for (let i = 0; i < 40; i++) {
      seen.add(
        (await page.evaluate(() =>
          document.activeElement?.getAttribute("data-flow-link"),
        )) ?? "",
      );
      await page.keyboard.press("ArrowLeft");
    }
    expect(seen).toContain("bpc-cnmc-training-target");
    expect(await page.getByRole("tooltip").count()).toBe(1);
  });
});

describe("the flows view on thousands of records", { timeout: 150_000 }, () => {
  const SIZE = 8000;
  const openScale = (lang: string, width: number) =>
    openView(
      session.browser,
      `${session.server.app}${synthQuery(SIZE)}&lang=${lang}`,
      "flows",
      "[data-node]",
      // 8,000 records load, validate and lay out slowly on a busy 2-core CI machine.
      { width, height: 800, timeout: 75_000 },
    );

  it.each([
    [1280, "en"],
    [375, "en"],
    [1280, "zh"],
    [375, "zh"],
  ])(
    "at %i px in %s: bounded nodes and links, labels inside and apart",
    async (width, lang) => {
      const { page, errors } = await openScale(lang, width);
      const counts = await page.evaluate((sel) => {
        const view = document.querySelector(sel)!;
        return {
          nodes: view.querySelectorAll("[data-node]").length,
          links: view.querySelectorAll("[data-flow-link]").length,
          bundles: view.querySelectorAll("[data-flow-bundle]").length,
          elements: view.querySelectorAll("*").length,
          years: view.querySelectorAll("[data-year-bar]").length,
        };
      }, FLOWS);
      expect(counts.links).toBe(0);
      expect(counts.bundles).toBeGreaterThan(0);
      expect(counts.nodes).toBeLessThan(100);
      expect(counts.elements).toBeLessThan(4000);
      expect(counts.years).toBeGreaterThan(5);
      const diagrams = await textBoxes(page);
      for (const { frame, texts } of diagrams) {
        for (const t of texts) {
          expect(t.left, t.id).toBeGreaterThanOrEqual(frame.left - 0.5);
          expect(t.right, t.id).toBeLessThanOrEqual(frame.right + 0.5);
          expect(t.top, t.id).toBeGreaterThanOrEqual(frame.top - 0.5);
          expect(t.bottom, t.id).toBeLessThanOrEqual(frame.bottom + 0.5);
        }
        for (let i = 0; i < texts.length; i++)
          for (let j = i + 1; j < texts.length; j++)
            expect(
              overlap(texts[i]!, texts[j]!),
              `${texts[i]!.id} / ${texts[j]!.id}`,
            ).toBe(false);
      }
      expect(
        await page.evaluate(
          () => document.documentElement.scrollWidth - window.innerWidth,
        ),
      ).toBeLessThanOrEqual(0);
      await shoot(page, `flows-${SIZE}-${lang}-${width}`);
      expect(errors).toEqual([]);
    },
  );

  it("hover on 'other countries' names the countries it holds", async () => {
    const { page, errors } = await openScale("en", 1280);
    const others = page.locator(node("sent:others"));
    await others.scrollIntoViewIfNeeded();
    await others.hover({ force: true });
    const tip = page.getByRole("tooltip");
    await tip.waitFor();
    expect(await tip.getAttribute("data-tip-for")).toBe("sent:others");
    expect(await tip.locator("[data-tip-contains]").textContent()).toMatch(
      /^Holds: .+ and \d+ more$/,
    );
    expect(await tip.locator("[data-tip-record]").count()).toBeLessThanOrEqual(
      12,
    );
    expect(errors).toEqual([]);
  });
});
