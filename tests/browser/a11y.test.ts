// Accessibility (axe-core, WCAG 2.2 A and AA) and language of the whole page, every view loaded.
import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import type { Page } from "playwright-core";
import { describe, expect, it } from "vitest";
import { openPage } from "../helpers/browser.ts";
import { browserSession } from "../helpers/session.ts";

const session = browserSession();
const AXE = readFileSync(
  createRequire(import.meta.url).resolve("axe-core/axe.min.js"),
  "utf8",
);

interface Violation {
  id: string;
  impact: string | null;
  help: string;
  nodes: { target: string[] }[];
}

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
    // Evaluated through the debugging protocol, so the page's CSP does not apply to it.
    await page.evaluate(AXE);
    const violations = await page.evaluate(async () => {
      const axe = (window as unknown as { axe: { run: Function } }).axe;
      const result = await axe.run(document, {
        runOnly: {
          type: "tag",
          values: ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"],
        },
        resultTypes: ["violations"],
      });
      return result.violations as Violation[];
    });
    const serious = violations
      .filter((v) => v.impact === "serious" || v.impact === "critical")
      .map(
        (v) =>
          `${v.id}: ${v.help} (${v.nodes
            .map((n) => n.target.join(" "))
            .slice(0, 3)
            .join(", ")})`,
      );
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
