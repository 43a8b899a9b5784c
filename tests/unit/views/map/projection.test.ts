import { readFileSync } from "node:fs";
import { join } from "node:path";
import { geoInterpolate, geoPath } from "d3-geo";
import type { Feature, FeatureCollection } from "geojson";
import { feature } from "topojson-client";
import type { GeometryCollection, Topology } from "topojson-specification";
import { describe, expect, it } from "vitest";
import {
  arcPath,
  fitProjection,
  makeProjection,
  projectPoint,
  relativePath,
} from "../../../../src/views/map/projection.ts";
import { ROOT } from "../../../helpers/fixtures.ts";

const world = JSON.parse(
  readFileSync(
    join(ROOT, "node_modules/world-atlas/countries-110m.json"),
    "utf8",
  ),
) as Topology;
const countries = feature(
  world,
  world.objects["countries"] as GeometryCollection,
) as FeatureCollection;
const withoutAntarctica: FeatureCollection = {
  type: "FeatureCollection",
  features: countries.features.filter((f) => f.id !== "010"),
};
const byId = (id: string) =>
  countries.features.find((f) => f.id === id) as Feature;

const { spec, height } = fitProjection(150, countries);
const projection = makeProjection(spec);

type Pt = [number, number];

/** How far a point is from a polyline. */
function distanceToLine([x, y]: Pt, points: Pt[]): number {
  let best = Infinity;
  for (let i = 1; i < points.length; i++) {
    const [ax, ay] = points[i - 1]!;
    const [bx, by] = points[i]!;
    const l2 = (bx - ax) ** 2 + (by - ay) ** 2;
    const t = l2
      ? Math.max(
          0,
          Math.min(1, ((x - ax) * (bx - ax) + (y - ay) * (by - ay)) / l2),
        )
      : 0;
    best = Math.min(
      best,
      Math.hypot(x - ax - t * (bx - ax), y - ay - t * (by - ay)),
    );
  }
  return best;
}

/** Subpaths of an "M…L…Z" or "m…l…z" path, as absolute points. */
function parsePath(d: string): { points: Pt[]; closed: boolean }[] {
  const subs: { points: Pt[]; closed: boolean }[] = [];
  let at: Pt = [0, 0];
  let start: Pt = [0, 0];
  for (const [, command, args] of d.matchAll(/([MLZmlz])([^MLZmlz]*)/g)) {
    const n = (args ?? "").match(/-?\d+(?:\.\d+)?/g)?.map(Number) ?? [];
    if (command === "Z" || command === "z") {
      const last = subs[subs.length - 1];
      if (last) last.closed = true;
      at = start;
      continue;
    }
    const relative = command === "m" || command === "l";
    for (let i = 0; i < n.length; i += 2) {
      const x = n[i] as number;
      const y = n[i + 1] as number;
      at = relative ? [at[0] + x, at[1] + y] : [x, y];
      if (i === 0 && (command === "M" || command === "m")) {
        start = at;
        subs.push({ points: [at], closed: false });
      } else {
        subs[subs.length - 1]?.points.push(at);
      }
    }
  }
  return subs;
}

const segments = (d: string) =>
  parsePath(d).flatMap(({ points }) =>
    points.slice(1).map((p, i) => [points[i] as Pt, p] as const),
  );

describe("fitProjection", () => {
  it("fits the countries without Antarctica to 960 px", () => {
    const [[x0, y0], [x1, y1]] = geoPath(projection).bounds(withoutAntarctica);
    expect(x0).toBeCloseTo(0, 1);
    expect(x1).toBeCloseTo(960, 1);
    expect(y0).toBeCloseTo(0, 1);
    expect(height).toBe(Math.ceil(y1 - y0));
    // Equal Earth is about 2.05 times as wide as high; without Antarctica a little less high.
    expect(height).toBeGreaterThan(400);
    expect(height).toBeLessThan(470);
  });

  it("leaves Antarctica out of the fit: it would lie below the frame", () => {
    const [, [, bottom]] = geoPath(projection).bounds(byId("010"));
    expect(bottom).toBeGreaterThan(height + 20);
  });

  it("makeProjection rebuilds the fitted projection from its spec", () => {
    expect(spec.centre).toBe(150);
    expect(makeProjection(spec).rotate()).toEqual([-150, 0, 0]);
    const again = makeProjection(
      JSON.parse(JSON.stringify(spec)) as typeof spec,
    );
    expect(again([12.5, 41.9])).toEqual(projection([12.5, 41.9]));
  });

  it("centre 150 puts 150° E in the middle and cuts the map at 30° W", () => {
    const [x150] = projectPoint(projection, [150, 0]);
    expect(Math.abs(x150 - 480)).toBeLessThan(20);
    const [east] = projectPoint(projection, [-29.9, 0]);
    const [greenwich] = projectPoint(projection, [0, 0]);
    const [west] = projectPoint(projection, [-30.1, 0]);
    expect(east).toBeLessThan(greenwich);
    expect(greenwich).toBeLessThan(x150);
    expect(x150).toBeLessThan(west);
    expect(west - east).toBeGreaterThan(900);
  });

  it("another centre moves the middle", () => {
    const fitted = fitProjection(0, countries);
    const [x0] = projectPoint(makeProjection(fitted.spec), [0, 0]);
    expect(Math.abs(x0 - 480)).toBeLessThan(20);
  });

  it("projectPoint rounds to 0.1 px", () => {
    const [x, y] = projectPoint(projection, [116.4, 39.9]);
    expect(Math.round(x * 10) / 10).toBe(x);
    expect(Math.round(y * 10) / 10).toBe(y);
    expect(x).not.toBe(Math.round(x));
  });
});

describe("arcPath", () => {
  const beijing: Pt = [116.4, 39.9];
  const lusaka: Pt = [28.3, -15.4];

  it("Beijing to Zambia is one subpath inside the frame", () => {
    const d = arcPath(projection, beijing, lusaka, 960);
    expect(d.match(/M/g)).toHaveLength(1);
    const [sub] = parsePath(d);
    // Simplified: fewer points than samples, yet the great circle never more than about a
    // pixel from the line (whole pixels, then half a pixel of simplification).
    expect(sub!.points.length).toBeLessThan(20);
    const circle = geoInterpolate(beijing, lusaka);
    for (let i = 0; i <= 100; i++) {
      const p = projection(circle(i / 100))!;
      expect(distanceToLine(p as Pt, sub!.points)).toBeLessThanOrEqual(1.25);
    }
    for (const [x, y] of sub?.points ?? []) {
      expect(x).toBeGreaterThanOrEqual(0);
      expect(x).toBeLessThanOrEqual(960);
      expect(y).toBeGreaterThanOrEqual(0);
      expect(y).toBeLessThanOrEqual(height);
      expect(Math.round(x)).toBe(x);
    }
    const points = sub?.points ?? [];
    // Whole pixels: the arc ends within half a pixel of its ends.
    const near = (p: Pt | undefined, q: Pt) =>
      Math.hypot(p![0] - q[0], p![1] - q[1]);
    expect(
      near(points[0], projectPoint(projection, beijing)),
    ).toBeLessThanOrEqual(0.75);
    expect(
      near(points[points.length - 1], projectPoint(projection, lusaka)),
    ).toBeLessThanOrEqual(0.75);
  });

  it("an arc across the map's edge is split, with no line across the map", () => {
    const lisbon: Pt = [-9.1, 38.7];
    const newYork: Pt = [-74, 40.7];
    // The two ends lie at opposite edges of the map.
    const [xl] = projectPoint(projection, lisbon);
    const [xn] = projectPoint(projection, newYork);
    expect(Math.abs(xn - xl)).toBeGreaterThan(480);
    const d = arcPath(projection, lisbon, newYork, 960);
    expect(parsePath(d)).toHaveLength(2);
    for (const [a, b] of segments(d)) {
      expect(Math.abs(b[0] - a[0])).toBeLessThanOrEqual(480);
    }
  });

  it("an arc that stays on the map is not split", () => {
    const d = arcPath(projection, beijing, [-77, 38.9], 960);
    expect(parsePath(d)).toHaveLength(1);
  });
});

describe("relativePath", () => {
  it("writes relative commands with compact numbers", () => {
    expect(relativePath("M544,312L545,311L546,312L545,314Z")).toBe(
      "m544 312l1-1 1 1-1 2z",
    );
  });

  it("drops zero-length segments and a closing point equal to the start", () => {
    expect(relativePath("M10,10L10,10L12,10L12,10L12,13L10,10Z")).toBe(
      "m10 10l2 0 0 3z",
    );
  });

  it("moves relative to the start of the ring closed before", () => {
    expect(relativePath("M10,10L20,10L20,20ZM30,5L31,5L31,7Z")).toBe(
      "m10 10l10 0 0 10zm20-5l1 0 0 2z",
    );
  });

  it("drops rings flattened by rounding, unless nothing else is left", () => {
    expect(relativePath("M10,10L20,10L20,20ZM40,40L40,40ZM50,50L51,50Z")).toBe(
      "m10 10l10 0 0 10z",
    );
    expect(relativePath("M7,8L7,8Z")).toBe("m7 8z");
    expect(relativePath("")).toBe("");
  });

  it("keeps d3's outline for real countries: only points on straight runs and sub-pixel rings go", () => {
    const path = geoPath(projection).digits(0);
    for (const id of ["156", "840", "242", "250", "643", "036"]) {
      const absolute = path(byId(id)) ?? "";
      const expected = parsePath(absolute)
        .map(({ points, closed }) => {
          const kept = points.filter(
            (p, i) =>
              i === 0 ||
              p[0] !== points[i - 1]?.[0] ||
              p[1] !== points[i - 1]?.[1],
          );
          const first = kept[0];
          const last = kept[kept.length - 1];
          if (
            kept.length > 1 &&
            first &&
            last &&
            first.join() === last.join()
          ) {
            kept.pop();
          }
          return { points: kept, closed };
        })
        .filter(({ points }) => points.length >= 3);
      const d = relativePath(absolute);
      expect(d).toMatch(/^m[-\d ]+(l[-\d ]+)?z/);
      expect(d).not.toMatch(/[MLZ,]/);
      const got = parsePath(d);
      const expectedPoints = new Set(
        expected.flatMap((s) => s.points.map((p) => p.join())),
      );
      const gotPoints = got.flatMap((s) => s.points.map((p) => p.join()));
      // Every point drawn is one of d3's…
      for (const p of gotPoints) expect(expectedPoints.has(p), p).toBe(true);
      // …and the outline encloses the same area: points on straight runs add none, and the
      // rings dropped are each under a square pixel.
      const area = (rings: { points: Pt[] }[]) =>
        rings.reduce((sum, { points }) => {
          let twice = 0;
          points.forEach((p, i) => {
            const q = points[(i + 1) % points.length]!;
            twice += p[0] * q[1] - q[0] * p[1];
          });
          return sum + Math.abs(twice) / 2;
        }, 0);
      expect(Math.abs(area(got) - area(expected))).toBeLessThanOrEqual(
        expected.length - got.length,
      );
      expect(got.length).toBeLessThanOrEqual(expected.length);
      expect(d.length).toBeLessThan(absolute.length * 0.7);
    }
  });
});
