// The timeline on thousands of records: lanes that do not fit count their records in bins; a
// bin opens to its records; choosing an institution and a kind brings the marks back.
import { fireEvent, render, within } from "@testing-library/svelte";
import { tick } from "svelte";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { selectRecords } from "../../../../src/lib/data/aggregate.ts";
import { synthDataset } from "../../../../src/lib/data/synth.ts";
import type { Filters } from "../../../../src/lib/state/filters.svelte.ts";
import TimelineView from "../../../../src/views/timeline/TimelineView.svelte";
import { zh } from "../../../helpers/messages.ts";
import ViewHarness from "../ViewHarness.svelte";

const dataset = synthDataset(1500);

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
    dataset,
    expose: (f: Filters) => (filters = f),
  });
  const timeline = view.container.querySelector<HTMLElement>(
    '[data-view="timeline"]',
  )!;
  return { timeline, filters: () => filters, rerender: view.rerender };
}

describe("TimelineView on thousands of records", { timeout: 30_000 }, () => {
  it("draws a bounded number of marks and bins, and says what a bin is", async () => {
    const { timeline } = setup();
    await tick();
    const marks = timeline.querySelectorAll("svg [data-record]").length;
    const bins = timeline.querySelectorAll("svg [data-bin]").length;
    expect(bins).toBeGreaterThan(0);
    expect(marks + bins).toBeLessThan(dataset.records.length / 3);
    const lanes = timeline.querySelectorAll("[data-lane]");
    expect(lanes.length).toBeLessThan(dataset.institutions.length);
    expect(timeline.querySelector("[data-bins-hint]")).not.toBeNull();
    // Every record is in one mark or bin.
    const counted =
      [...timeline.querySelectorAll("svg [data-bin]")].reduce(
        (n, el) => n + Number(el.getAttribute("data-count")),
        0,
      ) +
      [...timeline.querySelectorAll("svg [data-record]")].reduce(
        (n, el) => n + el.getAttribute("data-record")!.split(" ").length,
        0,
      );
    expect(counted).toBe(dataset.records.length);
  });

  it("Enter on a bin opens its records; one of them opens its card", async () => {
    const { timeline, filters } = setup();
    await tick();
    const bin = timeline.querySelector<SVGElement>("svg [data-bin]")!;
    const count = Number(bin.getAttribute("data-count"));
    expect(bin.getAttribute("aria-label")).toMatch(
      new RegExp(`${count} records?$`),
    );
    bin.focus();
    await fireEvent.keyDown(bin, { key: "Enter" });
    expect(bin).toHaveAttribute("aria-expanded", "true");
    const list = timeline.querySelector<HTMLElement>(
      `[data-bin-list="${bin.getAttribute("data-bin")}"]`,
    )!;
    const buttons = list.querySelectorAll("li button");
    expect(buttons.length).toBe(Math.min(count, 50));
    const first = buttons[0] as HTMLButtonElement;
    await fireEvent.click(first);
    expect(filters().record).toBe(first.getAttribute("data-record"));
    expect(
      timeline.querySelector(`[data-card="${filters().record}"]`),
    ).not.toBeNull();
  });

  it("a bin's filters bring the records back one by one", async () => {
    const { timeline, filters } = setup();
    await tick();
    const bin = [
      ...timeline.querySelectorAll<SVGElement>("svg [data-bin]"),
    ].find((b) => !b.getAttribute("data-bin")!.startsWith("bin:others:"))!;
    await fireEvent.click(bin);
    const list = within(
      timeline.querySelector<HTMLElement>("[data-bin-list]")!,
    );
    await fireEvent.click(
      list.getByRole("button", { name: /^Show only .*P\d+$/ }),
    );
    const lane = filters().inst!;
    expect(bin.getAttribute("data-bin")).toContain(`:${lane}:`);
    await tick();
    await fireEvent.click(
      timeline.querySelector<SVGElement>("svg [data-bin]") ??
        timeline.querySelector<SVGElement>("svg [data-record]")!,
    );
    filters().kinds = ["milestone"];
    await tick();
    const ids = [...timeline.querySelectorAll("svg [data-record]")].flatMap(
      (el) => el.getAttribute("data-record")!.split(" "),
    );
    const expected = dataset.records
      .filter((r) => r.institution === lane && r.kind === "milestone")
      .map((r) => r.id);
    expect(timeline.querySelectorAll("svg [data-bin]")).toHaveLength(0);
    expect(ids.sort()).toEqual(expected.sort());
  });

  it("names each bin in the language shown, also after going back to a layout seen before", async () => {
    const { timeline, filters, rerender } = setup();
    await tick();
    const names = () =>
      [...timeline.querySelectorAll("svg [data-bin]")].map(
        (b) => `${b.getAttribute("data-bin")} ${b.getAttribute("aria-label")}`,
      );
    const english = names();
    expect(english[0]).toMatch(/records?$/);
    filters().inst = dataset.institutions[0]!.id;
    await tick();
    expect(names()).not.toEqual(english);
    filters().inst = null;
    await tick();
    expect(names()).toEqual(english);
    await rerender({ lang: "zh", t: zh });
    const chinese = names();
    expect(chinese).toHaveLength(english.length);
    for (const [i, name] of chinese.entries()) {
      expect(name).not.toBe(english[i]);
      expect(name).toMatch(/[\u4e00-\u9fff]/);
    }
  });

  it("a year range dims the bins that hold none of its records, and only those", async () => {
    const { timeline, filters } = setup();
    await tick();
    const bins = () => [
      ...timeline.querySelectorAll<SVGElement>("svg [data-bin]"),
    ];
    const dimmed = () => timeline.querySelectorAll("svg [data-outside]").length;
    expect(dimmed()).toBe(0);
    const year = 2015;
    filters().from = year;
    filters().to = year;
    await tick();
    const kept = new Set(
      selectRecords(dataset, { ...filters(), match: null }).map((r) => r.id),
    );
    expect(kept.size).toBeGreaterThan(0);
    expect(kept.size).toBeLessThan(dataset.records.length);
    // Each bin small enough to list all its records at once, opened: it is dimmed exactly
    // when none of them is in the year.
    const small = bins().filter((b) => Number(b.dataset.count) <= 50);
    const outside = small.filter((b) => b.hasAttribute("data-outside"));
    expect(outside.length).toBeGreaterThan(0);
    expect(small.length).toBeGreaterThan(outside.length);
    for (const bin of [...outside.slice(0, 3), ...small.slice(0, 3)]) {
      await fireEvent.click(bin);
      const list = timeline.querySelector<HTMLElement>(
        `[data-bin-list="${bin.dataset.bin}"]`,
      )!;
      const ids = [...list.querySelectorAll("li button[data-record]")].map(
        (el) => el.getAttribute("data-record")!,
      );
      expect(ids).toHaveLength(Number(bin.dataset.count));
      expect(bin.hasAttribute("data-outside")).toBe(
        !ids.some((id) => kept.has(id)),
      );
      await fireEvent.click(bin);
    }
    filters().from = null;
    filters().to = null;
    await tick();
    expect(dimmed()).toBe(0);
  });
});
