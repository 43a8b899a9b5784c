// The world map in the production build: partners, tooltip, selection, keyboard, zoom,
// measures, arcs, the prerendered view without scripts, and a replaced base map.
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import {
  homeCountries,
  recordCountries,
  selectRecords,
} from "../../src/lib/data/aggregate.ts";
import { partnerCountries } from "../../src/lib/data/summary.ts";
import { openPage, screenshot } from "../helpers/browser.ts";
import { englishWords } from "../helpers/english.ts";
import { bundledDataset, ROOT } from "../helpers/fixtures.ts";
import { browserSession } from "../helpers/session.ts";

const dataset = bundledDataset();
const partners = [...partnerCountries(dataset)].sort();

const session = browserSession();

const MAP = '[data-view="map"]';
const partner = (code: string) =>
  `${MAP} [data-partner][data-country="${code}"]`;

async function openMap(
  query = "",
  options: { width?: number; locale?: string } = {},
) {
  const watched = await openPage(
    session.browser,
    `${session.server.app}${query}`,
    options,
  );
  await watched.page.locator(`${MAP} [data-partner]`).first().waitFor();
  // Hydrated: the prerendered page answers once the app has taken it over.
  await watched.page.waitForFunction(() =>
    document.querySelector("#app[data-ready]"),
  );
  // Then the partners are drawn from the sprite's paths (MapView.svelte), once: elements held
  // from before would be gone.
  await watched.page
    .locator(`${MAP} path.partner`)
    .first()
    .waitFor({ state: "attached" });
  return watched;
}

describe("the map", () => {
  it("draws every partner as a shape or a marker, Singapore as a marker", async () => {
    const { page, errors } = await openMap();
    const codes = await page
      .locator(`${MAP} [data-partner]`)
      .evaluateAll((els) => els.map((el) => el.getAttribute("data-country")));
    expect([...codes].sort()).toEqual(partners);
    expect(
      await page.locator(`${partner("SGP")}`).evaluate((el) => el.tagName),
    ).toBe("circle");
    // A shape of its own, with the path the sprite has for it (the first view draws it with a
    // <use> of the sprite: see "the prerendered first view").
    const zambia = await page
      .locator(partner("ZMB"))
      .evaluate((el) => [el.tagName, el.getAttribute("d")]);
    expect(zambia[0]).toBe("path");
    expect(zambia[1]).toBe(
      await page.evaluate(async () => {
        const use = document.querySelector<SVGUseElement>("use.land")!;
        const [file] = use.getAttribute("href")!.split("#");
        const text = await (await fetch(file!)).text();
        return new DOMParser()
          .parseFromString(text, "image/svg+xml")
          .getElementById("atlas-c-ZMB")!
          .getAttribute("d");
      }),
    );
    expect(await page.locator(`${MAP} svg`).getAttribute("aria-label")).toMatch(
      new RegExp(
        `^${partners.length} partner countries and regions\\. Most records: `,
      ),
    );
    expect(
      await page.locator(`${MAP} [data-flow="sent"]`).count(),
    ).toBeGreaterThan(0);
    expect(
      await page.locator(`${MAP} [data-flow="received"]`).count(),
    ).toBeGreaterThan(0);
    expect(await page.getByText("Not an official boundary map").count()).toBe(
      1,
    );
    expect(errors).toEqual([]);
  });

  it("hover shows a tooltip with the partner's totals, qualifiers kept", async () => {
    const { page } = await openMap();
    await page.locator(partner("ZMB")).hover();
    const tip = page.getByRole("tooltip");
    await tip.waitFor();
    expect(await tip.getAttribute("data-tip-country")).toBe("ZMB");
    const text = await tip.textContent();
    expect(text).toContain("Zambia");
    expect(text).toMatch(/Sent\s*8/);
    expect(text).toMatch(/Years\s*2017–2018/);
    await screenshot(page, "map-tooltip-1280");
    await page.locator(partner("USA")).hover();
    await page.locator('[data-tip-country="USA"]').waitFor();
    // Shared with other countries, never divided: "up to 68", and said so.
    expect(await page.getByRole("tooltip").textContent()).toMatch(
      /Shared with other countries, not divided: .*68 doctoral students/,
    );
  });

  it("click selects and a second click clears; Escape clears", async () => {
    const { page } = await openMap();
    await page.locator(partner("PAK")).click();
    expect(
      await page.locator(partner("PAK")).getAttribute("data-selected"),
    ).toBe("");
    // The detail panel names the selection (and offers to close it).
    await page
      .locator('[data-panel="detail"] h2', { hasText: "Pakistan" })
      .waitFor();
    await page.locator(partner("PAK")).click();
    expect(
      await page.locator(partner("PAK")).getAttribute("data-selected"),
    ).toBeNull();
    await page.locator(partner("PAK")).click();
    await page.keyboard.press("Escape");
    expect(await page.locator(`${MAP} [data-selected]`).count()).toBe(0);
  });

  it("the keyboard reaches every partner, small states included, and Enter selects", async () => {
    const { page } = await openMap();
    await page.getByLabel("Show flows").focus();
    await page.keyboard.press("Tab");
    const focused = () =>
      page.evaluate(() => document.activeElement?.getAttribute("data-country"));
    const seen = new Set<string>();
    for (let i = 0; i < partners.length; i++) {
      seen.add((await focused()) ?? "");
      await page.keyboard.press("ArrowRight");
    }
    expect([...seen].sort()).toEqual(partners);
    while ((await focused()) !== "SGP") await page.keyboard.press("ArrowRight");
    // Named by its name, described by the tooltip that focus shows: its totals.
    const cdp = await page.context().newCDPSession(page);
    const { root } = await cdp.send("DOM.getDocument");
    const { nodes } = await cdp.send("Accessibility.queryAXTree", {
      backendNodeId: root.backendNodeId,
      accessibleName: "Singapore",
      role: "button",
    });
    expect(nodes).toHaveLength(1);
    expect(nodes[0]!.description?.value).toMatch(/Records\s*\d/);
    await page.keyboard.press("Enter");
    expect(
      await page.locator(partner("SGP")).getAttribute("data-selected"),
    ).toBe("");
    // The detail panel opens on Singapore and takes the focus, to its heading.
    const heading = page.locator('[data-panel="detail"] h2');
    await heading.waitFor();
    expect(await heading.textContent()).toContain("Singapore");
    expect(await heading.evaluate((h) => h === document.activeElement)).toBe(
      true,
    );
  });

  it("zooms with the buttons, keeps markers and arcs at screen size, and resets", async () => {
    const { page } = await openMap();
    const r0 = Number(await page.locator(partner("SGP")).getAttribute("r"));
    /** The first arc's stroke width and the first arrowhead's length, in map units. */
    const arcSizes = () =>
      page.locator(MAP).evaluate((map) => {
        const arc = map.querySelector("[data-flow]")!;
        const head = map.querySelector("[data-arrows]")!.getAttribute("d")!;
        // "M tip l corner other-corner z": the length is to the middle of the corners.
        const [, , x1, y1, x2, y2] = head.match(/-?[\d.]+/g)!.map(Number);
        return [
          Number(arc.getAttribute("stroke-width")),
          Math.hypot(x1! + x2! / 2, y1! + y2! / 2),
        ];
      });
    const [w0, h0] = await arcSizes();
    await page.getByRole("button", { name: "Zoom in" }).click();
    await page.waitForFunction(
      (sel) =>
        document
          .querySelector(sel)
          ?.getAttribute("transform")
          ?.includes("scale(1.6)"),
      `${MAP} svg > g`,
    );
    const r1 = Number(await page.locator(partner("SGP")).getAttribute("r"));
    expect(r1).toBeCloseTo(r0 / 1.6, 1);
    const [w1, h1] = await arcSizes();
    expect(w1).toBeCloseTo(w0! / 1.6, 3);
    expect(h1).toBeCloseTo(h0! / 1.6, 1);
    await page.locator(`${MAP} svg`).hover();
    await page.mouse.wheel(0, -400);
    await page.waitForFunction(
      (sel) =>
        !/scale\((1|1\.6)\)/.test(
          document.querySelector(sel)?.getAttribute("transform") ?? "",
        ),
      `${MAP} svg > g`,
    );
    await screenshot(page, "map-zoomed-1280");
    await page.getByRole("button", { name: "Reset the view" }).click();
    await page.waitForFunction(
      (sel) =>
        document.querySelector(sel)?.getAttribute("transform") ===
        "translate(0 0) scale(1)",
      `${MAP} svg > g`,
    );
  });

  it("switching the measure recolours without re-drawing shapes; arcs can be hidden", async () => {
    const { page } = await openMap();
    const fillOf = (code: string) =>
      page.locator(partner(code)).getAttribute("fill");
    const zambia = await page.locator(partner("ZMB")).elementHandle();
    await page.getByLabel("Colour by").selectOption("received");
    // Zambia only sent people: no figure for "received", drawn in the no-number style.
    expect(await fillOf("ZMB")).toBeNull();
    // The legend's "no number" key and the shape are painted alike.
    const noNumber = await page.evaluate(
      ([shape, key]) =>
        [shape, key].map((s) => {
          const style = getComputedStyle(document.querySelector(s!)!);
          return s === key ? style.backgroundColor : style.fill;
        }),
      [partner("ZMB"), `${MAP} .swatch.no-number`],
    );
    expect(noNumber[0]).toBe(noNumber[1]);
    expect(noNumber[0]).not.toBe("");
    expect(
      await zambia!.evaluate(
        (el, selector) => el === document.querySelector(selector),
        partner("ZMB"),
      ),
    ).toBe(true);
    await page.getByLabel("Show flows").uncheck();
    expect(await page.locator(`${MAP} [data-flow]`).count()).toBe(0);
  });

  it("a filter change keeps the shapes' elements: no partner flickers, the sprite is not fetched again", async () => {
    const { page, requests, errors } = await openMap();
    const sprite = () =>
      requests.filter((url) => url.includes("atlas-basemap")).length;
    const fetched = sprite();
    const home = homeCountries(dataset);
    const partnersOf = (inst: string) =>
      new Set(
        selectRecords(dataset, { inst, from: null, to: null, kinds: [] })
          .flatMap((r) => recordCountries(r, home))
          .filter((code) => partners.includes(code)),
      );
    const other = dataset.institutions.find(
      (i) => !partnersOf(i.id).has("ZMB"),
    )!;
    const zambia = await page.locator(partner("ZMB")).elementHandle();
    /** Zambia as the accessibility tree has it: a button, or nothing. */
    const zambiaButtons = () =>
      page
        .locator(MAP)
        .getByRole("button", { name: "Zambia", exact: true })
        .count();
    const inst = page.locator('[data-filters] select[name="inst"]');
    await inst.selectOption(other.id);
    await expect
      .poll(() => page.locator(`${MAP} [data-partner]`).count())
      .toBe(partnersOf(other.id).size);
    // Left out, not removed: hidden, not a partner, not focused, not announced.
    expect(
      await zambia!.evaluate((el) => {
        (el as SVGElement).focus();
        return [
          el.isConnected,
          el.hasAttribute("data-partner"),
          document.activeElement === el,
          getComputedStyle(el).visibility,
        ];
      }),
    ).toEqual([true, false, false, "hidden"]);
    expect(await zambiaButtons()).toBe(0);
    await inst.selectOption("");
    await page.locator(partner("ZMB")).waitFor();
    expect(await zambiaButtons()).toBe(1);
    expect(
      await zambia!.evaluate(
        (el, selector) => el === document.querySelector(selector),
        partner("ZMB"),
      ),
    ).toBe(true);
    expect(sprite()).toBe(fetched);
    expect(errors).toEqual([]);
  });

  it("fits a 375 px screen and speaks Chinese", async () => {
    const { page, errors } = await openMap("?lang=zh", { width: 375 });
    expect(await page.locator(`${MAP} svg`).getAttribute("aria-label")).toMatch(
      /^合作国家和地区共/,
    );
    const box = await page.locator(`${MAP} svg`).boundingBox();
    expect(box!.width).toBeLessThanOrEqual(375);
    expect(await page.locator(`${MAP} [data-partner]`).count()).toBe(
      partners.length,
    );
    await page.locator(partner("TWN")).dispatchEvent("pointerover");
    expect(await page.getByRole("tooltip").textContent()).toContain("中国台湾");
    expect(errors).toEqual([]);
    await screenshot(page, "map-zh-375");
  });
});

describe("the prerendered first view", () => {
  it("shows the map and its partners with JavaScript disabled", async () => {
    const context = await session.browser.newContext({
      javaScriptEnabled: false,
    });
    const page = await context.newPage();
    await page.goto(session.server.app);
    const codes = await page
      .locator(`${MAP} [data-partner]`)
      .evaluateAll((els) => els.map((el) => el.getAttribute("data-country")));
    expect([...codes].sort()).toEqual(partners);
    // Drawn with the sprite's shape: the page itself carries no path of its own for it.
    expect(await page.locator(partner("ZMB")).getAttribute("href")).toMatch(
      /^\.\/assets\/atlas-basemap-[0-9a-f]+\.svg#atlas-c-ZMB$/,
    );
    expect(await page.locator('[data-stat="records"]').textContent()).toBe(
      String(dataset.records.length),
    );
    await page.screenshot({
      path: join(ROOT, "tests/output/map-no-js-1280.png"),
    });
    await context.close();
  });

  it("is hydrated in place: no console warning, and the nodes are the ones the server wrote", async () => {
    const context = await session.browser.newContext();
    const page = await context.newPage();
    const messages: string[] = [];
    page.on("console", (m) => messages.push(`${m.type()}: ${m.text()}`));
    await page.goto(session.server.app);
    // Singapore's marker: the partners' shapes are drawn again once the sprite's paths are read.
    await page.evaluate(() => {
      (window as unknown as { marked: Element | null }).marked =
        document.querySelector('[data-view="map"] [data-country="SGP"]');
    });
    await page.waitForFunction(() =>
      document.querySelector("#app[data-ready]"),
    );
    await page.locator(partner("ZMB")).hover();
    await page.getByRole("tooltip").waitFor();
    const same = await page.evaluate(
      () =>
        (window as unknown as { marked: Element | null }).marked ===
        document.querySelector('[data-view="map"] [data-country="SGP"]'),
    );
    expect(same).toBe(true);
    expect(messages.filter((m) => !m.startsWith("debug"))).toEqual([]);
    await context.close();
  });

  it("another language replaces the prerendered view instead of showing it as asked", async () => {
    const context = await session.browser.newContext({
      javaScriptEnabled: true,
    });
    const page = await context.newPage();
    await page.goto(`${session.server.app}?lang=zh`);
    await page.waitForSelector("#app[data-ready]", { state: "attached" });
    await page.locator(`${MAP} [data-partner]`).first().waitFor();
    expect(await page.locator("h1").textContent()).toBe("国际合作地图");
    expect(
      await page.locator("#app").getAttribute("data-prerendered"),
    ).toBeNull();
    await context.close();
  });
});

describe("a replaced base map", () => {
  it("?basemap= draws the given TopoJSON instead of world-atlas, with the same partners", async () => {
    const { page, errors, requests } = await openMap(
      "?basemap=../../fixtures/basemap/tiny.topo.json",
    );
    await page.locator(`${MAP} svg path[id="atlas-c-ZMB"]`).waitFor();
    expect(
      await page.locator(`${MAP} svg use[href="#atlas-land"]`).count(),
    ).toBe(0);
    // Drawn with the file's own path for it.
    expect(await page.locator(partner("ZMB")).getAttribute("d")).toBe(
      await page.locator(`${MAP} svg path[id="atlas-c-ZMB"]`).getAttribute("d"),
    );
    // Partners the file has no shape for still show, as markers.
    expect(await page.locator(`${MAP} [data-partner]`).count()).toBe(
      partners.length,
    );
    expect(
      await page.locator(partner("USA")).evaluate((el) => el.tagName),
    ).toBe("circle");
    expect(
      requests.some((url) => url.endsWith("/fixtures/basemap/tiny.topo.json")),
    ).toBe(true);
    expect(errors).toEqual([]);
    await screenshot(page, "map-custom-basemap-1280");
  });

  it("a base map on another site is refused with a message", async () => {
    const { page } = await openPage(
      session.browser,
      `${session.server.app}?basemap=${encodeURIComponent("http://127.0.0.2:9/map.json")}`,
    );
    const alert = page.locator(`${MAP} [role="alert"]`);
    await alert.waitFor();
    expect(await alert.textContent()).toMatch(/another site/);
  });

  it.each([
    ["is not JSON", "broken/syntax.json", /第 5 行第 5 列/],
    ["is not TopoJSON", "minimal.json", /不是 TopoJSON/],
    ["is missing", "basemap/none.json", /404/],
  ])(
    "a base map that %s is refused in Chinese, with no English sentence",
    async (_what, file, says) => {
      const { page, errors } = await openPage(
        session.browser,
        `${session.server.app}?lang=zh&basemap=../../fixtures/${file}`,
        { width: 375 },
      );
      const alert = page.locator(`${MAP} [role="alert"]`);
      await alert.waitFor();
      const text = (await alert.textContent())!.trim();
      expect(text).toMatch(/^无法绘制底图：.*位于 http:\/\/\S+ 的底图/);
      expect(text).toContain(`/fixtures/${file}`);
      expect(text).toMatch(says);
      expect(englishWords(text)).toEqual([]);
      // The address, one long word, wraps instead of widening a phone's page.
      expect(
        await page.evaluate(
          () => document.documentElement.scrollWidth <= innerWidth,
        ),
      ).toBe(true);
      // The missing file's 404 is logged by the browser itself; nothing else is.
      expect(errors.filter((e) => !/404/.test(e))).toEqual([]);
      if (file === "minimal.json") {
        await screenshot(page, "map-basemap-refused-zh-375");
      }
    },
  );
});
