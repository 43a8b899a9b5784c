import { describe, expect, it } from "vitest";
import { sourceDates } from "../../../../src/lib/data/aggregate.ts";
import {
  byPriority,
  spanOf,
  timelineItems,
} from "../../../../src/views/timeline/items.ts";
import { bundledDataset } from "../../../helpers/fixtures.ts";

const dataset = bundledDataset();
const dates = sourceDates(dataset);
const items = timelineItems(dataset.records, (r) => dates.get(r.source)!);
const byKey = new Map(items.map((i) => [i.key, i]));
const iso = (ms: number) => new Date(ms).toISOString().slice(0, 10);

describe("timelineItems", () => {
  it.each([
    ["bpc-going-out-pilot", "date", "2016-01-01", "2017-01-01"],
    ["anshun-china-cee-union", "date", "2018-05-01", "2018-06-01"],
    ["binzhou-alliance-founded", "date", "2024-06-25", "2024-06-26"],
    ["bpc-zambia-teachers", "period", "2017-01-01", "2019-01-01"],
    ["bpc-cnmc-training-target", "target", "2018-01-01", "2020-01-01"],
  ])("%s is a %s mark covering %s up to %s", (id, shape, start, end) => {
    const item = byKey.get(id)!;
    expect(item.shape).toBe(shape);
    expect([iso(item.start), iso(item.end)]).toEqual([start, end]);
  });

  it("cumulative figures of one institution and date share one mark that lists them all", () => {
    const group = byKey.get("asof:bpc:2018")!;
    expect(group.shape).toBe("asOf");
    expect(group.records.map((r) => r.id)).toContain("bpc-key-teachers-sent");
    const asOf = dataset.records.filter(
      (r) => r.institution === "bpc" && r.time.type === "asOf",
    );
    const grouped = items
      .filter((i) => i.lane === "bpc" && i.shape === "asOf")
      .flatMap((i) => i.records);
    expect(grouped).toHaveLength(asOf.length);
    // May 2018 is another date: its own mark.
    expect(byKey.get("asof:bpc:2018-05")!.records.map((r) => r.id)).toEqual([
      "bpc-belt-road-trainees",
    ]);
  });

  it("every record is on exactly one mark", () => {
    const ids = items.flatMap((i) => i.records.map((r) => r.id));
    expect(ids.sort()).toEqual(dataset.records.map((r) => r.id).sort());
  });

  it("a target without its own start runs from its source's date", () => {
    const target = dataset.records.find(
      (r) => r.id === "bpc-cnmc-training-target",
    )!;
    expect(iso(spanOf(target, "2018-06")[0])).toBe("2018-06-01");
  });

  it("milestones claim room before cumulative figures", () => {
    const sorted = [...items].sort(byPriority);
    const first = sorted.findIndex((i) => i.shape === "asOf");
    const milestones = sorted
      .map((item, at) => ({ item, at }))
      .filter(({ item }) => item.kind === "milestone" && item.shape === "date");
    const lastMilestone = Math.max(...milestones.map(({ at }) => at));
    expect(lastMilestone).toBeLessThan(first);
  });
});
