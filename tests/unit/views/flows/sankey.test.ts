import { describe, expect, it } from "vitest";
import { homeCountries } from "../../../../src/lib/data/aggregate.ts";
import { CATEGORIES } from "../../../../src/lib/data/schema.ts";
import { CATEGORY_ORDER } from "../../../../src/lib/i18n/people.ts";
import {
  chosenFlows,
  flowGraph,
  placeOf,
  type GraphOptions,
} from "../../../../src/views/flows/sankey.ts";
import { bundledDataset } from "../../../helpers/fixtures.ts";
import { atLeast, exact, flow, UNKNOWN } from "../../../helpers/flows.ts";

const home = new Set(["CHN"]);
const options: GraphOptions = {
  home,
  show: "both",
  planned: false,
  institutions: ["alpha", "beta"],
};

describe("placeOf", () => {
  it.each([
    ["one country", flow("a", { countries: ["ZMB"] }), "sent:ZMB", "country"],
    [
      "received from one country",
      flow("a", { direction: "received", countries: ["TWN"] }),
      "recv:TWN",
      "country",
    ],
    [
      "several countries, undivided, one id whatever their order",
      flow("a", { countries: ["USA", "AUS"] }),
      "sent:AUS+USA",
      "countries",
    ],
    [
      "named countries and others",
      flow("a", { countries: ["USA", "GBR"], unnamed: true }),
      "sent:GBR+USA+others",
      "countries",
    ],
    [
      "one country and others is not that country alone",
      flow("a", { countries: ["NPL"], unnamed: true }),
      "sent:NPL+others",
      "countries",
    ],
    ["no country named", flow("a"), "sent:unnamed", "unnamed"],
    [
      "the home country is no place abroad",
      flow("a", { countries: ["CHN"] }),
      "sent:unnamed",
      "unnamed",
    ],
  ])("%s", (_, record, id, kind) => {
    expect(placeOf(record, home)).toMatchObject({ id, kind });
  });

  it("keeps the countries in the source's order for the label", () => {
    expect(
      placeOf(flow("a", { countries: ["USA", "AUS"] }), home).countries,
    ).toEqual(["USA", "AUS"]);
  });
});

describe("category order", () => {
  it("is the schema's, without loading the schema in the browser", () => {
    expect(CATEGORY_ORDER).toEqual([...CATEGORIES]);
  });
});

describe("flowGraph", () => {
  const records = [
    flow("sent-zmb", { countries: ["ZMB"], count: exact(8) }),
    flow("recv-twn", {
      direction: "received",
      category: "visitors",
      countries: ["TWN"],
      count: { qualifier: "unspecified", word: "dozens" },
    }),
    flow("sent-many", {
      category: "doctoral-students",
      countries: ["USA", "AUS", "GBR", "CAN"],
      unnamed: true,
      count: exact(68),
    }),
    flow("recv-none", {
      direction: "received",
      category: "students",
      count: UNKNOWN,
      institution: "beta",
    }),
    flow("target", {
      direction: "received",
      category: "trainees",
      count: { qualifier: "atMost", value: 150 },
      time: { type: "target", until: "2019" },
    }),
  ];

  it("puts received places on the left and sent places on the right of the institutions", () => {
    const g = flowGraph(records, options);
    const column = (id: string) => g.nodes.find((n) => n.id === id)?.column;
    expect(column("recv:TWN")).toBe(0);
    expect(column("cat-recv:visitors")).toBe(1);
    expect(column("inst:alpha")).toBe(2);
    expect(column("cat-sent:teachers")).toBe(3);
    expect(column("sent:ZMB")).toBe(4);
  });

  it("runs each flow through place, category and institution, keyed by its record", () => {
    const g = flowGraph(records, options);
    const of = (record: string) =>
      g.links
        .filter((l) => l.record === record)
        .map((l) => [l.key, l.source, l.target]);
    expect(of("sent-zmb")).toEqual([
      ["sent-zmb:inst", "inst:alpha", "cat-sent:teachers"],
      ["sent-zmb:place", "cat-sent:teachers", "sent:ZMB"],
    ]);
    expect(of("recv-twn")).toEqual([
      ["recv-twn:place", "recv:TWN", "cat-recv:visitors"],
      ["recv-twn:inst", "cat-recv:visitors", "inst:alpha"],
    ]);
  });

  it("sends a flow to several countries to one node with its whole count, never divided", () => {
    const g = flowGraph(records, options);
    const node = g.nodes.find((n) => n.id === "sent:AUS+CAN+GBR+USA+others")!;
    expect(node).toMatchObject({
      kind: "countries",
      unnamed: true,
      records: ["sent-many"],
    });
    const links = g.links.filter((l) => l.target === node.id);
    expect(links.map((l) => l.value)).toEqual([68]);
    expect(
      g.nodes.filter((n) => n.id.startsWith("sent:") && n.id.includes("USA")),
    ).toHaveLength(1);
  });

  it("sends a flow with no country named to the node that says so", () => {
    const g = flowGraph(records, options);
    expect(g.links.find((l) => l.key === "recv-none:place")?.source).toBe(
      "recv:unnamed",
    );
  });

  it.each([
    ["an unknown count", UNKNOWN, 0, true],
    ["a word", { qualifier: "unspecified", word: "some" } as const, 0, true],
    ["a lower bound", atLeast(200), 200, false],
    [
      "a ceiling: its lower bound is nought, but it is a number",
      { qualifier: "atMost", value: 150 } as const,
      0,
      false,
    ],
    ["an exact count", exact(41), 41, false],
  ])("width follows the lower bound: %s", (_, count, value, vague) => {
    const g = flowGraph([flow("f", { count })], options);
    expect(g.links.map((l) => [l.value, l.vague])).toEqual([
      [value, vague],
      [value, vague],
    ]);
  });

  it("leaves planned targets out unless asked, and flags them when shown", () => {
    expect(
      flowGraph(records, options).links.some((l) => l.record === "target"),
    ).toBe(false);
    const shown = flowGraph(records, { ...options, planned: true });
    expect(
      shown.links.filter((l) => l.record === "target").map((l) => l.planned),
    ).toEqual([true, true]);
  });

  it.each([
    ["sent", ["inst:alpha", 0], ["sent:ZMB", 2]],
    ["received", ["recv:TWN", 0], ["inst:alpha", 2]],
  ] as const)(
    "shows one direction alone (%s) in three columns",
    (show, a, b) => {
      const g = flowGraph(records, { ...options, show });
      expect(g.links.every((l) => l.direction === show)).toBe(true);
      const column = (id: string) => g.nodes.find((n) => n.id === id)?.column;
      expect(column(a[0])).toBe(a[1]);
      expect(column(b[0])).toBe(b[1]);
    },
  );

  it("orders each column the same way whatever records are given", () => {
    const ids = (rs: typeof records) =>
      flowGraph(rs, options).nodes.map((n) => n.id);
    const reversed = ids([...records].reverse());
    expect(reversed).toEqual(ids(records));
    expect(reversed.indexOf("inst:alpha")).toBeLessThan(
      reversed.indexOf("inst:beta"),
    );
  });

  it("on the bundled dataset: 68 doctoral students go to one node naming four countries and others", () => {
    const dataset = bundledDataset();
    const g = flowGraph(dataset.records, {
      home: homeCountries(dataset),
      show: "both",
      planned: false,
      institutions: dataset.institutions.map((i) => i.id),
    });
    const node = g.nodes.find(
      (n) =>
        n.records.includes("bjut-doctoral-students-abroad") &&
        n.side === "sent" &&
        n.kind !== "category",
    );
    expect(node).toMatchObject({
      id: "sent:AUS+CAN+GBR+USA+others",
      countries: ["USA", "AUS", "GBR", "CAN"],
    });
    expect(g.links.some((l) => l.record === "bpc-cnmc-training-target")).toBe(
      false,
    );
    expect(
      chosenFlows(dataset.records, { show: "both", planned: true }),
    ).toContainEqual(
      expect.objectContaining({ id: "bpc-cnmc-training-target" }),
    );
  });
});
