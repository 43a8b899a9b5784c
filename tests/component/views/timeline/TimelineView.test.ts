import { fireEvent, render, screen, within } from "@testing-library/svelte";
import { tick } from "svelte";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Filters } from "../../../../src/lib/state/filters.svelte.ts";
import { bundledDataset } from "../../../helpers/fixtures.ts";
import TimelineView from "../../../../src/views/timeline/TimelineView.svelte";
import ViewHarness from "../ViewHarness.svelte";

const dataset = bundledDataset();

// jsdom lays nothing out: the frame reports the width of a laptop screen.
const width = Object.getOwnPropertyDescriptor(
  Element.prototype,
  "clientWidth",
)!;
beforeAll(() => {
  globalThis.ResizeObserver ??= class {
    observe() {}
    unobserve() {}
    disconnect() {}
  } as unknown as typeof ResizeObserver;
  Object.defineProperty(Element.prototype, "clientWidth", {
    configurable: true,
    get: () => 1200,
  });
});
afterAll(() => Object.defineProperty(Element.prototype, "clientWidth", width));

function setup() {
  let filters!: Filters;
  const view = render(ViewHarness, {
    view: TimelineView,
    dataUrl: "http://localhost/atlas/data/cooperation.json",
    dataset,
    expose: (f: Filters) => (filters = f),
  });
  const timeline = view.container.querySelector<HTMLElement>(
    '[data-view="timeline"]',
  )!;
  const mark = (id: string) =>
    timeline.querySelector<SVGElement>(`svg [data-record~="${id}"]`)!;
  return { timeline, mark, filters: () => filters };
}

describe("TimelineView", () => {
  it("draws a mark for every record, one lane per institution", async () => {
    const { timeline } = setup();
    await tick();
    const ids = [...timeline.querySelectorAll("svg [data-record]")].flatMap(
      (el) => el.getAttribute("data-record")!.split(" "),
    );
    expect(ids.sort()).toEqual(dataset.records.map((r) => r.id).sort());
    expect(
      [...timeline.querySelectorAll("[data-lane]")].map((l) =>
        l.getAttribute("data-lane"),
      ),
    ).toEqual(dataset.institutions.map((i) => i.id));
  });

  it("choosing an institution or kinds and going back draws the records each choice keeps", async () => {
    const { timeline, filters } = setup();
    const drawn = async () => {
      await tick();
      return [...timeline.querySelectorAll("svg [data-record]")]
        .flatMap((el) => el.getAttribute("data-record")!.split(" "))
        .sort();
    };
    const ids = (keep: (r: (typeof dataset.records)[number]) => boolean) =>
      dataset.records
        .filter(keep)
        .map((r) => r.id)
        .sort();
    const all = await drawn();
    const inst = dataset.institutions[1]!.id;
    // Each choice twice, the second time from what the view kept (recent.ts).
    for (let round = 0; round < 2; round++) {
      filters().inst = inst;
      expect(await drawn()).toEqual(ids((r) => r.institution === inst));
      filters().kinds = ["event"];
      expect(await drawn()).toEqual(
        ids((r) => r.institution === inst && r.kind === "event"),
      );
      filters().inst = null;
      expect(await drawn()).toEqual(ids((r) => r.kind === "event"));
      filters().kinds = [];
      expect(await drawn()).toEqual(all);
    }
  });

  it("hovering a mark shows its title, kind and time", async () => {
    const { mark } = setup();
    await tick();
    // A pointer coming over a mark (its "pointerover" bubbles to the chart, which handles it).
    await fireEvent.pointerOver(mark("anshun-china-cee-union"));
    expect(screen.getByRole("tooltip")).toHaveTextContent(
      "Joined China-CEE Union of Universities Milestone · alliance entry · May 2018",
    );
    await fireEvent.pointerOut(mark("anshun-china-cee-union"));
    expect(screen.queryByRole("tooltip")).toBeNull();
  });

  it("marks periods, planned targets and cumulative figures by their shape", async () => {
    const { mark } = setup();
    await tick();
    expect(mark("bpc-zambia-teachers").dataset.shape).toBe("period");
    expect(mark("bpc-cnmc-training-target").dataset.shape).toBe("target");
    expect(mark("bpc-key-teachers-sent").dataset.shape).toBe("asOf");
    expect(
      mark("bpc-key-teachers-sent").querySelector(".open-start"),
    ).not.toBeNull();
    expect(mark("bpc-talent-base").dataset.shape).toBe("date");
  });

  it("follows the years filter: marks outside the range are dimmed", async () => {
    const { mark, filters } = setup();
    await tick();
    filters().from = 2016;
    filters().to = 2018;
    await tick();
    expect(mark("bjut-doctoral-students-abroad")).toHaveAttribute(
      "data-outside",
    );
    expect(mark("bpc-going-out-pilot")).not.toHaveAttribute("data-outside");
    expect(mark("binzhou-alliance-founded")).toHaveAttribute("data-outside");
  });

  it("a click opens the milestone's card, shared as the selected record; Close clears it", async () => {
    const { timeline, mark, filters } = setup();
    await tick();
    await fireEvent.click(mark("bpc-talent-base"));
    expect(filters().record).toBe("bpc-talent-base");
    const card = within(
      timeline.querySelector<HTMLElement>('[data-card="bpc-talent-base"]')!,
    );
    expect(card.getByRole("heading", { level: 3 })).toHaveTextContent(
      "Talent Cultivation Base for Belt and Road countries",
    );
    expect(card.getByText(/^2017$/)).toBeInTheDocument();
    expect(card.getByRole("link")).toHaveAttribute(
      "href",
      "http://localhost/atlas/data/sources/000_fee66a178c7b4779.txt",
    );
    await fireEvent.click(card.getByRole("button", { name: "Close" }));
    expect(filters().record).toBeNull();
  });

  it("a shared cumulative mark lists its figures; choosing one opens its card", async () => {
    const { timeline, mark, filters } = setup();
    await tick();
    await fireEvent.click(mark("bpc-key-teachers-sent"));
    const list = timeline.querySelector<HTMLElement>(
      '[data-group="asof:bpc:2018"]',
    )!;
    await fireEvent.click(
      within(list).getByRole("button", {
        name: "160 key teachers sent abroad to study",
      }),
    );
    expect(filters().record).toBe("bpc-key-teachers-sent");
    expect(
      timeline.querySelector('[data-card="bpc-key-teachers-sent"]'),
    ).toHaveTextContent("160 teachers");
  });

  it("arrow keys move between marks with one tab stop; Enter opens, Escape closes", async () => {
    const { timeline, filters } = setup();
    await tick();
    const stops = timeline.querySelectorAll('svg [tabindex="0"]');
    expect(stops).toHaveLength(1);
    const first = stops[0] as SVGElement;
    first.focus();
    await fireEvent.keyDown(first, { key: "ArrowRight" });
    const next = document.activeElement as SVGElement;
    expect(next).not.toBe(first);
    expect(next.getAttribute("tabindex")).toBe("0");
    await fireEvent.keyDown(next, { key: "Enter" });
    expect(next).toHaveAttribute("data-selected");
    await fireEvent.keyDown(next, { key: "Escape" });
    expect(filters().record).toBeNull();
    expect(screen.queryByRole("article")).toBeNull();
  });

  it("the sliders set the shared years, open at the data's ends", async () => {
    const { timeline, filters } = setup();
    await tick();
    const from = within(timeline).getByRole("slider", { name: /^From/ });
    await fireEvent.input(from, { target: { value: "2016" } });
    expect(filters().from).toBe(2016);
    await fireEvent.input(from, { target: { value: "2008" } });
    expect(filters().from).toBeNull();
    const to = within(timeline).getByRole("slider", { name: /^To/ });
    await fireEvent.input(to, { target: { value: "2012" } });
    expect([filters().from, filters().to]).toEqual([null, 2012]);
  });

  it("a country selected elsewhere highlights the records that name it", async () => {
    const { timeline, filters } = setup();
    await tick();
    filters().country = "PAK";
    await tick();
    const ids = [...timeline.querySelectorAll("[data-highlighted]")].map((el) =>
      el.getAttribute("data-record"),
    );
    expect(ids.sort()).toEqual(
      dataset.records
        .filter((r) => r.countries.includes("PAK"))
        .map((r) => r.id)
        .sort(),
    );
  });
});
