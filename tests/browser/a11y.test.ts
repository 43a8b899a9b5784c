// Accessibility (axe-core, WCAG 2.2 A and AA) and language of the whole page, every view loaded.
import type { Page } from "playwright-core";
import { describe, expect, it } from "vitest";
import { seriousViolations } from "../helpers/axe.ts";
import { openPage } from "../helpers/browser.ts";
import { browserSession } from "../helpers/session.ts";

const session = browserSession();
/** The page with every view drawn: view= makes the lazy views load at once. */
async function everyView(lang: string): Promise<Page> {
  const { page } = await openPage(
    session.browser,
    `${session.server.app}?lang=${lang}&view=table`,
  );
  for (const [view, ready] of [
    ["timeline", "[data-record]"],
    ["flows", "[data-node]"],
    ["table", "[data-record]"],
  ]) {
    await page.locator(`[data-view="${view}"] ${ready}`).first().waitFor();
  }
  return page;
}

describe.each(["en", "zh"])("the page in %s", (lang) => {
  it("has no serious or critical WCAG 2.2 A/AA violation (axe-core)", async () => {
    const page = await everyView(lang);
    const serious = await seriousViolations(page);
    expect(serious).toEqual([]);
  });
});

describe("Chinese", () => {
  it("no English word is left in the Chinese interface", async () => {
    const page = await everyView("zh");
    const english = await page.evaluate(() => {
      // Names that stay as their makers write them, file names and formats.
      const allowed =
        /Natural Earth|world-atlas|SVG|PNG|CSV|[\w./-]+\.(json|html)|https?:\S+/g;
      const found = new Set<string>();
      const check = (text: string | null, where: string) => {
        const rest = (text ?? "").replace(allowed, "");
        const words = rest.match(/[A-Za-z]{2,}/g);
        if (words)
          found.add(
            `${where}: ${words.join(" ")} in “${text!.trim().slice(0, 80)}”`,
          );
      };
      const walker = document.createTreeWalker(
        document.body,
        NodeFilter.SHOW_TEXT,
      );
      for (let node = walker.nextNode(); node; node = walker.nextNode()) {
        const parent = node.parentElement!;
        if (parent.closest("script, style, [hidden]")) continue;
        // Quotes from the sources are data, in the source's language.
        if (parent.closest('[lang]:not([lang^="zh"])')) continue;
        check(node.textContent, parent.tagName.toLowerCase());
      }
      for (const el of document.querySelectorAll(
        "[aria-label], [title], [placeholder], [alt]",
      )) {
        if (el.closest('[lang]:not([lang^="zh"])')) continue;
        for (const name of ["aria-label", "title", "placeholder", "alt"]) {
          if (el.hasAttribute(name)) check(el.getAttribute(name), `@${name}`);
        }
      }
      return [...found];
    });
    expect(english).toEqual([]);
  });
});
