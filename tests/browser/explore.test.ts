// A full exploration in the production build: filters, a selection, the address, a fresh page.
import type { Page } from "playwright-core";
import { describe, expect, it } from "vitest";
import { openPage, screenshot } from "../helpers/browser.ts";
import { bundledDataset } from "../helpers/fixtures.ts";
import { browserSession } from "../helpers/session.ts";

const session = browserSession();
const bundled = bundledDataset();
const ZAMBIA = '[data-view="map"] [data-country="ZMB"][data-partner]';

/** Types a year into the filter bar and leaves the field, as a person does. */
async function setYear(page: Page, end: "from" | "to", year: string) {
  await page.fill(`[data-filters] input[name="${end}"]`, year);
  await page.press(`[data-filters] input[name="${end}"]`, "Tab");
}

describe("exploring", () => {
  it("institution, years and a country go into the address, and a pasted link restores them", async () => {
    const { page, errors } = await openPage(
      session.browser,
      session.server.app,
    );
    await page
      .context()
      .grantPermissions(["clipboard-read", "clipboard-write"]);
    const matching = page.locator("[data-matching]");
    const all = Number(await matching.getAttribute("data-matching"));

    await page.selectOption('select[name="inst"]', "bpc");
    await setYear(page, "from", "2016");
    await setYear(page, "to", "2018");
    const kept = Number(await matching.getAttribute("data-matching"));
    expect(kept).toBeGreaterThan(0);
    expect(kept).toBeLessThan(all);
    await page.locator(ZAMBIA).first().click();
    await page.waitForURL(/country=ZMB/);
    // The detail panel tells Zambia's story with the filters in force, quotes included.
    const panel = page.locator('[data-panel="detail"]');
    await panel.locator("h2", { hasText: "Zambia" }).waitFor();
    const shown = await panel
      .locator("[data-record]")
      .evaluateAll((items) =>
        items.map((li) => [
          li.getAttribute("data-record"),
          li.querySelector("blockquote")?.textContent,
        ]),
      );
    expect(shown.length).toBeGreaterThan(0);
    for (const [id, quote] of shown) {
      expect(quote).toBe(bundled.records.find((r) => r.id === id)!.quote);
    }
    const address = new URL(page.url());
    expect(Object.fromEntries(address.searchParams)).toEqual({
      inst: "bpc",
      from: "2016",
      to: "2018",
      country: "ZMB",
    });

    await page.getByRole("button", { name: "Copy link" }).click();
    await page.getByText("Link copied").waitFor();
    const copied = await page.evaluate(() => navigator.clipboard.readText());
    expect(copied).toBe(page.url());

    const fresh = await openPage(session.browser, copied);
    const p = fresh.page;
    expect(await p.inputValue('select[name="inst"]')).toBe("bpc");
    expect(await p.inputValue('[data-filters] input[name="from"]')).toBe(
      "2016",
    );
    expect(await p.inputValue('[data-filters] input[name="to"]')).toBe("2018");
    expect(
      await p.locator(ZAMBIA).first().getAttribute("data-selected"),
    ).not.toBeNull();
    expect(
      Number(await p.locator("[data-matching]").getAttribute("data-matching")),
    ).toBe(kept);
    await p
      .locator('[data-panel="detail"] h2', { hasText: "Zambia" })
      .waitFor();
    await screenshot(p, "explore-restored-1280");
    expect([...errors, ...fresh.errors]).toEqual([]);
  });

  it("back and forward step through selections; adjusting a filter is no step", async () => {
    const { page } = await openPage(session.browser, session.server.app);
    await page.locator(ZAMBIA).first().click();
    await page.waitForURL(/country=ZMB/);
    await setYear(page, "from", "2012");
    await page.waitForURL(/from=2012/);
    await page.goBack();
    await page.waitForURL((url) => !url.search.includes("country"));
    expect(
      await page.locator(ZAMBIA).first().getAttribute("data-selected"),
    ).toBeNull();
    expect(await page.inputValue('[data-filters] input[name="from"]')).toBe("");
    await page.goForward();
    await page.waitForURL(/country=ZMB/);
    expect(
      await page.locator(ZAMBIA).first().getAttribute("data-selected"),
    ).not.toBeNull();
    expect(await page.inputValue('[data-filters] input[name="from"]')).toBe(
      "2012",
    );
  });

  it("search, kinds and people's direction filter every view and clear all restores it", async () => {
    const { page } = await openPage(
      session.browser,
      `${session.server.app}?q=Zambia&kind=flow&dir=sent`,
    );
    expect(await page.inputValue('input[name="q"]')).toBe("Zambia");
    const pressed = page.locator('[data-filters] [data-kind="flow"]');
    expect(await pressed.getAttribute("aria-pressed")).toBe("true");
    expect(await page.inputValue('select[name="dir"]')).toBe("sent");
    const kept = Number(
      await page.locator("[data-matching]").getAttribute("data-matching"),
    );
    expect(kept).toBeGreaterThan(0);
    // The map colours only what the filters keep.
    const partners = await page
      .locator('[data-view="map"] path[data-partner]')
      .count();
    await page.getByRole("button", { name: "Clear all" }).click();
    await page.waitForURL((url) => url.search === "");
    expect(await page.inputValue('input[name="q"]')).toBe("");
    expect(
      await page.locator('[data-view="map"] [data-partner]').count(),
    ).toBeGreaterThan(partners);
  });

  it("a search that matches nothing says so and offers to clear", async () => {
    const { page } = await openPage(
      session.browser,
      `${session.server.app}?q=zzzzzz`,
    );
    await page.getByText("No records match these filters.").waitFor();
    await page.getByRole("button", { name: "Clear all" }).click();
    expect(
      Number(
        await page.locator("[data-matching]").getAttribute("data-matching"),
      ),
    ).toBeGreaterThan(0);
  });

  it("invalid and unknown parameters are ignored with a notice, in the page's language", async () => {
    const { page, errors } = await openPage(
      session.browser,
      `${session.server.app}?lang=zh&from=20x6&colour=red&inst=nowhere&country=ZMB`,
    );
    const notices = page.locator("[data-notice]");
    await notices.first().waitFor();
    expect(await notices.allTextContents()).toEqual([
      "已忽略网址参数 from=20x6：不是有效年份",
      "已忽略网址参数 colour=red：本图谱不识别此参数",
      "已忽略网址参数 inst=nowhere：数据集中没有此编号的院校",
    ]);
    // The valid neighbour still applies.
    expect(
      await page.locator(ZAMBIA).first().getAttribute("data-selected"),
    ).not.toBeNull();
    expect(errors).toEqual([]);
  });

  it("view= brings that view on screen", async () => {
    const { page } = await openPage(
      session.browser,
      `${session.server.app}?view=table`,
    );
    await page.locator('[data-view="table"] [data-record]').first().waitFor();
    const top = await page
      .locator('[data-view="table"]')
      .evaluate((el) => el.getBoundingClientRect().top);
    expect(Math.abs(top)).toBeLessThan(200);
  });

  it("printing shows every view and the panel in the page, without screen-only controls", async () => {
    const { page } = await openPage(
      session.browser,
      `${session.server.app}?country=ZMB`,
      { width: 800 },
    );
    await page.locator('[data-panel="detail"] h2').waitFor();
    await page.evaluate(() => dispatchEvent(new Event("beforeprint")));
    for (const [view, ready] of [
      ["timeline", "[data-record]"],
      ["flows", "[data-node]"],
      ["table", "[data-record]"],
    ]) {
      await page.locator(`[data-view="${view}"] ${ready}`).first().waitFor();
    }
    await page.emulateMedia({ media: "print" });
    const looks = await page.evaluate(() => ({
      panel: getComputedStyle(document.querySelector('[data-panel="detail"]')!)
        .position,
      share: getComputedStyle(document.querySelector("[data-share]")!).display,
      zoom: getComputedStyle(document.querySelector(".zoom-buttons")!).display,
    }));
    expect(looks).toEqual({ panel: "static", share: "none", zoom: "none" });
    const pdf = await page.pdf({ format: "A4" });
    expect(pdf.subarray(0, 5).toString()).toBe("%PDF-");
  });
});
