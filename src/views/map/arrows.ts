// The flow arcs' arrowheads, drawn as one filled path per direction rather than as SVG
// markers. Arcs with both markers and a non-scaling stroke were costly for Chromium to paint:
// at 10,000 records a year change took 50–65 ms with them, 30–34 ms without (no slower than
// no arcs at all); dropping either one alone gained nothing.
import type { Direction } from "../../lib/data/schema.ts";
import { lastFor } from "../../lib/last.ts";

/** Where an arrowhead goes: its tip, and the unit vector it points along. */
export interface ArcTip {
  x: number;
  y: number;
  ux: number;
  uy: number;
}

/**
 * How far from the tip (in map units) the arrow's direction is taken: the arcs' points are
 * whole pixels, so the last step alone can point up to 45° off.
 */
const REACH = 6;

/**
 * The tip of an arc as arcPath (projection.ts) writes it, "M x y l dx dy …" subpaths: at the
 * end of the last subpath pointing onward, or at the start of the first pointing back out of it
 * (a received flow arrives at the institution, where its arc starts). Null when the path has
 * no length.
 */
export function arcTip(d: string, at: "start" | "end"): ArcTip | null {
  const subpaths = d.split("M");
  const n = subpaths[at === "end" ? subpaths.length - 1 : 1]?.match(NUMBER);
  const points: number[][] = [];
  for (let i = 0; n && i + 1 < n.length; i += 2) {
    const last = points[points.length - 1] ?? [0, 0];
    points.push([last[0]! + +n[i]!, last[1]! + +n[i + 1]!]);
  }
  if (at === "start") points.reverse();
  const tip = points.pop();
  if (!tip) return null;
  for (let i = points.length - 1; i >= 0; i--) {
    const dx = tip[0]! - points[i]![0]!;
    const dy = tip[1]! - points[i]![1]!;
    const length = Math.hypot(dx, dy);
    if (length >= REACH || (i === 0 && length > 0))
      return { x: tip[0]!, y: tip[1]!, ux: dx / length, uy: dy / length };
  }
  return null;
}

const NUMBER = /-?[\d.]+/g;

/** An arrowhead's length and width in pixels (a little more on a wide screen, less on a phone). */
const LENGTH = 9;
const WIDTH = 8;

/**
 * Each arc's tip, found once: a geometry's arcs never change, and finding them again on every
 * filter change cost 1.5 ms at 10,000 records.
 */
const tips: Record<Direction, Map<string, ArcTip | null>> = {
  sent: new Map(),
  received: new Map(),
};

function tipOf(d: string, direction: Direction): ArcTip | null {
  let tip = tips[direction].get(d);
  if (tip === undefined) {
    tip = arcTip(d, direction === "sent" ? "end" : "start");
    tips[direction].set(d, tip);
  }
  return tip;
}

/**
 * One path per direction with every arc's arrowhead, `scale` map units to one of the heads'
 * pixels (MapView's `perPixel`, so that they keep their size as the map zooms): a sent flow's
 * head at the partner's end, a received flow's at the institution's. Every record's arcs are
 * one list (mapArcs keeps it): going back to no filter finds its heads again.
 */
export const arrowHeads = lastFor(headsOf);

function headsOf(
  arcs: readonly { d: string; direction: Direction }[],
  scale: number,
): Record<Direction, string> {
  const heads: Record<Direction, string> = { sent: "", received: "" };
  // Tenths of a map unit, or hundredths when zoomed in far enough for tenths to show.
  const digits = scale < 0.25 ? 2 : 1;
  const round = (v: number) => +v.toFixed(digits);
  const long = LENGTH * scale;
  const half = (WIDTH / 2) * scale;
  // From the tip, back to one corner and across to the other (relative: fewer bytes in the
  // prerendered page).
  for (const { d, direction } of arcs) {
    const tip = tipOf(d, direction);
    if (!tip) continue;
    const { x, y, ux, uy } = tip;
    heads[direction] +=
      `M${round(x)} ${round(y)}` +
      `l${round(-ux * long - uy * half)} ${round(ux * half - uy * long)}` +
      ` ${round(2 * uy * half)} ${round(-2 * ux * half)}z`;
  }
  return heads;
}
