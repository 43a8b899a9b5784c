import { fireEvent, render, screen } from "@testing-library/svelte";
import { tick } from "svelte";
import { describe, expect, it } from "vitest";
import type { Filters } from "../../../../src/lib/state/filters.svelte.ts";
import { bundledDataset } from "../../../helpers/fixtures.ts";
import FlowsView from "../../../../src/views/flows/FlowsView.svelte";
import ViewHarness from "../ViewHarness.svelte";

const dataset = bundledDataset();
const flows = dataset.records.filter((r) => r.kind === "flow");
const achieved = flows.filter((r) => r.time.type !== "target");
const MANY = "sent:AUS+CAN+GBR+USA+others";

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
  const node = (id: string) =>
    view.querySelector<SVGElement>(`[data-node="${id}"]`);
  const link = (id: string) =>
    view.querySelector<SVGElement>(`[data-flow-link="${id}"]`);
  const ids = (attr: string) =>
    [...view.querySelectorAll(`[${attr}]`)].map((el) => el.getAttribute(attr)!);
  return { view, node, link, ids, filters: () => filters };
}

describe("FlowsView", () => {
  it("keeps the DOM contract: a node per place, category and institution, a link per achieved flow", () => {
    const { ids, node } = setup();
    expect(ids("data-flow-link").sort()).toEqual(
      achieved.map((r) => r.id).sort(),
    );
    for (const id of [
      "inst:bpc",
      "inst:bjut",
      "inst:anshun",
      "sent:ZMB",
      "recv:TWN",
      "sent:TWN",
      "cat-sent:teachers",
      "sent:unnamed",
      "recv:unnamed",
    ])
      expect(node(id), id).not.toBeNull();
  });

  it("gives the totals with the counts' arithmetic: lower bounds read 896+ and 101+", () => {
    const { view } = setup();
    expect(view.querySelector('[data-total="sent"] dd')).toHaveTextContent(
      "896+",
    );
    expect(view.querySelector('[data-total="received"] dd')).toHaveTextContent(
      "101+",
    );
  });

  it("sends the 68 doctoral students to one node naming all four countries, not exhaustive", () => {
    const { node, view } = setup();
    const many = node(MANY)!;
    expect(many).not.toBeNull();
    expect(many.getAttribute("aria-label")).toContain(
      "United States, Australia, United Kingdom, Canada and others (list not exhaustive)",
    );
    expect(many.getAttribute("aria-label")).toContain("68");
    // Never divided: no node of its own for any of the four.
    for (const code of ["USA", "AUS", "GBR", "CAN"])
      expect(view.querySelector(`[data-node="sent:${code}"]`)).toBeNull();
  });

  it("draws flows with no number as dashed links labelled so", () => {
    const { link, view } = setup();
    for (const id of [
      "bpc-foreign-students",
      "anshun-taiwan-visitors",
      "anshun-confucius-nepal",
    ])
      expect(link(id), id).toHaveAttribute("data-vague");
    expect(link("bpc-zambia-teachers")).not.toHaveAttribute("data-vague");
    const labels = [...view.querySelectorAll(".link-label")].map((el) => [
      el.getAttribute("data-label-for"),
      el.textContent,
    ]);
    expect(labels).toContainEqual(["anshun-taiwan-visitors", "dozens"]);
    expect(labels).toContainEqual(["bpc-foreign-students", "unknown"]);
    expect(labels).toContainEqual(["bpc-students-sent", "200+"]);
  });

  it("leaves planned targets out until the toggle shows them, marked as planned", async () => {
    const { link, view } = setup();
    expect(link("bpc-cnmc-training-target")).toBeNull();
    await fireEvent.click(screen.getByLabelText("Show planned targets"));
    expect(link("bpc-cnmc-training-target")).toHaveAttribute("data-planned");
    expect(view.querySelector('[data-total="received"] dd')).toHaveTextContent(
      "101+; planned: up to 150",
    );
  });

  it("shows one direction alone", async () => {
    const { ids } = setup();
    await fireEvent.click(screen.getByLabelText("Sent"));
    expect(ids("data-node").some((id) => id.startsWith("recv:"))).toBe(false);
    expect(ids("data-node")).toContain("sent:ZMB");
  });

  it("keeps every node when the years drop flows: emptied nodes stay, at no size", async () => {
    const { ids, node, filters } = setup();
    const before = ids("data-node");
    filters().from = 2008;
    filters().to = 2012;
    await tick();
    expect(ids("data-node")).toEqual(before);
    expect(node("sent:ZMB")).toHaveAttribute("data-empty");
    expect(node("sent:ZMB")!.getAttribute("height")).toBe("0");
    expect(node(MANY)).not.toHaveAttribute("data-empty");
  });

  it("says so when the institution chosen has no flows, and draws no empty diagram", async () => {
    const { view, ids, filters } = setup();
    filters().inst = "bistu";
    await tick();
    expect(ids("data-node")).toEqual([]);
    expect(view.querySelector('[role="status"]')).toHaveTextContent(
      "No people sent or received are recorded for this choice.",
    );
    expect(view.querySelector('[data-total="sent"] dd')).toHaveTextContent("–");
  });

  it("follows the institution chosen: its flows only, its totals", async () => {
    const { ids, view, filters } = setup();
    filters().inst = "bpc";
    await tick();
    expect(ids("data-node").filter((id) => id.startsWith("inst:"))).toEqual([
      "inst:bpc",
    ]);
    expect(view.querySelector('[data-total="sent"] dd')).toHaveTextContent(
      "368+",
    );
  });

  it("clicking a country node selects it everywhere; a second click clears it", async () => {
    const { node, filters } = setup();
    await fireEvent.click(node("sent:ZMB")!);
    expect(filters().country).toBe("ZMB");
    expect(node("sent:ZMB")).toHaveAttribute("data-selected");
    await fireEvent.click(node("sent:ZMB")!);
    expect(filters().country).toBeNull();
  });

  it("highlights the links of the country selected elsewhere, shared ones included", async () => {
    const { view, filters } = setup();
    filters().country = "USA";
    await tick();
    const flagged = (attr: string) =>
      [...view.querySelectorAll(`[${attr}][data-highlighted]`)]
        .map((el) => el.getAttribute(attr))
        .sort();
    expect(flagged("data-flow-link")).toEqual([
      "anshun-teachers-abroad",
      "anshun-visitors-received",
      "bjut-doctoral-students-abroad",
    ]);
    expect(flagged("data-node")).toEqual([
      "recv:DEU+FRA+JPN+KOR+NZL+TWN+USA+others",
      "sent:AUS+CAN+GBR+USA+others",
      "sent:BGR+DEU+GBR+HRV+NPL+ROU+RUS+SGP+USA+others",
    ]);
    expect(view).toHaveAttribute("data-has-country");
  });

  it("hover on a link shows its record: category, count with qualifier, time and quote", async () => {
    const { link } = setup();
    await fireEvent.pointerOver(link("bpc-students-sent")!);
    const tip = screen.getByRole("tooltip");
    expect(tip).toHaveAttribute("data-tip-for", "bpc-students-sent");
    expect(tip).toHaveTextContent("students");
    expect(tip).toHaveTextContent("200+");
    expect(tip).toHaveTextContent("as of 2018");
    expect(tip).toHaveTextContent(
      "a total of 160 key teachers and more than 200 students",
    );
    await fireEvent.pointerOut(link("bpc-students-sent")!);
    expect(screen.queryByRole("tooltip")).toBeNull();
  });

  it("one tab stop; arrows move through nodes and links; Enter selects a country; Escape clears", async () => {
    const { view, node, filters } = setup();
    const stops = view.querySelectorAll('[tabindex="0"]');
    expect(stops).toHaveLength(1);
    const first = stops[0] as SVGElement;
    await fireEvent.keyDown(first, { key: "ArrowDown" });
    expect(document.activeElement).not.toBe(first);
    expect(document.activeElement?.getAttribute("tabindex")).toBe("0");
    await fireEvent.keyDown(document.activeElement!, { key: "End" });
    expect(document.activeElement?.hasAttribute("data-flow-link")).toBe(true);
    node("sent:ZMB")!.focus();
    await fireEvent.keyDown(node("sent:ZMB")!, { key: "Enter" });
    expect(filters().country).toBe("ZMB");
    await fireEvent.keyDown(node("sent:ZMB")!, { key: "Escape" });
    expect(filters().country).toBeNull();
  });
});
