// Strict hosting: the production build under the policy a university web team may set (CSP in
// tests/helpers/server.ts, with a report-uri on the test server). Every journey — the page with
// every view, the detail panel, the embed dialog, each export, the deck, the embedded view,
// Chinese, a ?data= file — must cause no violation (no securitypolicyviolation event in the page,
// no report, no console error), and every request must stay on the page's origin.
import { mkdirSync, statSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import type { BrowserContext, Page } from "playwright-core";
import { describe, expect, it } from "vitest";
import { CSP, CSP_REPORTS, HOST, HOST_DIR } from "../helpers/server.ts";
import { browserSession } from "../helpers/session.ts";

const session = browserSession();

interface Violation {
  directive: string;
  blocked: string;
  source: string;
  line: number;
}

interface Journey {
  page: Page;
  context: BrowserContext;
  errors: string[];
  requests: string[];
}

declare global {
  interface Window {
    __violations?: Violation[];
  }
}

/** Opens a page with a listener for violations installed before any of the page's scripts run. */
async function open(
  query: string,
  options: {
    width?: number;
    height?: number;
    locale?: string;
    /** A host page (tests/output/host/) to open instead, served under the same policy. */
    host?: string;
  } = {},
): Promise<Journey> {
  const context = await session.browser.newContext({
    viewport: { width: options.width ?? 1280, height: options.height ?? 800 },
    locale: options.locale ?? "en-US",
    acceptDownloads: true,
  });
  await context.addInitScript(() => {
    window.__violations = [];
    document.addEventListener("securitypolicyviolation", (e) =>
      window.__violations!.push({
        directive: e.violatedDirective,
        blocked: e.blockedURI,
        source: e.sourceFile,
        line: e.lineNumber,
      }),
    );
  });
  if (options.host) {
    // Host pages are served without the policy; this one gets it, as a university page would.
    await context.route(`**${HOST}${options.host}`, async (route) => {
      const response = await route.fetch();
      await route.fulfill({
        response,
        headers: {
          ...response.headers(),
          "content-security-policy": `${CSP}; report-uri ${CSP_REPORTS}`,
        },
      });
    });
  }
  const page = await context.newPage();
  const errors: string[] = [];
  const requests: string[] = [];
  page.on("console", (m) => {
    if (m.type() === "error") errors.push(m.text());
  });
  page.on("pageerror", (e) => errors.push(e.message));
  // Requests of the page and of any frame in it.
  context.on("request", (r) => requests.push(r.url()));
  const response = await page.goto(
    options.host
      ? `${session.server.origin}${HOST}${options.host}`
      : `${session.server.app}${query}`,
  );
  expect(response?.headers()["content-security-policy"]).toContain(CSP);
  if (!options.host) {
    await page.waitForSelector("#app[data-ready]", { state: "attached" });
  }
  return { page, context, errors, requests };
}

/** Violations seen in every frame of the page. */
async function violations(page: Page): Promise<Violation[]> {
  const lists = await Promise.all(
    page.frames().map((f) => f.evaluate(() => window.__violations ?? [])),
  );
  return lists.flat();
}

/** Requests that left the origin (data: and blob: URLs are the page's own). */
function offsite(requests: string[]): string[] {
  const { origin } = session.server;
  return requests.filter(
    (url) => !/^(data|blob):/.test(url) && new URL(url).origin !== origin,
  );
}

/** Ends a journey: nothing blocked, reported or logged, nothing fetched from elsewhere. */
async function expectClean(journey: Journey): Promise<void> {
  const { page, errors, requests, context } = journey;
  // Reports are sent after the violation, on their own.
  await page.waitForTimeout(300);
  expect(await violations(page)).toEqual([]);
  expect(session.server.reports).toEqual([]);
  expect(errors).toEqual([]);
  expect(requests.length).toBeGreaterThan(0);
  expect(offsite(requests)).toEqual([]);
  await context.close();
}

const VIEWS: [string, string][] = [
  ["map", "[data-country]"],
  ["timeline", "svg [data-record]"],
  ["flows", "[data-node]"],
  ["table", "tbody tr[data-record]"],
];

/** Brings each view on screen in turn (they load as they come near) and waits for its marks. */
async function everyView(page: Page): Promise<void> {
  for (const [view, ready] of VIEWS) {
    const selector = `[data-view="${view}"]`;
    // The placeholder is replaced as the view arrives: find it afresh each time.
    const scroll = () =>
      page.evaluate(
        (s) => document.querySelector(s)?.scrollIntoView(),
        selector,
      );
    await scroll();
    await page.locator(`${selector} ${ready}`).first().waitFor();
    await scroll();
  }
  await page.evaluate(() =>
    window.scrollTo(0, document.documentElement.scrollHeight),
  );
}

async function download(page: Page, button: string): Promise<number> {
  const target = page.locator(button);
  await target.scrollIntoViewIfNeeded();
  const [file] = await Promise.all([
    page.waitForEvent("download"),
    target.click(),
  ]);
  return statSync(await file.path()).size;
}

describe("under the strict policy", () => {
  it("the policy is sent and enforced: an inline script is blocked and reported (the test can see a violation)", async () => {
    const journey = await open("");
    await journey.page.evaluate(() => {
      const script = document.createElement("script");
      script.textContent = "window.ran = true";
      document.body.append(script);
    });
    expect(await journey.page.evaluate(() => "ran" in window)).toBe(false);
    await expect
      .poll(() => violations(journey.page))
      .toEqual([expect.objectContaining({ directive: "script-src-elem" })]);
    await expect.poll(() => session.server.reports.length).toBe(1);
    expect(journey.errors.join("\n")).toMatch(/Content Security Policy/);
    session.server.reports.length = 0;
    await journey.context.close();
  });

  it("the whole page: every view, the detail panel, the embed dialog, each chart's SVG and PNG, the table's CSV", async () => {
    const journey = await open("");
    const { page } = journey;
    await everyView(page);

    const zambia = page.locator(
      '[data-view="map"] [data-partner][data-country="ZMB"]',
    );
    await zambia.scrollIntoViewIfNeeded();
    await zambia.click();
    await page.locator('[data-panel="detail"] h2').waitFor();

    await page.locator("button[data-embed]").first().click();
    const dialog = page.locator("dialog[data-embed-dialog]");
    await dialog.waitFor();
    await dialog.locator('select[name="embed-view"]').selectOption("map");
    await page.keyboard.press("Escape");
    await dialog.waitFor({ state: "hidden" });

    for (const view of ["map", "timeline", "flows"]) {
      for (const format of ["svg", "png"]) {
        const button = `[data-view="${view}"] [data-export="${format}"]`;
        expect(await download(page, button)).toBeGreaterThan(0);
      }
    }
    expect(
      await download(page, '[data-view="table"] .view-head button'),
    ).toBeGreaterThan(0);
    await expectClean(journey);
  });

  it("in Chinese on a phone, every view and the detail panel", async () => {
    const journey = await open("?lang=zh", { width: 375 });
    await everyView(journey.page);
    const zambia = journey.page.locator(
      '[data-view="map"] [data-partner][data-country="ZMB"]',
    );
    await zambia.scrollIntoViewIfNeeded();
    await zambia.click();
    await journey.page.locator('[data-panel="detail"] h2').waitFor();
    await expectClean(journey);
  });

  it("the deck (?present=1), through every slide", async () => {
    const journey = await open("?present=1", { width: 1920, height: 1080 });
    const { page } = journey;
    await page.locator("[data-deck]").waitFor();
    const slides = await page.locator("[data-slide]").count();
    expect(slides).toBeGreaterThan(1);
    for (let i = 1; i < slides; i++) await page.keyboard.press("ArrowRight");
    await expect
      .poll(() =>
        page.locator("[data-slide][data-current]").getAttribute("data-slide"),
      )
      .toBe(String(slides));
    await expectClean(journey);
  });

  it.each(["map", "timeline", "flows", "table"])(
    "the embedded view (?embed=1&view=%s)",
    async (view) => {
      const journey = await open(`?embed=1&view=${view}&lang=zh`);
      const ready = VIEWS.find(([v]) => v === view)![1];
      await journey.page
        .locator(`[data-view="${view}"] ${ready}`)
        .first()
        .waitFor();
      await expectClean(journey);
    },
  );

  it.each([
    ["mixed.json", "[data-problem-path]"],
    ["hostile.json", '[data-stat="records"]'],
  ])(
    "a ?data= file (%s), its problems listed, every view",
    async (file, ready) => {
      const journey = await open(`?data=../../fixtures/${file}`);
      await journey.page.locator(ready).first().waitFor();
      await everyView(journey.page);
      expect(
        journey.requests.some((url) => url.endsWith(`/fixtures/${file}`)),
      ).toBe(true);
      await expectClean(journey);
    },
  );

  it("the <cooperation-atlas> element on a university page under the same policy", async () => {
    mkdirSync(HOST_DIR, { recursive: true });
    writeFileSync(
      join(HOST_DIR, "csp-element.html"),
      `<!doctype html><html lang="en"><meta charset="utf-8"><title>University</title><body><script type="module" src="${session.server.app}cooperation-atlas.js"></script><cooperation-atlas view="map" lang="zh" style="width:1000px"></cooperation-atlas></body></html>`,
    );
    const journey = await open("", { host: "csp-element.html" });
    await journey.page
      .locator('cooperation-atlas [data-view="map"] [data-partner]')
      .first()
      .waitFor();
    await expectClean(journey);
  });
});
