// Bad input in the production build: every kind of data problem is explained in plain words,
// in English and in Chinese, with the record id and the field; the valid records still show;
// a file that cannot be used shows why, never a blank page.
import { mkdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import type { Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { MAX_DATASET_BYTES } from "../../src/lib/data/limits.ts";
import type { Lang } from "../../src/lib/i18n/lang.ts";
import { seriousViolations } from "../helpers/axe.ts";
import { openPage, screenshot } from "../helpers/browser.ts";
import { englishWords } from "../helpers/english.ts";
import { readFixture } from "../helpers/fixtures.ts";
import { HOST, HOST_DIR, serve, type StaticServer } from "../helpers/server.ts";
import { browserSession } from "../helpers/session.ts";

const session = browserSession();
const LANGS: Lang[] = ["en", "zh"];
const TITLE = { en: "Cooperation Atlas", zh: "国际合作地图" };

const RECORDS = '[data-stat="records"]';

function open(lang: Lang, data: string, app = session.server.app) {
  return openPage(
    session.browser,
    `${app}?lang=${lang}&data=${encodeURIComponent(data)}`,
  );
}

/** Never blank: the masthead is there, and so is the notice, which is returned. */
async function notice(page: Page, lang: Lang, kind: string) {
  const section = page.locator(`[data-problems="${kind}"]`);
  await section.waitFor();
  expect(await page.locator("header h1").textContent()).toBe(TITLE[lang]);
  const text = (await section.textContent()) ?? "";
  expect(text.trim().length).toBeGreaterThan(0);
  // In Chinese, no English sentence: only ids, field paths, addresses and values are Latin.
  if (lang === "zh") expect(englishWords(text)).toEqual([]);
  else expect(englishWords(text).length).toBeGreaterThan(0);
  return { section, text };
}

describe.each<[string, string, string, string]>([
  ["wrong types", "bad/wrong-type.json", "alpha-wrong-type", "title"],
  [
    "unknown country codes",
    "bad/unknown-country.json",
    "alpha-unknown-country",
    "countries[0]",
  ],
  [
    "dangling references",
    "bad/dangling.json",
    "alpha-dangling-source",
    "source",
  ],
  [
    "reversed periods",
    "bad/reversed.json",
    "alpha-reversed-period",
    "time.end",
  ],
  [
    "negative counts",
    "bad/negative.json",
    "alpha-negative-count",
    "people.count.value",
  ],
  [
    "fractional counts",
    "bad/fractional.json",
    "alpha-fractional-count",
    "people.count.value",
  ],
  ["duplicate ids", "bad/duplicate.json", "alpha-pilot", "id"],
])("%s", (_name, file, id, field) => {
  it.each(LANGS)(
    "(%s) the valid records show; the notice names the record id and the field",
    async (lang) => {
      const { page, errors } = await open(lang, `../../fixtures/${file}`);
      await page.locator(RECORDS).waitFor();
      expect(await page.locator(RECORDS).textContent()).toBe("4");
      const { section } = await notice(page, lang, "left-out");
      expect(await section.getAttribute("role")).toBe("status");
      const items = section.locator("[data-problem-path]");
      expect(await items.count()).toBe(1);
      expect(await items.getAttribute("data-problem-path")).toBe(
        `records[4].${field}`,
      );
      const item = (await items.textContent())!;
      expect(item).toContain(id);
      expect(item).toContain(field);
      expect(errors).toEqual([]);
    },
  );
});

describe("files that cannot be used show why", () => {
  const LARGE = "large.json";

  beforeAll(() => {
    // 20 MB: a valid dataset padded with spaces, so only its size is wrong.
    const text = readFixture("minimal.json");
    mkdirSync(HOST_DIR, { recursive: true });
    writeFileSync(
      join(HOST_DIR, LARGE),
      text + " ".repeat(2 * MAX_DATASET_BYTES - Buffer.byteLength(text)),
    );
  });

  it.each(LANGS)("(%s) malformed JSON: the line and column", async (lang) => {
    const { page } = await open(lang, "../../fixtures/broken/syntax.json");
    const { section, text } = await notice(page, lang, "refused");
    expect(await section.getAttribute("role")).toBe("alert");
    expect(text).toContain(
      lang === "zh" ? "第 5 行第 5 列" : "line 5, column 5",
    );
    expect(await page.locator(RECORDS).count()).toBe(0);
  });

  it.each(LANGS)(
    "(%s) a 20 MB file: refused, its size and the limit named",
    async (lang) => {
      const { page } = await open(lang, `../..${HOST}${LARGE}`);
      const { text } = await notice(page, lang, "refused");
      expect(text).toContain(
        lang === "zh"
          ? "文件大小为 20 MB，超过了 10 MB 的上限。"
          : "The file is 20 MB; the limit is 10 MB.",
      );
      expect(await page.locator(RECORDS).count()).toBe(0);
    },
  );

  it.each(LANGS)(
    "(%s) an empty dataset: zero records, and a notice saying so",
    async (lang) => {
      const { page, errors } = await open(lang, "../../fixtures/empty.json");
      await page.locator(RECORDS).waitFor();
      expect(await page.locator(RECORDS).textContent()).toBe("0");
      const { section } = await notice(page, lang, "empty");
      expect(await section.locator("h2").textContent()).toBe(
        lang === "zh" ? "此数据集没有记录" : "This dataset has no records",
      );
      expect(errors).toEqual([]);
    },
  );

  it.each(LANGS)(
    "(%s) a dataset on another site: refused without being requested",
    async (lang) => {
      const other = "http://127.0.0.2:9/data.json";
      const { page, requests } = await open(lang, other);
      const { text } = await notice(page, lang, "refused");
      expect(text).toContain("http://127.0.0.2:9");
      expect(text).toContain(session.server.origin);
      expect(requests.some((url) => url.startsWith("http://127.0.0.2"))).toBe(
        false,
      );
    },
  );
});

describe("the embedded view and the deck say why too", () => {
  it.each<[string, Lang]>([
    ["embed", "zh"],
    ["embed", "en"],
    ["present", "zh"],
    ["present", "en"],
  ])("?%s=1 (%s)", async (mode, lang) => {
    const { page } = await openPage(
      session.browser,
      `${session.server.app}?${mode}=1&lang=${lang}&data=${encodeURIComponent("http://127.0.0.2:9/data.json")}`,
    );
    const alert = page.getByRole("alert");
    await alert.waitFor();
    const text = (await alert.textContent())!;
    expect(text).toContain("http://127.0.0.2:9");
    if (lang === "zh") expect(englishWords(text)).toEqual([]);
    else expect(text).toContain("is on another site");
  });
});

describe("a host that allows another site's datasets", () => {
  let allowing: StaticServer;
  let metaOnly: StaticServer;

  beforeAll(async () => {
    // Another port is another origin: the data stays on the session's server.
    const data = [session.server.origin];
    allowing = await serve({ dataOrigins: data, connectOrigins: data });
    metaOnly = await serve({ dataOrigins: data, connectOrigins: [] });
  });
  afterAll(async () => {
    await allowing?.close();
    await metaOnly?.close();
  });

  it("loads it, under a CSP whose connect-src names that site", async () => {
    const { page, errors, requests } = await open(
      "en",
      `${session.server.origin}/fixtures/minimal.json`,
      allowing.app,
    );
    await page.locator(RECORDS).waitFor();
    expect(await page.locator(RECORDS).textContent()).toBe("4");
    expect(await page.locator("[data-problems]").count()).toBe(0);
    expect(requests).toContain(
      `${session.server.origin}/fixtures/minimal.json`,
    );
    expect(errors).toEqual([]);
  });

  it.each(LANGS)(
    "(%s) without the CSP allowing it too, the browser blocks it and the page says so",
    async (lang) => {
      const { page } = await open(
        lang,
        `${session.server.origin}/fixtures/minimal.json`,
        metaOnly.app,
      );
      const { text } = await notice(page, lang, "refused");
      expect(text).toContain(`${session.server.origin}/fixtures/minimal.json`);
      expect(text).toContain(
        lang === "zh" ? "无法访问" : "could not be reached",
      );
    },
  );

  it("another site it does not allow is still refused", async () => {
    const { page } = await open(
      "en",
      "http://127.0.0.2:9/data.json",
      allowing.app,
    );
    const { text } = await notice(page, "en", "refused");
    expect(text).toContain(
      `Only files from this site (${allowing.origin}) or from ${session.server.origin} can be loaded.`,
    );
  });
});

describe("the problem panel", () => {
  it.each(LANGS)("(%s) at 1280 and 375 px, without overflow", async (lang) => {
    const { page } = await open(lang, "../../fixtures/mixed.json");
    await notice(page, lang, "left-out");
    await screenshot(page, `bad-input-panel-${lang}-1280`, "main");
    await page.setViewportSize({ width: 375, height: 800 });
    await screenshot(page, `bad-input-panel-${lang}-375`, "main");
    const overflow = await page.evaluate(
      () => document.documentElement.scrollWidth - window.innerWidth,
    );
    expect(overflow).toBeLessThanOrEqual(0);
    expect(await seriousViolations(page, "[data-problems]")).toEqual([]);

    const refused = await open(lang, "http://127.0.0.2:9/data.json");
    await notice(refused.page, lang, "refused");
    await refused.page.setViewportSize({ width: 375, height: 800 });
    await screenshot(refused.page, `bad-input-refused-${lang}-375`);
  });
});
