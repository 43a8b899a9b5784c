import { describe, expect, it } from "vitest";
import { drawPanel } from "../../../../src/views/flows/draw.ts";
import { textWidth } from "../../../../src/views/text-width.ts";
import {
  layoutPanel,
  type PanelLayout,
  type PanelOptions,
} from "../../../../src/views/flows/layout.ts";
import { flowGraph, type Show } from "../../../../src/views/flows/sankey.ts";
import { atLeast, exact, flow, UNKNOWN } from "../../../helpers/flows.ts";

const records = [
  flow("teachers", { countries: ["ZMB"], count: exact(100) }),
  flow("students", { category: "students", count: atLeast(200) }),
  flow("unknown", { category: "students", countries: ["NPL"], count: UNKNOWN }),
  flow("visitors", {
    direction: "received",
    category: "visitors",
    countries: ["USA", "FRA", "DEU"],
    unnamed: true,
    count: exact(30),
    institution: "beta",
  }),
  flow("experts", {
    direction: "received",
    category: "experts",
    count: exact(20),
  }),
];
const names = new Map([
  ["sent:ZMB", "Zambia"],
  ["sent:NPL", "Nepal"],
  ["sent:unnamed", "Abroad, countries not named"],
  [
    "recv:DEU+FRA+USA+others",
    "United States, France, Germany and others (list not exhaustive)",
  ],
  ["recv:unnamed", "Abroad, countries not named"],
  ["inst:alpha", "Alpha"],
  ["inst:beta", "Beta University"],
]);
const linkTexts = new Map(records.map((r) => [r.id, "up to 150"]));
const options: PanelOptions = {
  width: 800,
  fontSize: 12,
  lineHeight: 15,
  nodeWidth: 10,
  minLinkWidth: 2,
};

function panel(show: Show = "both", width = 800): PanelLayout {
  const graph = flowGraph(records, {
    home: new Set(["CHN"]),
    show,
    planned: false,
    institutions: ["alpha", "beta"],
  });
  return layoutPanel(graph, names, linkTexts, { ...options, width })!;
}

const all = new Set(records.map((r) => r.id));
const node = (p: PanelLayout, id: string) => p.nodes.find((n) => n.id === id)!;

describe("layoutPanel", () => {
  it("gives d3-sankey copies: the graph it is given is unchanged", () => {
    const graph = flowGraph(records, {
      home: new Set(["CHN"]),
      show: "both",
      planned: false,
      institutions: ["alpha", "beta"],
    });
    const before = structuredClone(graph);
    layoutPanel(graph, names, linkTexts, options);
    expect(graph).toEqual(before);
  });

  it("has nothing to lay out when there are no flows", () => {
    expect(
      layoutPanel(
        { nodes: [], links: [], show: "both" },
        names,
        linkTexts,
        options,
      ),
    ).toBeNull();
  });

  it("puts the columns left to right: received places, categories, institutions, categories, sent places", () => {
    const p = panel();
    const x = (id: string) => node(p, id).x0;
    expect(x("recv:unnamed")).toBeLessThan(x("cat-recv:experts"));
    expect(x("cat-recv:experts")).toBeLessThan(x("inst:alpha"));
    expect(x("inst:alpha")).toBeLessThan(x("cat-sent:teachers"));
    expect(x("cat-sent:teachers")).toBeLessThan(x("sent:ZMB"));
    expect(x("inst:alpha")).toBe(x("inst:beta"));
  });

  it("makes link widths follow the lower bound: 200+ is twice 100", () => {
    const p = panel();
    const width = (key: string) => p.links.find((l) => l.key === key)!.width;
    expect(width("students:place") / width("teachers:place")).toBeCloseTo(2, 5);
  });

  it.each([["both"], ["sent"], ["received"]] as const)(
    "keeps every label inside the panel and apart from the others in its column (%s)",
    (show) => {
      for (const width of [300, 800]) {
        const p = panel(show, width);
        for (const n of p.nodes) {
          const w = Math.max(...n.label.lines.map((l) => textWidth(l, 12)));
          const left =
            n.label.anchor === "end"
              ? n.label.x - w
              : n.label.anchor === "middle"
                ? n.label.x - w / 2
                : n.label.x;
          expect(left, n.id).toBeGreaterThanOrEqual(0);
          expect(left + w, n.id).toBeLessThanOrEqual(width);
          expect(n.label.y, n.id).toBeGreaterThan(0);
        }
        for (const column of new Set(p.nodes.map((n) => n.column))) {
          const ys = p.nodes
            .filter((n) => n.column === column)
            .map((n): [number, number] => [
              n.label.y,
              n.label.y +
                (n.label.lines.length + (n.kind === "institution" ? 0 : 1)) *
                  15,
            ]);
          for (let i = 1; i < ys.length; i++)
            expect(ys[i]![0]).toBeGreaterThanOrEqual(ys[i - 1]![1]);
          expect(Math.max(...ys.map((y) => y[1]))).toBeLessThanOrEqual(
            p.height,
          );
        }
      }
    },
  );

  it("moves each place to where its name fits beside it", () => {
    for (const width of [300, 800]) {
      const p = panel("both", width);
      for (const n of p.nodes.filter(
        (n) =>
          n.id.includes(":") &&
          !n.id.startsWith("cat-") &&
          !n.id.startsWith("inst:"),
      )) {
        const block = (n.label.lines.length + 1) * 15;
        const top = n.label.y - 15 / 2;
        expect(top + block / 2, n.id).toBeCloseTo((n.y0 + n.y1) / 2, 5);
      }
    }
  });

  it("shortens nothing silently: a long name wraps into several lines", () => {
    const p = panel("both", 800);
    const lines = node(p, "recv:DEU+FRA+USA+others").label.lines;
    expect(lines.length).toBeGreaterThan(1);
    expect(lines.join(" ")).toBe(names.get("recv:DEU+FRA+USA+others"));
  });
});

describe("drawPanel", () => {
  it("draws a link with a lower bound as a band as wide as it, and one with none as a line", () => {
    const d = drawPanel(panel(), all);
    const band = d.links.get("teachers:place")!;
    expect(band.ribbon).toBe(true);
    expect(band.d).toMatch(/^M[\d.,]+C.+L.+C.+Z$/);
    const [, a, b] = band.d.match(
      /^M[\d.]+,([\d.]+).*L[\d.]+,[\d.]+C[\d. ,]+ [\d.]+,([\d.]+)Z$/,
    )!;
    expect(Number(b) - Number(a)).toBeCloseTo(band.width, 0);
    const line = d.links.get("unknown:place")!;
    expect(line.ribbon).toBe(false);
    expect(line.d).toMatch(/^M[\d.,]+C[\d., ]+$/);
  });

  it("draws every kept flow, a link with no number thin at the fixed width", () => {
    const d = drawPanel(panel(), all);
    expect([...d.links.values()].every((l) => !l.empty)).toBe(true);
    expect(d.links.get("unknown:place")!.width).toBe(2);
    expect(d.links.get("teachers:place")!.width).toBeGreaterThan(2);
  });

  it("where no flow has a number, nodes are as thin as their links, not as tall as the diagram", () => {
    const vague = [
      flow("a", { count: UNKNOWN, countries: ["USA"] }),
      flow("b", { direction: "received", count: UNKNOWN, countries: ["FRA"] }),
    ];
    const graph = flowGraph(vague, {
      home: new Set(["CHN"]),
      show: "both",
      planned: false,
      institutions: ["alpha"],
    });
    const p = layoutPanel(graph, names, linkTexts, options)!;
    const d = drawPanel(p, new Set(["a", "b"]));
    for (const n of d.nodes.values())
      expect(n.y1 - n.y0).toBeLessThanOrEqual(2 * options.minLinkWidth);
  });

  it("keeps every node in its place when the filters drop flows; an emptied node shrinks to nothing", () => {
    const p = panel();
    const full = drawPanel(p, all);
    const some = drawPanel(p, new Set(["teachers", "visitors"]));
    const middle = (n: { y0: number; y1: number }) => (n.y0 + n.y1) / 2;
    for (const [id, n] of full.nodes)
      expect(middle(some.nodes.get(id)!), id).toBeCloseTo(middle(n), 0);
    expect(some.nodes.get("sent:NPL")).toMatchObject({ empty: true });
    expect(some.nodes.get("sent:NPL")!.y0).toBe(some.nodes.get("sent:NPL")!.y1);
    expect(some.links.get("unknown:place")).toMatchObject({
      empty: true,
      width: 0,
    });
    // The kept link keeps its width: the scale is the whole choice's, so years compare.
    expect(some.links.get("teachers:place")!.width).toBe(
      full.links.get("teachers:place")!.width,
    );
    const students = some.nodes.get("cat-sent:students")!;
    expect(students.empty).toBe(true);
  });

  it("stacks a node's kept links without gaps, centred on its place", () => {
    const p = panel();
    const d = drawPanel(p, all);
    const n = d.nodes.get("cat-sent:students")!;
    const widths = ["students:place", "unknown:place"].map(
      (k) => p.links.find((l) => l.key === k)!.width,
    );
    expect(n.y1 - n.y0).toBeCloseTo(widths[0]! + widths[1]!, 0);
  });

  it("labels each kept flow once, beside its place, none on another", () => {
    const p = panel("both", 1000);
    expect(p.linkLabels).toBe(true);
    const d = drawPanel(p, all);
    expect(d.labels.map((l) => l.record).sort()).toEqual([...all].sort());
    for (const x of new Set(d.labels.map((l) => l.x))) {
      const ys = d.labels
        .filter((l) => l.x === x)
        .map((l) => l.y)
        .sort((a, b) => a - b);
      for (let i = 1; i < ys.length; i++)
        expect(ys[i]! - ys[i - 1]!).toBeGreaterThanOrEqual(15);
    }
    expect(
      drawPanel(p, new Set(["teachers"])).labels.map((l) => l.record),
    ).toEqual(["teachers"]);
  });

  it("leaves link labels out where the gaps are too narrow for them", () => {
    expect(panel("both", 300).linkLabels).toBe(false);
  });
});
