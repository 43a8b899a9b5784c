import { describe, expect, it } from "vitest";
import { yearsChart } from "../../../../src/views/flows/years.ts";
import { exact, flow } from "../../../helpers/flows.ts";

const dates = new Map([["alpha-page", "2018-06"]]);
const records = [
  flow("period", {
    time: { type: "period", start: "2016", end: "2017" },
    count: exact(8),
  }),
  flow("dated", { time: { type: "date", date: "2018" } }),
  flow("as-of", {
    direction: "received",
    time: { type: "asOf", date: "2018" },
  }),
  flow("target", {
    direction: "received",
    time: { type: "target", until: "2019" },
  }),
];
const all = new Set(records.map((r) => r.id));
const none = { from: null, to: null };

describe("yearsChart", () => {
  it("spans the years its flows touch, one band a year", () => {
    const chart = yearsChart(records, dates, all, none)!;
    expect([chart.first, chart.last]).toEqual([2016, 2019]);
    expect(chart.years.map((y) => y.year)).toEqual([2016, 2017, 2018, 2019]);
    expect(chart.years.map((y) => y.width)).toEqual([25, 25, 25, 25]);
  });

  it("labels at most four years always and more where there is room; the outer labels lean inwards", () => {
    const long = [
      flow("long", { time: { type: "period", start: "2008", end: "2018" } }),
    ];
    const chart = yearsChart(long, dates, all, none)!;
    const always = chart.years.filter((y) => y.tick === "always");
    expect(always.map((y) => y.year)).toEqual([2008, 2012, 2016]);
    expect(chart.years.filter((y) => y.tick === "wide").length).toBeGreaterThan(
      0,
    );
    expect(chart.years[0]!.anchor).toBe("start");
    expect(chart.years.at(-1)!.anchor).toBe("end");
    expect(chart.years[5]!.anchor).toBe("middle");
  });

  it("draws a period as one span across its years, a date in its year, never split", () => {
    const chart = yearsChart(records, dates, all, none)!;
    const row = (id: string) => chart.rows.find((r) => r.record === id)!;
    expect(chart.rows.filter((r) => r.record === "period")).toHaveLength(1);
    expect(row("period")).toMatchObject({ left: 0, right: 50, open: false });
    expect(row("dated")).toMatchObject({ left: 50, right: 75, point: true });
    expect(row("period").point).toBe(false);
  });

  it("opens a figure “as of” a date at the left edge: its start is not known", () => {
    const row = yearsChart(records, dates, all, none)!.rows.find(
      (r) => r.record === "as-of",
    )!;
    expect(row).toMatchObject({ left: 0, right: 75, open: true, type: "asOf" });
  });

  it("runs a target from its page's date to its end", () => {
    const row = yearsChart(records, dates, all, none)!.rows.find(
      (r) => r.record === "target",
    )!;
    expect(row.left).toBeCloseTo(50 + 25 * (151 / 365), 5);
    expect(row.right).toBe(100);
  });

  it("lists received flows before sent ones, each by time", () => {
    expect(
      yearsChart(records, dates, all, none)!.rows.map((r) => r.record),
    ).toEqual(["as-of", "target", "period", "dated"]);
  });

  it("marks what the filters leave out, and shades the years chosen", () => {
    const chart = yearsChart(records, dates, new Set(["dated"]), {
      from: 2018,
      to: null,
    })!;
    expect(chart.rows.filter((r) => r.kept).map((r) => r.record)).toEqual([
      "dated",
    ]);
    expect(chart.range).toEqual([50, 100]);
    expect(yearsChart(records, dates, all, none)!.range).toBeNull();
  });

  it("gives an open start at least a year of line", () => {
    const chart = yearsChart([records[2]!], dates, all, none)!;
    expect([chart.first, chart.last]).toEqual([2017, 2018]);
  });

  it("has nothing to draw without flows", () => {
    expect(yearsChart([], dates, all, none)).toBeNull();
  });
});
