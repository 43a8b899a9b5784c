// The flows view on thousands of records: a bounded diagram whose "other" nodes say what they
// hold, links bundled between nodes, and the years counted per year.
import { fireEvent, render, screen } from "@testing-library/svelte";
import { describe, expect, it } from "vitest";
import { synthDataset } from "../../../../src/lib/data/synth.ts";
import type { Filters } from "../../../../src/lib/state/filters.svelte.ts";
import FlowsView from "../../../../src/views/flows/FlowsView.svelte";
import ViewHarness from "../ViewHarness.svelte";

const dataset = synthDataset(1500);
const flows = dataset.records.filter(
  (r) => r.kind === "flow" && r.time.type !== "target",
);

function setup() {
  let filters!: Filters;
  const result = render(ViewHarness, {
    view: FlowsView,
    dataset,
    expose: (f: Filters) => (filters = f),
  });
  const view = result.container.querySelector<HTMLElement>(
    '[data-view="flows"]',
  )!;
  return { view, filters: () => filters };
}

describe("FlowsView on thousands of records", { timeout: 30_000 }, () => {
  it("draws a bounded number of nodes and links, every flow in one bundle a segment", () => {
    const { view } = setup();
    const nodes = view.querySelectorAll("[data-node]");
    const bundles = [...view.querySelectorAll("[data-flow-bundle]")];
    expect(nodes.length).toBeLessThan(80);
    expect(view.querySelectorAll("[data-flow-link]")).toHaveLength(0);
    expect(bundles.length).toBeLessThan(flows.length);
    // Each flow has two segments, each in one bundle.
    const carried = bundles.reduce(
      (n, b) => n + Number(b.getAttribute("data-records")),
      0,
    );
    expect(carried).toBe(2 * flows.length);
    expect(view.querySelector('[data-node="sent:others"]')).not.toBeNull();
    expect(view.querySelector('[data-node="inst:others"]')).not.toBeNull();
  });

  it("an 'other' node names what it holds in its tooltip", async () => {
    const { view } = setup();
    const others = view.querySelector<SVGElement>('[data-node="sent:others"]')!;
    await fireEvent.pointerOver(others);
    const tip = screen.getByRole("tooltip");
    expect(tip.querySelector("[data-tip-contains]")).toHaveTextContent(
      /^Holds: .+ and \d+ more$/,
    );
    expect(tip.querySelector("[data-tip-more]")).toHaveTextContent(
      /more records$/,
    );
    expect(
      tip.querySelectorAll("[data-tip-record]").length,
    ).toBeLessThanOrEqual(12);
    expect(others.getAttribute("aria-label")).toContain("Holds:");
  });

  it("counts the flows per year, and follows the years chosen", async () => {
    const { view, filters } = setup();
    expect(view.querySelectorAll("[data-year-row]")).toHaveLength(0);
    const bars = view.querySelectorAll("[data-year-bar]");
    expect(bars.length).toBeGreaterThan(5);
    expect(bars.length).toBeLessThan(40);
    filters().from = 2016;
    filters().to = 2017;
    await Promise.resolve();
    await new Promise((r) => setTimeout(r));
    const kept = [...view.querySelectorAll("[data-year-bar][data-kept]")].map(
      (el) => el.getAttribute("data-year-bar"),
    );
    expect(kept).toEqual(["2016", "2017"]);
  });
});
