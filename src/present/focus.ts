// The part of the map a slide is about: a viewBox around its countries' anchors and its
// institutions' cities, padded, never narrower than a fifth of the map, in the frame's
// aspect ratio (so the sprite's shapes are only scaled, never re-projected). Pure.
import type { Geometry } from "../views/map/geometry.ts";

export type ViewBox = [x: number, y: number, width: number, height: number];

export function focusBox(
  geometry: Pick<Geometry, "width" | "height" | "anchors" | "institutions">,
  countries: readonly string[],
  institutions: readonly string[] = [],
  aspect = geometry.width / geometry.height,
): ViewBox {
  const points = [
    ...countries.map((c) => geometry.anchors[c]),
    ...institutions.map((i) => geometry.institutions[i]),
  ].filter((p): p is [number, number] => p !== undefined);
  const whole: ViewBox = [0, 0, geometry.width, geometry.height];
  if (points.length === 0) return whole;
  const xs = points.map((p) => p[0]);
  const ys = points.map((p) => p[1]);
  const [x0, x1] = [Math.min(...xs), Math.max(...xs)];
  const [y0, y1] = [Math.min(...ys), Math.max(...ys)];
  // Room around the points for the countries' own extent.
  const pad = geometry.width * 0.06;
  let width = Math.max(x1 - x0 + 2 * pad, geometry.width / 5);
  let height = Math.max(y1 - y0 + 2 * pad, width / aspect);
  width = Math.max(width, height * aspect);
  height = width / aspect;
  if (width >= geometry.width) return whole;
  const clamp = (v: number, size: number, max: number) =>
    Math.min(Math.max(v, 0), Math.max(0, max - size));
  return [
    Math.round(clamp((x0 + x1) / 2 - width / 2, width, geometry.width)),
    Math.round(clamp((y0 + y1) / 2 - height / 2, height, geometry.height)),
    Math.round(width),
    Math.round(height),
  ];
}
