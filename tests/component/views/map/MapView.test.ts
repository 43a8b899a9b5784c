import { fireEvent, render, screen } from "@testing-library/svelte";
import { tick } from "svelte";
import { describe, expect, it, vi } from "vitest";
import { parseDatasetText } from "../../../../src/lib/data/parse.ts";
import type { Filters } from "../../../../src/lib/state/filters.svelte.ts";
import { readFixture } from "../../../helpers/fixtures.ts";
import { testGeometry } from "../../../helpers/geometry.ts";
import MapHarness from "./MapHarness.svelte";

const dataset = parseDatasetText(readFixture("minimal.json")).dataset!;

function setup(geometry = testGeometry) {
  let filters!: Filters;
  const view = render(MapHarness, {
    dataset,
    geometry,
    expose: (f: Filters) => (filters = f),
  });
  const map = view.container.querySelector('[data-view="map"]')!;
  const partner = (code: string) =>
    map.querySelector<SVGElement>(`[data-partner][data-country="${code}"]`)!;
  return { map, partner, filters: () => filters };
}

describe("MapView", () => {
  it("keeps the DOM contract: data-view, a shape or marker per partner, arcs by direction", () => {
    const { map, partner } = setup();
    const codes = [...map.querySelectorAll("[data-partner]")].map((el) =>
      el.getAttribute("data-country"),
    );
    expect(codes.sort()).toEqual(["FRA", "TWN", "USA", "ZMB"]);
    expect(partner("ZMB").tagName).toBe("use");
    expect(partner("ZMB").getAttribute("href")).toBe("#s-ZMB");
    expect(partner("TWN").tagName).toBe("circle");
    // Arcs in one path per direction and width (strokes.ts), each saying how many it draws.
    const arcs = (direction: string) =>
      [...map.querySelectorAll(`[data-flow="${direction}"]`)].map((el) =>
        Number(el.getAttribute("data-arcs")),
      );
    expect(arcs("sent").reduce((a, b) => a + b)).toBe(2);
    expect(arcs("received").reduce((a, b) => a + b)).toBe(2);
    // Only the flow with no number (the visitors from the USA and France) is dashed, in dashes
    // longer than their gaps.
    const dashed = [...map.querySelectorAll(".arc[stroke-dasharray]")];
    expect(dashed.map((el) => el.getAttribute("data-flow"))).toEqual([
      "received",
    ]);
    const [dash, gap] = dashed[0]!
      .getAttribute("stroke-dasharray")!
      .split(" ")
      .map(Number);
    expect(gap).toBeGreaterThan(0);
    expect(dash).toBeGreaterThan(gap!);
    // One arrowhead per arc, in one path per direction (no SVG markers: see arrows.ts).
    for (const direction of ["sent", "received"])
      expect(
        map
          .querySelector(`[data-arrows="${direction}"]`)
          ?.getAttribute("d")
          ?.match(/z/g),
      ).toHaveLength(2);
    expect(map.querySelector("[marker-end], [marker-start]")).toBeNull();
    expect(map.querySelector("[data-home]")?.getAttribute("href")).toBe(
      "#s-CHN",
    );
    expect(map.querySelector("svg")?.getAttribute("aria-label")).toMatch(
      /^4 partner countries and regions\./,
    );
  });

  it("pointer over a partner shows its tooltip", async () => {
    const { partner } = setup();
    await fireEvent.pointerOver(partner("TWN"));
    const tip = screen.getByRole("tooltip");
    expect(tip).toHaveTextContent("Taiwan, China");
    expect(tip).toHaveTextContent("60+");
    await fireEvent.pointerOut(partner("TWN"));
    expect(screen.queryByRole("tooltip")).not.toBeInTheDocument();
  });

  it("click selects into the shared state; a second click clears it", async () => {
    const { partner, filters } = setup();
    await fireEvent.click(partner("ZMB"));
    expect(filters().country).toBe("ZMB");
    expect(partner("ZMB")).toHaveAttribute("data-selected");
    expect(partner("ZMB")).toHaveAttribute("aria-pressed", "true");
    await fireEvent.click(partner("ZMB"));
    expect(filters().country).toBeNull();
  });

  it("one tab stop; arrows move through partners by name; Enter selects; Escape clears", async () => {
    const { map, partner, filters } = setup();
    const stops = [...map.querySelectorAll('[data-partner][tabindex="0"]')];
    expect(stops.map((el) => el.getAttribute("data-country"))).toEqual(["FRA"]);
    await fireEvent.keyDown(partner("FRA"), { key: "ArrowRight" });
    expect(document.activeElement?.getAttribute("data-country")).toBe("TWN");
    await fireEvent.keyDown(partner("TWN"), { key: "Enter" });
    expect(filters().country).toBe("TWN");
    await fireEvent.keyDown(partner("TWN"), { key: "Escape" });
    expect(filters().country).toBeNull();
    await fireEvent.keyDown(partner("TWN"), { key: "End" });
    expect(document.activeElement?.getAttribute("data-country")).toBe("ZMB");
  });

  it("a measure change recolours; hiding flows removes the arcs", async () => {
    const { map, partner } = setup();
    expect(partner("USA").getAttribute("fill")).not.toBeNull();
    await fireEvent.change(screen.getByLabelText("Colour by"), {
      target: { value: "sent" },
    });
    expect(partner("USA").getAttribute("fill")).toBeNull();
    expect(partner("ZMB").getAttribute("fill")).not.toBeNull();
    await fireEvent.click(screen.getByLabelText("Show flows"));
    expect(map.querySelectorAll("[data-flow], [data-arrows][d]")).toHaveLength(
      0,
    );
  });

  it("draws the partners from the sprite's paths once they are read, focus kept", async () => {
    // The sprite in the page, as the dev server writes it (geometry.sprite unset).
    const sprite = document.createElementNS(
      "http://www.w3.org/2000/svg",
      "svg",
    );
    sprite.innerHTML = `<path id="s-ZMB" d="M40 30h5v5z"/><path id="s-USA" d="M90 10h5v5z"/>`;
    document.body.append(sprite);
    try {
      const { map, partner } = setup();
      const before = partner("ZMB");
      expect(before.tagName).toBe("use");
      before.focus();
      await vi.waitFor(() => expect(partner("ZMB").tagName).toBe("path"));
      expect(partner("ZMB").getAttribute("d")).toBe("M40 30h5v5z");
      expect(partner("USA").getAttribute("d")).toBe("M90 10h5v5z");
      expect(map.querySelectorAll("use[data-country]")).toHaveLength(0);
      // The same partner as before: named, a button, coloured, and focused.
      for (const name of ["role", "aria-label", "fill", "class", "tabindex"])
        expect(partner("ZMB").getAttribute(name)).toBe(
          before.getAttribute(name),
        );
      await vi.waitFor(() =>
        expect(document.activeElement).toBe(partner("ZMB")),
      );
    } finally {
      sprite.remove();
    }
  });

  it("follows the shared filters: institution and years change partners, not shapes or markers", async () => {
    const { map, partner, filters } = setup();
    const href = partner("ZMB").getAttribute("href");
    const taiwan = partner("TWN");
    const size = taiwan.getAttribute("r");
    const codes = () =>
      [...map.querySelectorAll("[data-partner]")].map((el) =>
        el.getAttribute("data-country"),
      );
    filters().inst = "beta";
    await tick();
    expect(codes().sort()).toEqual(["FRA", "TWN", "USA"]);
    filters().inst = null;
    filters().from = 2017;
    filters().to = 2017;
    await tick();
    // Beta's figures are "as of 2018": not shown in 2017.
    expect(codes()).toEqual(["ZMB"]);
    expect(partner("ZMB").getAttribute("href")).toBe(href);
    // Taiwan's marker is left out, not taken away: no longer a partner (hidden by CSS), its
    // size kept.
    expect(taiwan.isConnected).toBe(true);
    expect(taiwan.hasAttribute("data-partner")).toBe(false);
    expect(taiwan.getAttribute("r")).toBe(size);
    filters().to = 2018;
    await tick();
    expect(codes().sort()).toEqual(["FRA", "TWN", "USA", "ZMB"]);
    expect(partner("TWN")).toBe(taiwan);
    expect(taiwan.hasAttribute("data-partner")).toBe(true);
    filters().from = 2019;
    filters().to = null;
    await tick();
    expect(codes()).toEqual([]);
  });

  it("the notes under the map keep their lines as the filters change", async () => {
    const { FRA: _fra, ...anchors } = testGeometry.anchors;
    const { map, filters } = setup({ ...testGeometry, anchors });
    const notes = () =>
      [...map.querySelectorAll(".note")].map((p) => p.textContent!.trim());
    const unplaced = "Not on the map (no position known): France";
    expect(notes()).toEqual(["Every flow is drawn (4).", unplaced]);
    filters().inst = "alpha";
    await tick();
    expect(notes()).toEqual(["Every flow is drawn (1).", unplaced]);
  });
});
