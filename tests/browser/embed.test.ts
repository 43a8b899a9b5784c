// Embedding: the iframe page (?embed=1), the snippet the Embed dialog writes and its resizer
// script on a host page of another origin, and the <cooperation-atlas> web component.
import { mkdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import type { Frame, Page } from "playwright-core";
import { describe, expect, it } from "vitest";
import { openPage, screenshot } from "../helpers/browser.ts";
import { seriousViolations } from "../helpers/axe.ts";
import { HOST, HOST_DIR } from "../helpers/server.ts";
import { browserSession } from "../helpers/session.ts";

const session = browserSession();
/** The same server under another name: the host page is then of another origin. */
const otherOrigin = () =>
  session.server.origin.replace("127.0.0.1", "localhost");

function hostPage(name: string, body: string, style = ""): string {
  mkdirSync(HOST_DIR, { recursive: true });
  writeFileSync(
    join(HOST_DIR, name),
    `<!doctype html><html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><link rel="icon" href="data:,"><title>A university page</title><style>body{margin:0;font:18px Georgia,serif}${style}</style></head><body><h1>International office</h1>${body}<p>After the atlas.</p></body></html>\n`,
  );
  return `${HOST}${name}`;
}

/** Waits until `check` holds, polling; returns its last value for the assertion message. */
async function until<T>(read: () => Promise<T>, check: (v: T) => boolean) {
  let value = await read();
  for (let i = 0; i < 100 && !check(value); i++) {
    await new Promise((r) => setTimeout(r, 100));
    value = await read();
  }
  return value;
}

const AGGRESSIVE = `
* { all: revert; font-size: 40px !important; color: red !important; line-height: 3 !important;
    box-sizing: content-box !important; margin: 7px !important; padding: 9px !important;
    border: 3px solid lime !important; background: yellow !important; --accent: red; --text: red; }
html { font-size: 40px !important; }
svg, path, use { fill: red !important; stroke: blue !important; display: inline !important; }
div, section { display: inline !important; width: 100px !important; }
h2 { font-family: Impact, serif !important; }
`;

describe("embedding the atlas", () => {
  it("?embed=1&view=map shows the map alone, without masthead or filter bar, with a link to the full view", async () => {
    for (const lang of ["en", "zh"] as const) {
      const query = `?embed=1&view=map&lang=${lang}&from=2016&to=2018&inst=bpc`;
      const { page, errors } = await openPage(
        session.browser,
        `${session.server.app}${query}`,
      );
      await page.locator('[data-view="map"] [data-partner]').first().waitFor();
      expect(await page.locator("[data-view]").count()).toBe(1);
      expect(await page.locator(".masthead").count()).toBe(0);
      // The institution in the address filters the map; no panel covers it.
      expect(await page.locator('[data-panel="detail"]').count()).toBe(0);
      expect(await page.locator("[data-filters]").count()).toBe(0);
      const link = page.locator("a[data-full-view]");
      await link.waitFor();
      expect(await link.getAttribute("target")).toBe("_top");
      const href = new URL((await link.getAttribute("href"))!, page.url());
      expect(href.searchParams.get("embed")).toBeNull();
      expect(href.searchParams.get("view")).toBeNull();
      expect(href.searchParams.get("inst")).toBe("bpc");
      expect(href.searchParams.get("from")).toBe("2016");
      expect(href.searchParams.get("lang")).toBe(lang);
      // The address keeps embed=1 and the view as the state changes.
      expect(new URL(page.url()).searchParams.get("embed")).toBe("1");
      expect(
        await page.locator(".colophon, footer").first().textContent(),
      ).toMatch(lang === "zh" ? /来源/ : /Sources/);
      expect(await seriousViolations(page)).toEqual([]);
      expect(errors).toEqual([]);
      await screenshot(page, `embed-map-${lang}-1280`);
      await page.setViewportSize({ width: 375, height: 800 });
      await screenshot(page, `embed-map-${lang}-375`);
      await page.emulateMedia({ colorScheme: "dark" });
      await screenshot(page, `embed-map-${lang}-375-dark`);
      const overflow = await page.evaluate(
        () => document.documentElement.scrollWidth - window.innerWidth,
      );
      expect(overflow).toBeLessThanOrEqual(0);
      await page.context().close();
    }
  });

  it("?embed=1&view=table loads the table at once and shows nothing else", async () => {
    const { page, errors } = await openPage(
      session.browser,
      `${session.server.app}?embed=1&view=table`,
    );
    await page.locator('[data-view="table"] [data-record]').first().waitFor();
    expect(await page.locator("[data-view]").count()).toBe(1);
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it("the Embed dialog's snippet, on a page of another origin, keeps the iframe as tall as its content from 320 to 900 px", async () => {
    const { page: app, errors } = await openPage(
      session.browser,
      `${session.server.app}?lang=en&from=2016&to=2018`,
    );
    await app.locator("button[data-embed]").click();
    const dialog = app.locator("dialog[data-embed-dialog]");
    await dialog.waitFor();
    await screenshot(app, "embed-dialog-en-1280");
    await dialog.locator('select[name="embed-view"]').selectOption("map");
    const snippet = await dialog
      .locator("textarea[data-embed-code]")
      .inputValue();
    expect(snippet).toContain("embed=1");
    expect(snippet).toContain("view=map");
    expect(snippet).toContain("from=2016");
    expect(snippet).toContain(`src="${session.server.app}embed.js"`);
    await app.keyboard.press("Escape");
    await dialog.waitFor({ state: "hidden" });
    expect(
      await app.evaluate(() =>
        document.activeElement?.hasAttribute("data-embed"),
      ),
    ).toBe(true);
    // Opened again, it writes the code for the address of the moment.
    await app.locator('[data-filters] input[name="from"]').fill("2017");
    await app.locator('[data-filters] input[name="from"]').press("Tab");
    await app.waitForURL(/from=2017/);
    await app.locator("button[data-embed]").click();
    await dialog.waitFor();
    expect(
      await dialog.locator("textarea[data-embed-code]").inputValue(),
    ).toContain("from=2017");
    await app.keyboard.press("Escape");
    await dialog.waitFor({ state: "hidden" });
    expect(errors).toEqual([]);

    const host = hostPage(
      "iframe.html",
      `<div id="column" style="width:320px">${snippet}</div>`,
      "h1, p { font-size: 40px !important; color: red !important; margin: 3em !important }",
    );
    const page = await app.context().newPage();
    await page.goto(`${otherOrigin()}${host}`);
    const iframe = page.locator("iframe[data-cooperation-atlas]");
    const frame = (await (await iframe.elementHandle())!.contentFrame())!;
    await frame.locator('[data-view="map"] [data-partner]').first().waitFor();

    const heights = async (f: Frame, p: Page) => ({
      frame: (await iframe.boundingBox())!.height,
      content: await f.evaluate(() =>
        Math.ceil(document.documentElement.getBoundingClientRect().height),
      ),
      width: await p.evaluate(
        () => document.querySelector("iframe")!.getBoundingClientRect().width,
      ),
    });
    const follows = (h: { frame: number; content: number }) =>
      Math.abs(h.frame - h.content) <= 2;
    const narrow = await until(() => heights(frame, page), follows);
    expect(narrow.width).toBe(320);
    expect(Math.abs(narrow.frame - narrow.content)).toBeLessThanOrEqual(2);
    await screenshot(page, "embed-host-320");

    await page.evaluate(() => {
      document.getElementById("column")!.style.width = "900px";
    });
    const wide = await until(
      () => heights(frame, page),
      (h) => h.width === 900 && follows(h),
    );
    expect(wide.width).toBe(900);
    expect(Math.abs(wide.frame - wide.content)).toBeLessThanOrEqual(2);
    // The content's height changed with the column, and the iframe's with it.
    expect(Math.abs(wide.content - narrow.content)).toBeGreaterThan(20);
    await screenshot(page, "embed-host-900");
    await app.context().close();
  });

  it("the Embed dialog fits a phone in Chinese and is closed from the keyboard", async () => {
    const { page, errors } = await openPage(
      session.browser,
      `${session.server.app}?lang=zh&inst=bpc`,
      { width: 375 },
    );
    await page.locator("button[data-embed]").click();
    const dialog = page.locator("dialog[data-embed-dialog]");
    await dialog.waitFor();
    expect(await dialog.getByRole("heading").textContent()).toBe("嵌入此视图");
    const code = dialog.locator("textarea[data-embed-code]");
    expect(await code.inputValue()).toContain("view=map");
    await dialog
      .locator('select[name="embed-view"]')
      .selectOption({ label: "全部视图" });
    expect(await code.inputValue()).not.toContain("view=");
    expect(await code.inputValue()).toContain("inst=bpc");
    expect(await code.inputValue()).toContain('title="国际合作地图"');
    const box = (await dialog.boundingBox())!;
    expect(box.x).toBeGreaterThanOrEqual(0);
    expect(box.x + box.width).toBeLessThanOrEqual(375);
    await screenshot(page, "embed-dialog-zh-375", "dialog[data-embed-dialog]");
    expect(await seriousViolations(page)).toEqual([]);
    await page.keyboard.press("Escape");
    await dialog.waitFor({ state: "hidden" });
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it("the host page's script ignores a height message from a window that is not an atlas iframe", async () => {
    const snippetPage = hostPage(
      "forged.html",
      `<iframe data-cooperation-atlas src="${session.server.app}?embed=1&view=map" title="Atlas" style="display:block;width:100%;height:640px;border:0"></iframe><script src="${session.server.app}embed.js"></script>`,
    );
    const { page } = await openPage(
      session.browser,
      `${session.server.app}?lang=en`,
    );
    await page.goto(`${otherOrigin()}${snippetPage}`);
    const iframe = page.locator("iframe[data-cooperation-atlas]");
    const frame = (await (await iframe.elementHandle())!.contentFrame())!;
    await frame.locator('[data-view="map"] [data-partner]').first().waitFor();
    await until(
      async () => (await iframe.boundingBox())!.height,
      (h) => h !== 640,
    );
    const before = (await iframe.boundingBox())!.height;
    // The host page itself posts a well-formed message: it is not from the iframe.
    await page.evaluate(() =>
      window.postMessage({ type: "cooperation-atlas:height", height: 99 }, "*"),
    );
    await new Promise((r) => setTimeout(r, 300));
    expect((await iframe.boundingBox())!.height).toBe(before);
    await page.context().close();
  });

  it('<cooperation-atlas view="map" lang="zh"> on a plain page shows the map\'s partners in its shadow root', async () => {
    const element = `<script type="module" src="${session.server.app}cooperation-atlas.js"></script><cooperation-atlas view="map" lang="zh" from="2016" to="2018" style="width:1000px"></cooperation-atlas>`;
    const plain = hostPage("element.html", element);
    const aggressive = hostPage("element-aggressive.html", element, AGGRESSIVE);
    const measure = async (url: string, name: string) => {
      const { page, errors } = await openPage(
        session.browser,
        `${session.server.app}?lang=en`,
      );
      await page.goto(`${session.server.origin}${url}`);
      const partners = page.locator(
        'cooperation-atlas [data-view="map"] [data-partner]',
      );
      await partners.first().waitFor();
      const facts = await page.evaluate(() => {
        const root = document.querySelector("cooperation-atlas")!.shadowRoot!;
        const box = (s: string) => {
          const r = root.querySelector(s)!.getBoundingClientRect();
          return [Math.round(r.width), Math.round(r.height)];
        };
        const style = (s: string, p: string) =>
          getComputedStyle(root.querySelector(s)!).getPropertyValue(p);
        return {
          views: root.querySelectorAll("[data-view]").length,
          partners: root.querySelectorAll("[data-partner]").length,
          map: box('[data-view="map"]'),
          svg: box('[data-view="map"] svg'),
          heading: [
            style("h2", "color"),
            style("h2", "font-size"),
            style("h2", "font-family"),
          ],
          partner: style("[data-partner]", "fill"),
          frame: [
            style('[data-view="map"]', "background-color"),
            style('[data-view="map"]', "padding-top"),
          ],
          lang: root.querySelector("h2")!.textContent,
        };
      });
      await screenshot(page, name);
      await page.context().close();
      return { facts, errors };
    };
    const { facts, errors } = await measure(plain, "element-zh-1280");
    expect(facts.views).toBe(1);
    expect(facts.partners).toBeGreaterThan(3);
    expect(facts.lang).toMatch(/[\u4e00-\u9fff]/);
    expect(errors).toEqual([]);
    const column = hostPage(
      "element-column.html",
      `<div style="width:320px">${element.replace(' style="width:1000px"', "")}</div>`,
    );
    const narrow = await measure(column, "element-zh-320");
    expect(narrow.facts.map[0]).toBeLessThanOrEqual(320);
    expect(narrow.errors).toEqual([]);
    const hostile = await measure(aggressive, "element-aggressive-zh-1280");
    expect(hostile.facts).toEqual(facts);
    expect(hostile.errors).toEqual([]);
  });
});
