import { describe, expect, it } from "vitest";
import {
  homeCountries,
  type FlowRecord,
} from "../../../../src/lib/data/aggregate.ts";
import { en } from "../../../helpers/messages.ts";
import { drawPanel } from "../../../../src/views/flows/draw.ts";
import { focusItems, tipAnchor } from "../../../../src/views/flows/focus.ts";
import {
  flowPanels,
  linkTexts,
  panelOptions,
} from "../../../../src/views/flows/panels.ts";
import { chosenFlows, type Show } from "../../../../src/views/flows/sankey.ts";
import { bundledDataset } from "../../../helpers/fixtures.ts";

const dataset = bundledDataset();
const home = homeCountries(dataset);
const flows = dataset.records.filter((r): r is FlowRecord => r.kind === "flow");
const texts = linkTexts(flows, "en", en);
const panels = (show: Show, width: number) =>
  flowPanels(dataset.records, {
    dataset,
    home,
    show,
    planned: false,
    width,
    texts,
    lang: "en",
    t: en,
  });

describe("flowPanels", () => {
  it.each([
    ["both directions in one diagram on a wide screen", "both", 800, ["both"]],
    ["one above the other on a phone", "both", 320, ["received", "sent"]],
    ["one direction alone on a phone", "sent", 320, ["sent"]],
  ] as const)("draws %s", (_, show, width, shows) => {
    expect(panels(show, width).map((p) => p.show)).toEqual(shows);
  });

  it("shortens a long list of countries on a phone, and only there", () => {
    const label = (width: number) =>
      panels("sent", width)[0]!
        .layout.nodes.find((n) => n.id.startsWith("sent:BGR+"))!
        .label.lines.join(" ");
    expect(label(320)).toBe(
      "United States, 8 more and others (list not exhaustive)",
    );
    expect(label(800)).toContain("Singapore");
  });

  it("has no diagram for an institution without flows", () => {
    const bistu = dataset.records.filter((r) => r.institution === "bistu");
    expect(
      flowPanels(bistu, {
        dataset,
        home,
        show: "both",
        planned: false,
        width: 800,
        texts,
        lang: "en",
        t: en,
      }),
    ).toEqual([]);
  });
});

describe("panelOptions and linkTexts", () => {
  it("uses smaller type on the smallest phones", () => {
    expect(panelOptions(1000).fontSize).toBe(12);
    expect(panelOptions(400).fontSize).toBe(11);
    expect(panelOptions(260).fontSize).toBe(10);
  });

  it("labels a planned link as planned, with its qualifier", () => {
    expect(texts.get("bpc-cnmc-training-target")).toBe("planned: up to 150");
    expect(texts.get("bpc-students-sent")).toBe("200+");
    expect(texts.get("anshun-taiwan-visitors")).toBe("dozens");
  });
});

describe("focusItems and tipAnchor", () => {
  const ps = panels("both", 800);
  const all = new Set(
    chosenFlows(dataset.records, { show: "both", planned: false }).map(
      (r) => r.id,
    ),
  );

  it("reaches nodes column by column, then flows; none that the filters emptied", () => {
    const drawn = ps.map((p) => drawPanel(p.layout, all));
    const items = focusItems(ps, drawn, all);
    const kinds = items.map((i) => i.kind);
    expect(kinds.indexOf("link")).toBe(kinds.lastIndexOf("node") + 1);
    expect(
      items
        .filter((i) => i.kind === "link")
        .map((i) => i.id)
        .sort(),
    ).toEqual([...all].sort());
    const some = new Set(["bpc-zambia-teachers"]);
    const fewer = focusItems(
      ps,
      ps.map((p) => drawPanel(p.layout, some)),
      some,
    );
    expect(fewer.map((i) => i.id)).toEqual([
      "inst:bpc",
      "cat-sent:teachers",
      "sent:ZMB",
      "bpc-zambia-teachers",
    ]);
  });

  it("opens a tooltip inside its diagram", () => {
    const drawn = ps.map((p) => drawPanel(p.layout, all));
    for (const item of focusItems(ps, drawn, all)) {
      const at = tipAnchor(item, ps, drawn)!;
      expect(at.left, item.key).toBeGreaterThanOrEqual(0);
      expect(at.left, item.key).toBeLessThanOrEqual(100);
      expect(at.top, item.key).toBeGreaterThanOrEqual(0);
      expect(at.top, item.key).toBeLessThanOrEqual(100);
    }
  });
});
