// The production build in headless Chromium, served from a sub-folder.
import { describe, expect, it } from "vitest";
import { openPage, screenshot } from "../helpers/browser.ts";
import { bundledDataset } from "../helpers/fixtures.ts";
import { TAMPERED } from "../helpers/server.ts";
import { browserSession } from "../helpers/session.ts";

const bundled = bundledDataset();

const session = browserSession();

describe("the app on the bundled dataset", () => {
  it("renders the dataset from a sub-folder with no console error and no request off the site", async () => {
    const { page, errors, requests } = await openPage(
      session.browser,
      session.server.app,
    );
    await page.locator('[data-stat="records"]').waitFor();
    expect(await page.locator('[data-stat="records"]').textContent()).toBe(
      String(bundled.records.length),
    );
    expect(await page.locator('select[name="inst"] option').count()).toBe(
      bundled.institutions.length + 1,
    );
    for (const view of ["map", "timeline", "flows", "table"]) {
      expect(await page.locator(`[data-view="${view}"]`).count(), view).toBe(1);
    }
    expect(await page.locator("h1").textContent()).toBe("Cooperation Atlas");
    expect(errors).toEqual([]);
    expect(requests.length).toBeGreaterThan(2);
    expect(
      requests.filter((url) => !url.startsWith(session.server.origin)),
    ).toEqual([]);
    expect(requests).toContain(`${session.server.app}data/cooperation.json`);
    await screenshot(page, "app-en-1280");
    await page.setViewportSize({ width: 375, height: 800 });
    await screenshot(page, "app-en-375");
    const overflow = await page.evaluate(
      () => document.documentElement.scrollWidth - window.innerWidth,
    );
    expect(overflow).toBeLessThanOrEqual(0);
  });

  it("speaks Chinese with ?lang=zh, institution names included", async () => {
    const { page, errors } = await openPage(
      session.browser,
      `${session.server.app}?lang=zh`,
    );
    await page.locator('[data-stat="records"]').waitFor();
    expect(await page.locator("h1").textContent()).toBe("国际合作地图");
    expect(await page.evaluate(() => document.documentElement.lang)).toBe(
      "zh-CN",
    );
    expect(
      await page
        .locator('select[name="inst"] option[value="bpc"]')
        .textContent(),
    ).toBe(bundled.institutions.find((i) => i.id === "bpc")!.shortName.zh);
    expect(errors).toEqual([]);
    await screenshot(page, "app-zh-1280");
    await page.setViewportSize({ width: 375, height: 800 });
    await screenshot(page, "app-zh-375");
  });

  it("follows the browser's language when the address names none", async () => {
    const { page } = await openPage(session.browser, session.server.app, {
      locale: "zh-CN",
    });
    await page.locator('[data-stat="records"]').waitFor();
    expect(await page.locator("h1").textContent()).toBe("国际合作地图");
  });

  it("the language switch keeps the other parameters", async () => {
    const { page } = await openPage(
      session.browser,
      `${session.server.app}?data=../../fixtures/minimal.json`,
    );
    await page.locator('[data-stat="records"]').waitFor();
    await page.getByRole("link", { name: "中文" }).click();
    await page.locator("h1", { hasText: "国际合作地图" }).waitFor();
    expect(new URL(page.url()).searchParams.get("data")).toBe(
      "../../fixtures/minimal.json",
    );
    expect(await page.locator('[data-stat="records"]').textContent()).toBe("4");
  });
});

describe("the bundled dataset is validated once, at build time", () => {
  const validatorChunk = (url: string) =>
    /\/assets\/parse-[\w-]+\.js$/.test(url);

  it("the first view does not download the validator", async () => {
    const { page, requests } = await openPage(
      session.browser,
      session.server.app,
    );
    await page.locator('[data-stat="records"]').waitFor();
    expect(requests.filter(validatorChunk)).toEqual([]);
    // Nor the problems' wording, in either language.
    expect(
      requests.filter((url) =>
        /\/assets\/(problems|ProblemPanel|notices)-[\w-]+\.js$/.test(url),
      ),
    ).toEqual([]);
  });

  it("a dataset file replaced after the build is validated in the browser", async () => {
    const { page, requests } = await openPage(
      session.browser,
      `${session.server.origin}${TAMPERED}`,
    );
    await page.locator('[data-stat="records"]').waitFor();
    expect(requests.filter(validatorChunk)).toHaveLength(1);
    expect(await page.locator('[data-stat="records"]').textContent()).toBe("4");
    // The problems' wording loads only when there are problems, after the records show.
    await page.locator("[data-problem-path]").first().waitFor();
    expect(await page.locator("[data-problem-path]").count()).toBe(5);
  });
});

describe("other datasets with ?data=", () => {
  it("keeps every valid record and lists the invalid ones by id, field and reason", async () => {
    const { page, errors } = await openPage(
      session.browser,
      `${session.server.app}?data=../../fixtures/mixed.json`,
    );
    await page.locator('[data-stat="records"]').waitFor();
    expect(await page.locator('[data-stat="records"]').textContent()).toBe("4");
    // The problems' wording loads only when there are problems.
    await page.locator("[data-problem-path]").first().waitFor();
    const items = await page.locator("[data-problem-path]").allTextContents();
    expect(items).toHaveLength(5);
    expect(items[0]).toBe(
      'records[4] "alpha-bad-count": people.count.value should be a whole number, not 2.5',
    );
    expect(
      await page
        .getByRole("status")
        .filter({ hasText: "5 entries were left out" })
        .count(),
    ).toBe(1);
    expect(errors).toEqual([]);
    await screenshot(page, "app-mixed-1280");
  });

  it("a file that is not valid JSON gets the line and column, and the page stays usable", async () => {
    const { page } = await openPage(
      session.browser,
      `${session.server.app}?data=../../fixtures/broken/syntax.json`,
    );
    const alert = page.getByRole("alert");
    await alert.waitFor();
    expect(await alert.textContent()).toMatch(/line 5, column 5/);
    expect(await page.locator("h1").textContent()).toBe("Cooperation Atlas");
    await screenshot(page, "app-syntax-error-1280");
  });

  it("a missing file says what the server answered", async () => {
    const { page } = await openPage(
      session.browser,
      `${session.server.app}?data=none.json`,
    );
    await page.getByRole("alert").waitFor();
    expect(await page.getByRole("alert").textContent()).toMatch(
      /could not be loaded: the server answered 404/,
    );
  });

  it("a dataset on another site is refused without being requested", async () => {
    const other = "http://127.0.0.2:9/data.json";
    const { page, requests } = await openPage(
      session.browser,
      `${session.server.app}?data=${encodeURIComponent(other)}`,
    );
    await page.getByRole("alert").waitFor();
    expect(await page.getByRole("alert").textContent()).toMatch(
      /is on another site \(http:\/\/127\.0\.0\.2:9\)/,
    );
    expect(requests.some((url) => url.startsWith("http://127.0.0.2"))).toBe(
      false,
    );
  });

  it("an unknown language is ignored with a notice", async () => {
    const { page } = await openPage(
      session.browser,
      `${session.server.app}?lang=fr`,
    );
    await page.locator('[data-stat="records"]').waitFor();
    expect(await page.getByText("lang=fr was ignored").count()).toBe(1);
  });
});
