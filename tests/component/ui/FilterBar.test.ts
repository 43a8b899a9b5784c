import { fireEvent, render, screen, within } from "@testing-library/svelte";
import { describe, expect, it, vi } from "vitest";
import { en } from "../../../src/lib/i18n/en.ts";
import type { Messages } from "../../../src/lib/i18n/messages.ts";
import { zh } from "../../../src/lib/i18n/zh.ts";
import { createFilters } from "../../../src/lib/state/filters.svelte.ts";
import FilterBar from "../../../src/ui/FilterBar.svelte";
import { bundledDataset } from "../../helpers/fixtures.ts";

const dataset = bundledDataset();
const setup = (shown = 46, t: Messages = en, lang: "en" | "zh" = "en") => {
  const filters = createFilters();
  const result = render(FilterBar, {
    dataset,
    filters,
    shown,
    years: [2008, 2024] as [number, number],
    lang,
    t,
  });
  return { filters, ...result };
};

describe("FilterBar", () => {
  it("the institution picker, search and years write the shared filters", async () => {
    const { filters } = setup();
    await fireEvent.change(
      screen.getByRole("combobox", { name: "Institution" }),
      {
        target: { value: "bjut" },
      },
    );
    expect(filters.inst).toBe("bjut");
    await fireEvent.input(screen.getByRole("searchbox", { name: "Search" }), {
      target: { value: "Zambia" },
    });
    expect(filters.q).toBe("Zambia");
    const from = screen.getByRole("spinbutton", { name: "From" });
    const to = screen.getByRole("spinbutton", { name: "To" });
    await fireEvent.change(from, { target: { value: "2016" } });
    await fireEvent.change(to, { target: { value: "2018" } });
    expect([filters.from, filters.to]).toEqual([2016, 2018]);
    // A year outside the data, or before "from", is brought back within bounds.
    expect(to).toHaveAttribute("min", "2016");
    await fireEvent.change(to, { target: { value: "1999" } });
    expect(filters.to).toBe(2016);
    await fireEvent.change(from, { target: { value: "" } });
    expect(filters.from).toBeNull();
  });

  it("more filters open on demand: kinds toggle, people's direction and category", async () => {
    const { filters } = setup();
    const more = screen.getByRole("button", { name: "More filters" });
    expect(more).toHaveAttribute("aria-expanded", "false");
    await fireEvent.click(more);
    const milestones = await screen.findByRole("button", {
      name: "Milestones",
    });
    expect(more).toHaveAttribute("aria-expanded", "true");
    await fireEvent.click(milestones);
    await fireEvent.click(screen.getByRole("button", { name: "Events" }));
    expect(filters.kinds).toEqual(["milestone", "event"]);
    expect(milestones).toHaveAttribute("aria-pressed", "true");
    await fireEvent.click(milestones);
    expect(filters.kinds).toEqual(["event"]);
    await fireEvent.change(screen.getByRole("combobox", { name: "People" }), {
      target: { value: "received" },
    });
    expect(filters.dir).toBe("received");
    // The button counts the rarer filters in force.
    expect(more).toHaveTextContent("More filters · 2");
  });

  it("says how many records are kept, and says so in words when none is", () => {
    setup(12);
    expect(screen.getByRole("status")).toHaveTextContent("12 of 46 records");
  });

  it("an empty result says so", () => {
    setup(0);
    expect(screen.getByRole("status")).toHaveTextContent(
      "No records match these filters.",
    );
  });

  it("clear all restores the full view but keeps how the map is drawn", async () => {
    const { filters } = setup();
    const clear = screen.getByRole("button", { name: "Clear all" });
    expect(clear).toBeDisabled();
    Object.assign(filters, {
      inst: "bpc",
      from: 2016,
      q: "x",
      country: "ZMB",
      kinds: ["flow"],
      measure: "sent",
    });
    await Promise.resolve();
    await fireEvent.click(
      await screen.findByRole("button", { name: "Clear all" }),
    );
    expect(filters).toMatchObject({
      inst: null,
      from: null,
      q: "",
      country: null,
      kinds: [],
      measure: "sent",
    });
  });

  it("copy link puts the page's address on the clipboard", async () => {
    const writeText = vi.fn(() => Promise.resolve());
    Object.defineProperty(navigator, "clipboard", {
      value: { writeText },
      configurable: true,
    });
    setup();
    await fireEvent.click(screen.getByRole("button", { name: "Copy link" }));
    expect(writeText).toHaveBeenCalledWith(location.href);
    expect(await screen.findByText("Link copied")).toBeInTheDocument();
  });

  it("speaks Chinese", () => {
    setup(3, zh, "zh");
    expect(screen.getByRole("combobox", { name: "院校" })).toBeInTheDocument();
    expect(screen.getByRole("status")).toHaveTextContent(
      "共 46 条记录，符合 3 条",
    );
  });
});
