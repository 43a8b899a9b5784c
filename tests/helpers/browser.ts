// Headless Debian Chromium through playwright-core. No browser download: without
// /usr/bin/chromium the tests fail with the command that installs it.
import { existsSync, mkdirSync } from "node:fs";
import { join } from "node:path";
import { chromium, type Browser, type Page } from "playwright-core";
import { ROOT } from "./fixtures.ts";

export const CHROMIUM = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";
export const SCREENSHOTS = join(ROOT, "tests/output");

/** `extra`: more Chromium switches (the benchmark lifts the frame rate limit). */
export async function launch(extra: string[] = []): Promise<Browser> {
  if (!existsSync(CHROMIUM)) {
    throw new Error(
      `Chromium is not installed at ${CHROMIUM}. Install it with: sudo apt-get update && sudo apt-get install -y chromium fonts-noto-cjk`,
    );
  }
  return chromium.launch({
    executablePath: CHROMIUM,
    args: [
      "--headless",
      "--no-sandbox",
      "--disable-gpu",
      "--disable-quic",
      "--no-first-run",
      "--disable-background-networking",
      "--disable-component-update",
      "--disable-sync",
      ...extra,
    ],
  });
}

export interface Watched {
  page: Page;
  /** Console errors and uncaught exceptions. */
  errors: string[];
  /** Every URL the page requested. */
  requests: string[];
}

export async function openPage(
  browser: Browser,
  url: string,
  options: { width?: number; height?: number; locale?: string } = {},
): Promise<Watched> {
  const context = await browser.newContext({
    viewport: { width: options.width ?? 1280, height: options.height ?? 800 },
    locale: options.locale ?? "en-US",
  });
  const page = await context.newPage();
  const errors: string[] = [];
  const requests: string[] = [];
  page.on("console", (m) => {
    if (m.type() === "error") errors.push(m.text());
  });
  page.on("pageerror", (e) => errors.push(e.message));
  page.on("request", (r) => requests.push(r.url()));
  await page.goto(url);
  // The prerendered page is on screen before the app has started: wait for the app.
  await page.waitForSelector("#app[data-ready]", { state: "attached" });
  return { page, errors, requests };
}

/** The whole page, or only what `selector` finds, as tests/output/<name>.png. */
export async function screenshot(
  page: Page,
  name: string,
  selector?: string,
): Promise<void> {
  mkdirSync(SCREENSHOTS, { recursive: true });
  const path = join(SCREENSHOTS, `${name}.png`);
  if (selector) await page.locator(selector).screenshot({ path });
  else await page.screenshot({ path, fullPage: true });
}

/**
 * Opens the app and brings a view that loads when scrolled near (src/ui/LazyView.svelte) on
 * screen, then waits for `ready` inside it. The placeholder is replaced as the view arrives,
 * so each scroll is one step in the page.
 */
export async function openView(
  browser: Browser,
  url: string,
  view: string,
  ready: string,
  options: {
    width?: number;
    height?: number;
    locale?: string;
    /** How long the view may take to draw (ms); Playwright's 30 s unless said. */
    timeout?: number;
  } = {},
): Promise<Watched> {
  const watched = await openPage(browser, url, options);
  const selector = `[data-view="${view}"]`;
  const scroll = () =>
    watched.page.evaluate(
      (s) => document.querySelector(s)?.scrollIntoView(),
      selector,
    );
  // The views above it may grow as they arrive (at scale, past their placeholder's height) and
  // push it away from the screen before it loads: it is brought back until it has drawn.
  const drawn = watched.page.locator(`${selector} ${ready}`).first();
  const deadline = Date.now() + (options.timeout ?? 30_000);
  for (;;) {
    await scroll();
    try {
      await drawn.waitFor({ timeout: 1_000 });
      break;
    } catch (error) {
      if (Date.now() > deadline) throw error;
    }
  }
  await scroll();
  return watched;
}
