// The Sankey and the years chart at scale: what has room, what goes together, and that
// nothing is lost or counted twice on the way.
import { describe, expect, it } from "vitest";
import {
  homeCountries,
  sourceDates,
} from "../../../../src/lib/data/aggregate.ts";
import { synthDataset } from "../../../../src/lib/data/synth.ts";
import {
  columnRoom,
  flowLimits,
  yearRowsFit,
} from "../../../../src/views/flows/limits.ts";
import { limitsOf } from "../../../../src/views/flows/panels.ts";
import {
  chosenFlows,
  flowGraph,
  OTHER_INSTITUTIONS,
} from "../../../../src/views/flows/sankey.ts";
import { yearBars } from "../../../../src/views/flows/years.ts";
import { flow, UNKNOWN } from "../../../helpers/flows.ts";

const space = { height: 800, lineHeight: 15 };

describe("flowLimits", () => {
  it("leaves a small diagram as it is", () => {
    expect(
      flowLimits({ places: 10, institutions: 5, flows: 16 }, space),
    ).toEqual({
      places: columnRoom(space),
      institutions: columnRoom(space),
      bundle: false,
    });
  });

  it("bundles the links when the flows outnumber the lines beside the places", () => {
    expect(
      flowLimits({ places: 10, institutions: 5, flows: 60 }, space).bundle,
    ).toBe(true);
  });

  it("depends on the room, not on a number of records: a taller diagram holds more", () => {
    const counts = { places: 20, institutions: 5, flows: 40 };
    expect(flowLimits(counts, space).bundle).toBe(true);
    expect(flowLimits(counts, { ...space, height: 1200 }).bundle).toBe(false);
  });
});

describe("yearRowsFit", () => {
  it("gives a row a flow while they fit the height, and never fewer than twelve", () => {
    expect(yearRowsFit(12, 100)).toBe(true);
    expect(yearRowsFit(23, 800)).toBe(true);
    expect(yearRowsFit(24, 800)).toBe(false);
  });
});

describe("flowGraph with limits", () => {
  const dataset = synthDataset(4000);
  const home = homeCountries(dataset);
  const institutions = dataset.institutions.map((i) => i.id);
  const o = { home, show: "both" as const, planned: false };
  const limits = limitsOf(dataset.records, {
    ...o,
    height: 800,
    lineHeight: 15,
  });
  const graph = flowGraph(dataset.records, { ...o, institutions, limits });
  const flows = chosenFlows(dataset.records, o);

  it("keeps each column within its room", () => {
    const columns = new Map<number, number>();
    for (const n of graph.nodes)
      columns.set(n.column, (columns.get(n.column) ?? 0) + 1);
    for (const count of columns.values())
      expect(count).toBeLessThanOrEqual(limits.places);
    expect(graph.bundled).toBe(true);
    expect(graph.links.length).toBeLessThan(flows.length);
  });

  it("puts the places past the room into one node a side that holds their countries", () => {
    const others = graph.nodes.filter((n) => n.kind === "others");
    expect(others.map((n) => n.id).sort()).toEqual([
      "recv:others",
      "sent:others",
    ]);
    for (const n of others) {
      expect(n.countries.length).toBeGreaterThan(0);
      // No country both in "other" and in a node of its own on the same side.
      const own = graph.nodes.filter(
        (m) => m.side === n.side && m.kind === "country",
      );
      for (const m of own) expect(n.countries).not.toContain(m.countries[0]);
    }
    expect(
      graph.nodes.find((n) => n.id === OTHER_INSTITUTIONS)?.members!.length,
    ).toBeGreaterThan(0);
  });

  it("carries every flow once in each segment: the bundles' records add up to the flows", () => {
    for (const segment of ["place", "inst"] as const) {
      const records = graph.links
        .filter((l) => l.segment === segment)
        .flatMap((l) => l.parts.map((p) => p.record));
      expect(records.sort()).toEqual(flows.map((r) => r.id).sort());
    }
    for (const l of graph.links)
      expect(l.value).toBe(l.parts.reduce((a, p) => a + p.value, 0));
  });

  it("never puts 'countries not named' with named ones", () => {
    const unnamed = flow("u", { countries: [], count: UNKNOWN });
    const g = flowGraph([unnamed, ...flows], {
      ...o,
      institutions: [...institutions, "alpha"],
      limits,
    });
    expect(g.nodes.find((n) => n.id === "sent:unnamed")?.records).toEqual([
      "u",
    ]);
  });
});

describe("yearBars", () => {
  const dates = new Map([["alpha-page", "2018"]]);
  const records = [
    flow("a", { time: { type: "date", date: "2016" } }),
    flow("b", {
      direction: "received",
      time: { type: "period", start: "2015", end: "2017" },
    }),
    flow("c", { time: { type: "asOf", date: "2017" } }),
  ];

  it("counts a flow, whole, in each year the years filter would keep it for", () => {
    const chart = yearBars(records, dates, new Set(["a", "b", "c"]), {
      from: null,
      to: null,
    })!;
    expect(chart.bars.map((b) => [b.year, b.received, b.sent])).toEqual([
      [2015, 1, 0],
      [2016, 1, 1],
      [2017, 1, 1],
    ]);
    expect(chart.most).toBe(1);
  });

  it("counts as kept only what the filters keep, in the years chosen", () => {
    const chart = yearBars(records, dates, new Set(["b"]), {
      from: 2016,
      to: 2016,
    })!;
    expect(
      chart.bars.map((b) => [b.year, b.chosen, b.keptReceived, b.keptSent]),
    ).toEqual([
      [2015, false, 0, 0],
      [2016, true, 1, 0],
      [2017, false, 0, 0],
    ]);
  });
});
