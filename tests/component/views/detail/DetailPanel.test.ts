import { fireEvent, render, screen, within } from "@testing-library/svelte";
import { tick } from "svelte";
import { describe, expect, it } from "vitest";
import {
  homeCountries,
  recordCountries,
} from "../../../../src/lib/data/aggregate.ts";
import type { Lang } from "../../../../src/lib/i18n/lang.ts";
import type { Filters } from "../../../../src/lib/state/filters.svelte.ts";
import { bundledDataset } from "../../../helpers/fixtures.ts";
import DetailHarness from "./DetailHarness.svelte";

const dataset = bundledDataset();
const home = homeCountries(dataset);
const naming = (code: string) =>
  dataset.records.filter((r) => recordCountries(r, home).includes(code));

/** The map's frame, the panel's frame, and the task after them: the panel has followed. */
const followed = async () => {
  await tick();
  await new Promise((done) =>
    requestAnimationFrame(() => requestAnimationFrame(() => setTimeout(done))),
  );
  await tick();
};

/** The totals as label → value, as the panel's description list gives them. */
function totals(aside: HTMLElement): Record<string, string> {
  return Object.fromEntries(
    [...aside.querySelectorAll(".totals div")].map((row) => [
      row.querySelector("dt")!.textContent!.trim(),
      row.querySelector("dd")!.textContent!.trim(),
    ]),
  );
}

function setup(
  initial: Partial<Filters> = {},
  lang: Lang = "en",
  data = dataset,
) {
  let filters!: Filters;
  const view = render(DetailHarness, {
    dataset: data,
    lang,
    initial,
    expose: (f: Filters) => (filters = f),
  });
  const panel = () =>
    view.container.querySelector<HTMLElement>('[data-panel="detail"]');
  return { view, panel, filters: () => filters };
}

describe("DetailPanel", () => {
  it("names the selected country in a heading that labels the panel", async () => {
    const { panel } = setup({ country: "ZMB" });
    await tick();
    const aside = panel()!;
    expect(aside.tagName).toBe("ASIDE");
    expect(aside).toHaveAccessibleName("Zambia");
    expect(
      within(aside).getByRole("heading", { level: 2, name: "Zambia" }),
    ).toBeInTheDocument();
  });

  it("gives the totals with their wording and every record with its quote and source", async () => {
    const { panel } = setup({ country: "ZMB" });
    await tick();
    const aside = panel()!;
    expect(
      within(aside).getByRole("heading", { name: "People sent and received" }),
    ).toBeInTheDocument();
    expect(totals(aside)).toMatchObject({ Sent: "8", Records: "2" });
    expect(totals(aside)).not.toHaveProperty("Received");
    const records = [...aside.querySelectorAll("[data-record]")];
    expect(records.map((r) => r.getAttribute("data-record")).sort()).toEqual(
      naming("ZMB")
        .map((r) => r.id)
        .sort(),
    );
    for (const r of naming("ZMB")) {
      const item = aside.querySelector(`[data-record="${r.id}"]`)!;
      expect(item.querySelector("blockquote")).toHaveTextContent(r.quote);
      // How the page was read, where the record says.
      if (r.note) {
        expect(item.querySelector("[data-note]")).toHaveTextContent(r.note.en);
      } else expect(item.querySelector("[data-note]")).toBeNull();
      const source = dataset.sources.find((s) => s.id === r.source)!;
      expect(
        within(item as HTMLElement).getByRole("link", { name: source.title }),
      ).toHaveAttribute(
        "href",
        expect.stringContaining(`data/sources/${source.file}`),
      );
    }
    // A list of cards: no card has a Close button of its own.
    expect(
      within(aside).getAllByRole("button", { name: /close/i }),
    ).toHaveLength(1);
  });

  it("lists the partner organisations, with the country of those elsewhere", async () => {
    const { panel } = setup({ country: "ZMB" });
    await tick();
    const orgs = [...panel()!.querySelectorAll("[data-partner-org]")].map(
      (li) => li.textContent!.replace(/\s+/g, " ").trim(),
    );
    expect(orgs[0]).toBe("China-Zambia Vocational College");
    expect(orgs).toContainEqual(
      expect.stringMatching(/^China Nonferrous .* · in China$/),
    );
  });

  it("a shared count is said to be shared, and a number-less sum why it is a lower bound", async () => {
    const { panel } = setup({ country: "TWN" });
    await tick();
    const aside = panel()!;
    expect(aside).toHaveAccessibleName("Taiwan, China");
    expect(aside.querySelector("[data-shared]")).toHaveTextContent(
      /Shared with other countries, not divided: visitors, number not given/,
    );
    expect(totals(aside)).toMatchObject({ Sent: "60+", Received: "unknown" });
    expect(aside).toHaveTextContent(
      "Received: a lower bound: 2 counts are not given as numbers",
    );
  });

  it("Close clears the selected country and the panel goes", async () => {
    const { panel, filters } = setup({ country: "ZMB" });
    await tick();
    await fireEvent.click(
      within(panel()!).getByRole("button", {
        name: "Close the details of Zambia",
      }),
    );
    expect(filters().country).toBeNull();
    await tick();
    expect(panel()).toBeNull();
  });

  it("Escape inside the panel closes it", async () => {
    const { panel, filters } = setup({ country: "ZMB" });
    await tick();
    const quote = panel()!.querySelector("blockquote")!;
    await fireEvent.keyDown(quote, { key: "Escape" });
    expect(filters().country).toBeNull();
  });

  it("focus moves to the heading when it opens, and back where it was when it closes", async () => {
    const { view, panel } = setup();
    const outside =
      view.container.querySelector<HTMLElement>("[data-outside]")!;
    outside.focus();
    await fireEvent.click(outside);
    await tick();
    expect(document.activeElement).toBe(
      within(panel()!).getByRole("heading", { level: 2 }),
    );
    await fireEvent.keyDown(document.activeElement!, { key: "Escape" });
    await tick();
    expect(panel()).toBeNull();
    expect(document.activeElement).toBe(outside);
  });

  it("an institution chosen in a filter's list keeps focus in the list; so does a choice in the page's address", async () => {
    const { view, panel } = setup();
    const select =
      view.container.querySelector<HTMLSelectElement>("[data-inst-select]")!;
    select.focus();
    await fireEvent.change(select, { target: { value: "anshun" } });
    await tick();
    expect(panel()).not.toBeNull();
    expect(document.activeElement).toBe(select);
    view.unmount();
    (document.activeElement as HTMLElement | null)?.blur();
    const again = setup({ country: "ZMB" });
    await tick();
    expect(again.panel()).not.toBeNull();
    expect(document.activeElement).toBe(document.body);
  });

  it("shows the institution when only it is selected; a partner country there selects it", async () => {
    const { panel, filters } = setup({ inst: "anshun" });
    await tick();
    const aside = panel()!;
    expect(aside.dataset.detail).toBe("institution");
    const inst = dataset.institutions.find((i) => i.id === "anshun")!;
    expect(aside).toHaveAccessibleName(inst.name.en);
    expect(aside).toHaveTextContent(`${inst.city.en}, China`);
    const ids = [...aside.querySelectorAll("[data-record]")].map((r) =>
      r.getAttribute("data-record"),
    );
    expect(ids.sort()).toEqual(
      dataset.records
        .filter((r) => r.institution === "anshun")
        .map((r) => r.id)
        .sort(),
    );
    expect(
      within(aside)
        .getByRole("heading", { name: "Milestones" })
        .closest("section")!
        .querySelectorAll("[data-milestone]").length,
    ).toBe(
      dataset.records.filter(
        (r) => r.institution === "anshun" && r.kind === "milestone",
      ).length,
    );
    const taiwan = aside.querySelector<HTMLElement>(
      '[data-select-country="TWN"]',
    )!;
    taiwan.focus();
    await fireEvent.click(taiwan);
    expect(filters().country).toBe("TWN");
    await tick();
    expect(panel()).toHaveAccessibleName("Taiwan, China");
    expect(document.activeElement).toBe(
      within(panel()!).getByRole("heading", { level: 2 }),
    );
  });

  it("a milestone's button brings its card into focus", async () => {
    const { panel } = setup({ inst: "anshun" });
    await tick();
    const item = panel()!.querySelector<HTMLElement>("[data-milestone]")!;
    const id = item.dataset.milestone!;
    await fireEvent.click(within(item).getByRole("button"));
    expect(document.activeElement).toBe(
      panel()!.querySelector(
        `[data-record="${id}"] [data-card] [tabindex="-1"]`,
      ),
    );
    expect(document.activeElement!.tagName).toBe("H4");
  });

  it("Close on an institution clears the institution", async () => {
    const { panel, filters } = setup({ inst: "bpc" });
    await tick();
    await fireEvent.click(
      within(panel()!).getByRole("button", { name: /^Close/ }),
    );
    expect(filters().inst).toBeNull();
  });

  it("renders nothing when neither a country nor an institution is selected", async () => {
    const { view } = setup();
    await tick();
    expect(view.container.querySelector('[data-panel="detail"]')).toBeNull();
    expect(view.container.querySelector("aside")).toBeNull();
  });

  it("follows the filters: records outside the years chosen leave", async () => {
    const { panel } = setup({ country: "ZMB", from: 2019 });
    await tick();
    expect(panel()!.querySelectorAll("[data-record]")).toHaveLength(0);
    expect(panel()).toHaveTextContent("No records for this choice.");
  });

  it("follows a change made elsewhere after the frame that shows it on the map", async () => {
    const { panel, filters } = setup({ country: "ZMB" });
    await tick();
    const shown = panel()!.querySelectorAll("[data-record]").length;
    expect(shown).toBeGreaterThan(0);
    filters().from = 2019;
    await tick();
    expect(panel()!.querySelectorAll("[data-record]")).toHaveLength(shown);
    await followed();
    expect(panel()!.querySelectorAll("[data-record]")).toHaveLength(0);
  });

  it("speaks Chinese, with no English interface text", async () => {
    const { panel } = setup({ country: "ZMB" }, "zh");
    await tick();
    const aside = panel()!;
    expect(aside).toHaveAccessibleName("赞比亚");
    expect(
      within(aside).getByRole("heading", { name: "派出与接待人员" }),
    ).toBeInTheDocument();
    expect(totals(aside)).toMatchObject({ 派出: "8", 记录: "2" });
    expect(
      within(aside).getByRole("button", { name: "关闭赞比亚的详情" }),
    ).toBeInTheDocument();
    // Everything but the verbatim quotes and source titles is in Chinese.
    const clone = aside.cloneNode(true) as HTMLElement;
    clone
      .querySelectorAll("blockquote, figcaption a")
      .forEach((n) => n.remove());
    expect(clone.textContent).not.toMatch(
      /\b(Close|Sent|Received|Records|Source)\b/,
    );
  });

  it("draws twenty record cards at a time, and starts again for a new subject", async () => {
    // Each of BPC's records five times over, as an institution at scale has them.
    const own = dataset.records.filter((r) => r.institution === "bpc");
    const copies = [1, 2, 3, 4].flatMap((n) =>
      own.map((r) => ({ ...r, id: `${r.id}-${n}` })),
    );
    const many = { ...dataset, records: [...dataset.records, ...copies] };
    const total = own.length * 5;
    expect(total).toBeGreaterThan(40);
    const { panel, filters } = setup({ inst: "bpc" }, "en", many);
    await tick();
    const cards = () => panel()!.querySelectorAll("[data-record]").length;
    expect(cards()).toBe(20);
    await fireEvent.click(
      within(panel()!).getByRole("button", { name: "Show 20 more records" }),
    );
    expect(cards()).toBe(40);
    // Twenty more at a time, then what is left.
    while (total - cards() > 20)
      await fireEvent.click(
        within(panel()!).getByRole("button", { name: "Show 20 more records" }),
      );
    await fireEvent.click(
      within(panel()!).getByRole("button", {
        name: `Show ${total - cards()} more records`,
      }),
    );
    expect(cards()).toBe(total);
    expect(panel()!.querySelector("[data-more]")).toBeNull();
    filters().inst = "bjut";
    await followed();
    expect(panel()).toHaveAccessibleName(
      dataset.institutions.find((i) => i.id === "bjut")!.name.en,
    );
    filters().inst = "bpc";
    await followed();
    expect(cards()).toBe(20);
  }, 20_000); // 70 cards in jsdom: seconds on a loaded machine
});
