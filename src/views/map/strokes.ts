// The flow arcs drawn as one path per direction and width, as their arrowheads are (arrows.ts).
// The arcs have no events or names of their own; as 200 elements they were made, styled and
// laid out on every filter change: at 10,000 records one path per stroke took 2–3 ms off a
// change of institution. Where arcs cross, one path is drawn once, so the crossing is no
// darker than the arcs (a little clearer at the cities where many meet).
import type { Direction } from "../../lib/data/schema.ts";
import { lastFor } from "../../lib/last.ts";

/** Arcs of one direction and width, drawn as one path. */
export interface ArcStroke {
  key: string;
  direction: Direction;
  /** Stroke width in pixels (MapView keeps it through zoom). */
  width: number;
  dashed: boolean;
  /** Every arc's path, one after another ("M x y l …" subpaths). */
  d: string;
  /** How many arcs it draws. */
  arcs: number;
}

/**
 * The arcs as strokes, thinnest first so that the widest are drawn over them (every record's
 * arcs are one list, mapArcs keeps it: its strokes are found again).
 */
export const arcStrokes = lastFor(strokesOf);

function strokesOf(
  arcs: readonly {
    d: string;
    direction: Direction;
    width: number;
    dashed: boolean;
  }[],
): ArcStroke[] {
  const strokes = new Map<string, ArcStroke>();
  for (const { d, direction, width, dashed } of arcs) {
    const key = `${direction} ${width}${dashed ? " dashed" : ""}`;
    const stroke = strokes.get(key);
    if (stroke) {
      stroke.d += d;
      stroke.arcs++;
    } else strokes.set(key, { key, direction, width, dashed, d, arcs: 1 });
  }
  return [...strokes.values()].sort(
    (a, b) => a.width - b.width || (a.key < b.key ? -1 : 1),
  );
}
