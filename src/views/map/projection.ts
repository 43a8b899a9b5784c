// The projection and everything drawn with it. This module imports d3-geo: it runs at build
// time (scripts/vite-basemap.ts) and, in the browser, only behind a dynamic import (complete.ts,
// custom-basemap.ts), so that the first view costs no d3-geo.
import {
  geoArea,
  geoCentroid,
  geoEqualEarth,
  geoInterpolate,
  geoPath,
  type GeoProjection,
} from "d3-geo";
import type {
  Feature,
  FeatureCollection,
  Geometry as GeoJsonGeometry,
  Polygon,
} from "geojson";
import type { ProjectionSpec } from "./geometry.ts";

export type LonLat = [number, number];
export type Point = [number, number];

/** The numeric code of Antarctica, left out of the map and of the fit. */
export const ANTARCTICA = "010";

export const DEFAULT_WIDTH = 960;

const round1 = (n: number) => Math.round(n * 10) / 10;

/**
 * Equal Earth with `centre` in the middle, fitted to `width`; the height follows from the fit.
 * Features with the id of Antarctica ("010") are left out of the fit.
 */
export function fitProjection(
  centre: number,
  features: FeatureCollection,
  width = DEFAULT_WIDTH,
): { spec: ProjectionSpec; height: number } {
  const kept: FeatureCollection = {
    type: "FeatureCollection",
    features: features.features.filter(
      (f) => f.geometry && String(f.id) !== ANTARCTICA,
    ),
  };
  const fitted = geoEqualEarth().rotate([-centre, 0]).fitWidth(width, kept);
  const [[, y0], [, y1]] = geoPath(fitted).bounds(kept);
  const [tx, ty] = fitted.translate();
  return {
    spec: { centre, scale: fitted.scale(), translate: [tx, ty] },
    height: Math.ceil(y1 - y0),
  };
}

export function makeProjection(spec: ProjectionSpec): GeoProjection {
  return geoEqualEarth()
    .rotate([-spec.centre, 0])
    .scale(spec.scale)
    .translate(spec.translate);
}

/** A point on the map, rounded to 0.1 px. */
export function projectPoint(projection: GeoProjection, lonLat: LonLat): Point {
  const p = projection(lonLat) ?? [Number.NaN, Number.NaN];
  return [round1(p[0]), round1(p[1])];
}

const ARC_SAMPLES = 24;

/**
 * The great-circle arc between two places, as "M…L…" subpaths: where the arc leaves one edge of
 * the map and comes back at the other (consecutive points more than width/2 apart), it is split.
 */
export function arcPath(
  projection: GeoProjection,
  from: LonLat,
  to: LonLat,
  width: number,
): string {
  const interpolate = geoInterpolate(from, to);
  const runs: Point[][] = [];
  let run: Point[] = [];
  let last: Point | undefined;
  for (let i = 0; i <= ARC_SAMPLES; i++) {
    const p = projection(interpolate(i / ARC_SAMPLES));
    if (!p) continue;
    // Whole pixels: arcs ship in the first view's script, and a stroke hides the rest.
    const point: Point = [Math.round(p[0]), Math.round(p[1])];
    if (last && point[0] === last[0] && point[1] === last[1]) continue;
    if (last && Math.abs(point[0] - last[0]) > width / 2) {
      runs.push(run);
      run = [];
    }
    run.push(point);
    last = point;
  }
  runs.push(run);
  return runs
    .filter((r) => r.length > 1)
    .map((r) => simplified(r, 0.5))
    .map((r) => {
      const deltas = r
        .slice(1)
        .flatMap(([x, y], i) => [x - r[i]![0], y - r[i]![1]]);
      return `M${numbers(r[0]!)}l${numbers(deltas)}`;
    })
    .join("");
}

/**
 * The points a line needs to stay within `tolerance` px of all of them (Douglas–Peucker): the
 * whole-pixel samples of a gentle curve are mostly rounding noise, and every point is written
 * twice into the first view (the prerendered page and its script).
 */
function simplified(points: Point[], tolerance: number): Point[] {
  const keep = new Set([0, points.length - 1]);
  const split = (from: number, to: number) => {
    const [ax, ay] = points[from]!;
    const [bx, by] = points[to]!;
    const length = Math.hypot(bx - ax, by - ay) || 1;
    let far = -1;
    let most = tolerance;
    for (let i = from + 1; i < to; i++) {
      const [x, y] = points[i]!;
      const off =
        Math.abs((bx - ax) * (ay - y) - (ax - x) * (by - ay)) / length;
      if (off > most) [far, most] = [i, off];
    }
    if (far < 0) return;
    keep.add(far);
    split(from, far);
    split(far, to);
  };
  split(0, points.length - 1);
  return points.filter((_, i) => keep.has(i));
}

/** Numbers in path data: the minus sign of a negative number separates it from the one before. */
function numbers(values: number[]): string {
  let out = "";
  values.forEach((v, i) => {
    out += i > 0 && v >= 0 ? ` ${v}` : String(v);
  });
  return out;
}

/**
 * d3's absolute path with whole-pixel coordinates (`geoPath().digits(0)`: "M1,2L3,4Z") as
 * compact relative commands ("m1 2l2 2z"). Zero-length segments are dropped, and so are rings
 * that rounding has flattened to fewer than three points, unless nothing else would be left.
 */
/** Drops points in the middle of a straight run (same direction on both sides). */
function withoutStraightRuns(points: Point[], closed: boolean): Point[] {
  if (points.length < 3) return points;
  const n = points.length;
  return points.filter((p, i) => {
    if (!closed && (i === 0 || i === n - 1)) return true;
    const a = points[(i - 1 + n) % n]!;
    const b = points[(i + 1) % n]!;
    const cross = (p[0] - a[0]) * (b[1] - p[1]) - (p[1] - a[1]) * (b[0] - p[0]);
    const dot = (p[0] - a[0]) * (b[0] - p[0]) + (p[1] - a[1]) * (b[1] - p[1]);
    return cross !== 0 || dot <= 0;
  });
}

/** Area of a ring in square pixels (shoelace). */
function ringArea(points: Point[]): number {
  let twice = 0;
  points.forEach((p, i) => {
    const q = points[(i + 1) % points.length]!;
    twice += p[0] * q[1] - q[0] * p[1];
  });
  return Math.abs(twice) / 2;
}

export function relativePath(d: string): string {
  interface Sub {
    points: Point[];
    closed: boolean;
  }
  const subs: Sub[] = [];
  let current: Sub | undefined;
  const tokens = d.match(/[MLZmlz]|-?\d+(?:\.\d+)?/g) ?? [];
  let command = "";
  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i] as string;
    if (/[MLZmlz]/.test(token)) {
      command = token.toUpperCase();
      if (command === "Z" && current) {
        current.closed = true;
        current = undefined;
      }
      continue;
    }
    const point: Point = [Number(token), Number(tokens[++i])];
    if (command === "M" || !current) {
      current = { points: [point], closed: false };
      subs.push(current);
      command = "L";
      continue;
    }
    const prev = current.points[current.points.length - 1] as Point;
    if (prev[0] !== point[0] || prev[1] !== point[1])
      current.points.push(point);
  }
  for (const sub of subs) {
    const first = sub.points[0];
    const end = sub.points[sub.points.length - 1];
    if (sub.closed && sub.points.length > 1 && first && end) {
      if (first[0] === end[0] && first[1] === end[1]) sub.points.pop();
    }
  }
  for (const sub of subs)
    sub.points = withoutStraightRuns(sub.points, sub.closed);
  // Rings under a square pixel do not show at this scale; a country keeps at least one ring.
  const full = subs.filter(
    (s) =>
      s.points.length >= (s.closed ? 3 : 2) &&
      (!s.closed || ringArea(s.points) >= 1),
  );
  const kept = full.length > 0 ? full : subs.slice(0, 1);

  let out = "";
  let at: Point = [0, 0];
  for (const sub of kept) {
    const [start, ...rest] = sub.points as [Point, ...Point[]];
    out += `m${numbers([start[0] - at[0], start[1] - at[1]])}`;
    let prev = start;
    const deltas: number[] = [];
    for (const p of rest) {
      deltas.push(p[0] - prev[0], p[1] - prev[1]);
      prev = p;
    }
    if (deltas.length > 0) out += `l${numbers(deltas)}`;
    at = sub.closed ? start : prev;
    if (sub.closed) out += "z";
  }
  return out;
}

function polygonsOf(geometry: GeoJsonGeometry | null): Polygon[] {
  if (!geometry) return [];
  switch (geometry.type) {
    case "Polygon":
      return [geometry];
    case "MultiPolygon":
      return geometry.coordinates.map((coordinates) => ({
        type: "Polygon",
        coordinates,
      }));
    case "GeometryCollection":
      return geometry.geometries.flatMap(polygonsOf);
    default:
      return [];
  }
}

/** The largest polygon (on the sphere) of some geometries: France without French Guiana. */
export function largestPolygon(
  geometries: (GeoJsonGeometry | null)[],
): Polygon | undefined {
  let best: Polygon | undefined;
  let bestArea = -1;
  for (const polygon of geometries.flatMap(polygonsOf)) {
    const area = geoArea(polygon);
    if (area > bestArea) {
      best = polygon;
      bestArea = area;
    }
  }
  return best;
}

/** The centroid of the largest polygon of some geometries, in [lon, lat]. */
export function centroidOf(
  geometries: (GeoJsonGeometry | null)[],
): LonLat | undefined {
  const polygon = largestPolygon(geometries);
  return polygon ? geoCentroid(polygon) : undefined;
}

/** Where a country's marker goes: the centroid of its largest polygon, rounded to 0.1 px. */
export function anchorOf(
  projection: GeoProjection,
  geometries: (GeoJsonGeometry | null)[],
): Point | undefined {
  const centroid = centroidOf(geometries);
  if (!centroid) return undefined;
  const point = projectPoint(projection, centroid);
  return Number.isFinite(point[0]) && Number.isFinite(point[1])
    ? point
    : undefined;
}

/**
 * Polygons wound the other way (RFC 7946 GeoJSON, counter-clockwise) mean "the whole sphere
 * but this" to d3: such a polygon (more than a hemisphere) is turned round.
 */
export function rewind(geometry: GeoJsonGeometry): GeoJsonGeometry {
  const fix = (coordinates: Polygon["coordinates"]) =>
    geoArea({ type: "Polygon", coordinates }) > 2 * Math.PI
      ? coordinates.map((ring) => [...ring].reverse())
      : coordinates;
  switch (geometry.type) {
    case "Polygon":
      return { ...geometry, coordinates: fix(geometry.coordinates) };
    case "MultiPolygon":
      return { ...geometry, coordinates: geometry.coordinates.map(fix) };
    case "GeometryCollection":
      return { ...geometry, geometries: geometry.geometries.map(rewind) };
    default:
      return geometry;
  }
}

export interface DrawnCountries {
  /** In drawing order: [element id, relative path]. */
  paths: [string, string][];
  /** ISO alpha-3 → element id. */
  shapes: Record<string, string>;
  /** ISO alpha-3 → largest polygon's centroid. */
  anchors: Record<string, Point>;
}

/**
 * Projects countries into whole-pixel relative paths, one per country: features with the same
 * code are drawn as one shape ("atlas-c-CHN"); features without a code get "atlas-x-1", "atlas-x-2"…
 * and are drawn but have no entry in `shapes`.
 */
export function drawCountries(
  projection: GeoProjection,
  features: Feature[],
  codeOf: (feature: Feature) => string | undefined,
): DrawnCountries {
  const groups = new Map<
    string,
    { code?: string; geometries: GeoJsonGeometry[] }
  >();
  let unnamed = 0;
  for (const feature of features) {
    if (!feature.geometry) continue;
    const code = codeOf(feature);
    const id = code ? `atlas-c-${code}` : `atlas-x-${++unnamed}`;
    const group = groups.get(id);
    if (group) group.geometries.push(feature.geometry);
    else groups.set(id, { code, geometries: [feature.geometry] });
  }
  const path = geoPath(projection).digits(0);
  const drawn: DrawnCountries = { paths: [], shapes: {}, anchors: {} };
  for (const [id, { code, geometries }] of groups) {
    const geometry: GeoJsonGeometry =
      geometries.length === 1 && geometries[0]
        ? geometries[0]
        : { type: "GeometryCollection", geometries };
    const d = relativePath(path(geometry) ?? "");
    if (d) {
      drawn.paths.push([id, d]);
      if (code) drawn.shapes[code] = id;
    }
    if (code) {
      const anchor = anchorOf(projection, geometries);
      if (anchor) drawn.anchors[code] = anchor;
    }
  }
  return drawn;
}
