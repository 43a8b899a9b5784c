import { geoEqualEarth } from "d3-geo";
import { describe, expect, it } from "vitest";
import { arcTip, arrowHeads } from "../../../../src/views/map/arrows.ts";
import { arcPath } from "../../../../src/views/map/projection.ts";

/** The corners of each triangle in a heads path ("M tip l corner other-corner z"). */
const triangles = (d: string): [number, number][][] =>
  d
    .split("z")
    .filter(Boolean)
    .map((t) => {
      const [x, y, dx1, dy1, dx2, dy2] = t.match(/-?[\d.]+/g)!.map(Number);
      const round = (v: number) => Math.round(v * 10) / 10;
      return [
        [x!, y!],
        [round(x! + dx1!), round(y! + dy1!)],
        [round(x! + dx1! + dx2!), round(y! + dy1! + dy2!)],
      ];
    });

describe("arcTip", () => {
  it("at the end points onward; at the start points back out", () => {
    expect(arcTip("M0 0l10 0 10 0", "end")).toEqual({
      x: 20,
      y: 0,
      ux: 1,
      uy: 0,
    });
    expect(arcTip("M0 0l10 0 10 0", "start")).toEqual({
      x: 0,
      y: 0,
      ux: -1,
      uy: 0,
    });
  });

  it("takes the direction from a few pixels back, not from a last whole-pixel step", () => {
    // The last step (1, 0) alone would point along x; the arc comes in at 45°.
    const tip = arcTip("M0 0l10 10 10 10 1 0", "end")!;
    expect(tip.x).toBe(21);
    expect(tip.y).toBe(20);
    expect(tip.uy).toBeGreaterThan(0.6);
    expect(Math.hypot(tip.ux, tip.uy)).toBeCloseTo(1, 10);
  });

  it("an arc split at the map's edge: its end is in the last part, its start in the first", () => {
    const d = "M0 0l5 0M100 0l10 0";
    expect(arcTip(d, "end")).toMatchObject({ x: 110, y: 0, ux: 1 });
    expect(arcTip(d, "start")).toMatchObject({ x: 0, y: 0, ux: -1 });
  });

  it("a path with no length, or not in arcPath's form, has no tip", () => {
    expect(arcTip("M5 5", "end")).toBeNull();
    expect(arcTip("M5 5l0 0", "end")).toBeNull();
    expect(arcTip("M1 USA", "start")).toBeNull();
  });

  it("the tip of a projected great-circle arc is its last point, coming from the first", () => {
    const projection = geoEqualEarth().rotate([-150, 0]);
    // Beijing to Lusaka: south-west on the map.
    const d = arcPath(projection, [116.4, 39.9], [28.3, -15.4], 960);
    const [x, y] = projection([28.3, -15.4])!;
    const tip = arcTip(d, "end")!;
    expect(Math.hypot(tip.x - x, tip.y - y)).toBeLessThanOrEqual(0.75);
    expect(tip.ux).toBeLessThan(0);
    expect(tip.uy).toBeGreaterThan(0);
  });
});

describe("arrowHeads", () => {
  const arcs = [
    { d: "M0 0l10 0 10 0", direction: "sent" as const },
    { d: "M0 50l0 10 0 10", direction: "received" as const },
    { d: "M1 USA", direction: "sent" as const },
  ];

  it("one path per direction: a sent head at the arc's end, a received head at its start", () => {
    const heads = arrowHeads(arcs, 1);
    const [sent] = triangles(heads.sent);
    const [received] = triangles(heads.received);
    expect(triangles(heads.sent)).toHaveLength(1);
    expect(sent![0]).toEqual([20, 0]);
    expect(sent![1]![0]).toBe(11);
    expect(Math.abs(sent![1]![1] - sent![2]![1])).toBe(8);
    expect(received![0]).toEqual([0, 50]);
    // Pointing back up, out of the arc's start.
    expect(received![1]![1]).toBe(59);
  });

  it("the heads' size follows the scale (map units to a pixel), the tip stays put", () => {
    const [small] = triangles(arrowHeads(arcs, 0.5).sent);
    const [large] = triangles(arrowHeads(arcs, 2).sent);
    expect(small![0]).toEqual([20, 0]);
    expect(large![0]).toEqual([20, 0]);
    expect(20 - small![1]![0]).toBe(4.5);
    expect(20 - large![1]![0]).toBe(18);
  });

  it("the same arcs at the same scale give the heads worked out before", () => {
    const heads = arrowHeads(arcs, 1.5);
    expect(arrowHeads(arcs, 1.5)).toBe(heads);
    expect(arrowHeads(arcs, 3)).not.toEqual(heads);
    expect(arrowHeads([...arcs], 1.5)).toEqual(heads);
  });

  it("no arcs, no heads", () => {
    expect(arrowHeads([], 1)).toEqual({ sent: "", received: "" });
  });
});
