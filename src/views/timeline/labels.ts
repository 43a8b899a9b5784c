// Rows and labels for the marks of one lane. Each mark takes the first row where it and its
// label fit beside it (right, else left) inside [0, width]; else the first where its label,
// cut short, fits up to its neighbours or the view's edge (a long period whose label is too
// long for either side); past `labelledRows` rows a mark takes the first row where it fits,
// and keeps its label only if that row has room for it, else opens a row of its own for its
// label while the lane has fewer than `labelledRows + spareRows` rows. Labels therefore never
// overlap one another nor leave the view; a mark without a label shows its text on hover and
// focus.

export interface Slot {
  key: string;
  /** Horizontal extent of the mark, px. */
  x0: number;
  x1: number;
  /** Width of its label, px. */
  label: number;
}

export type Side = "right" | "left" | null;

export interface Placement {
  key: string;
  row: number;
  side: Side;
  /** The width the label is cut to, when it is not drawn whole. */
  room?: number;
}

/**
 * The least room a label is cut to (some twenty Latin letters, ten Chinese characters): less
 * says too little ("Planned: Pl…"), and the mark is better left to its tooltip.
 */
export const MIN_CUT = 120;

export interface LabelOptions {
  width: number;
  /** Space between a mark and its label, and between neighbours. */
  gap: number;
  /** Rows in which marks may still claim room for a label. */
  labelledRows: number;
  /**
   * Rows past those that a mark may open for its label when it would otherwise go without
   * one (a planned target drawn across rows whose labels fill them): none unless said.
   */
  spareRows?: number;
}

type Extent = [number, number];

function fits(row: Extent[] | undefined, [a, b]: Extent, gap: number) {
  return !row?.some(([c, d]) => a < d + gap && c < b + gap);
}

function candidates(slot: Slot, { width, gap }: LabelOptions) {
  const out: [Side, Extent][] = [];
  const right = slot.x1 + gap + slot.label;
  if (slot.label > 0 && right <= width) out.push(["right", [slot.x0, right]]);
  const left = slot.x0 - gap - slot.label;
  if (slot.label > 0 && left >= 0) out.push(["left", [left, slot.x1]]);
  return out;
}

/**
 * The label cut to the room beside the mark in `row`, up to its neighbours or the view's edge:
 * the side with more room first. None where the mark itself does not fit.
 */
function cutsIn(
  row: Extent[] | undefined,
  slot: Slot,
  { width, gap }: LabelOptions,
) {
  const out: [Side, Extent, number][] = [];
  if (slot.label === 0 || !fits(row, [slot.x0, slot.x1], gap)) return out;
  let right = width;
  let left = 0;
  for (const [c, d] of row ?? []) {
    if (c >= slot.x1) right = Math.min(right, c - gap);
    if (d <= slot.x0) left = Math.max(left, d + gap);
  }
  const r = right - slot.x1 - gap;
  const l = slot.x0 - gap - left;
  if (r >= MIN_CUT && r < slot.label)
    out.push(["right", [slot.x0, slot.x1 + gap + r], r]);
  if (l >= MIN_CUT && l < slot.label)
    out.push(["left", [slot.x0 - gap - l, slot.x1], l]);
  return out.sort((x, y) => y[2] - x[2]);
}

/** Places slots in the order given (the caller puts the most important first). */
export function placeLabels(
  slots: readonly Slot[],
  options: LabelOptions,
): Placement[] {
  const rows: Extent[][] = [];
  const take = (row: number, extent: Extent) => (rows[row] ??= []).push(extent);
  /** The first of `ways` that fits in `row`, taken. */
  const tryRow = (
    key: string,
    row: number,
    ways: [Side, Extent, number?][],
  ): Placement | null => {
    for (const [side, extent, room] of ways) {
      if (fits(rows[row], extent, options.gap)) {
        take(row, extent);
        return room === undefined
          ? { key, row, side }
          : { key, row, side, room };
      }
    }
    return null;
  };
  return slots.map((slot) => {
    const whole = candidates(slot, options);
    for (let row = 0; row < options.labelledRows; row++) {
      const placed = tryRow(slot.key, row, whole);
      if (placed) return placed;
    }
    // Cut, in the labelled row that leaves it the most room (the first, of rows alike).
    let best: { row: number; way: [Side, Extent, number] } | null = null;
    for (let row = 0; row < options.labelledRows; row++) {
      const way = cutsIn(rows[row], slot, options)[0];
      if (way && way[2] > (best?.way[2] ?? 0)) best = { row, way };
    }
    if (best) return tryRow(slot.key, best.row, [best.way])!;
    const bare: Extent = [slot.x0, slot.x1];
    let row = 0;
    while (!fits(rows[row], bare, options.gap)) row++;
    // The row it lands in may still have room for its label (a new row always has).
    const placed = tryRow(slot.key, row, [
      ...whole,
      ...cutsIn(rows[row], slot, options),
    ]);
    if (placed) return placed;
    // No room there: a row of its own for its label, while the lane may still grow.
    if (rows.length < options.labelledRows + (options.spareRows ?? 0)) {
      const own = tryRow(slot.key, rows.length, [
        ...whole,
        ...cutsIn([], slot, options),
      ]);
      if (own) return own;
    }
    take(row, bare);
    return { key: slot.key, row, side: null };
  });
}

/** The text cut to `max` px with an ellipsis, measured by `measure`. */
export function fitText(
  text: string,
  max: number,
  measure: (s: string) => number,
): { text: string; width: number } {
  const width = measure(text);
  if (width <= max) return { text, width };
  const chars = [...text];
  let lo = 0;
  let hi = chars.length;
  while (lo < hi) {
    const mid = Math.ceil((lo + hi) / 2);
    if (measure(`${chars.slice(0, mid).join("").trimEnd()}…`) <= max) lo = mid;
    else hi = mid - 1;
  }
  // A Latin word is never cut in two ("for 2…" would read as a different number, and screen
  // reader checks want the visible words in the name): back off to the last space, if any.
  const word = /[A-Za-z0-9]/;
  if (
    lo < chars.length &&
    word.test(chars[lo]!) &&
    word.test(chars[lo - 1] ?? "")
  ) {
    const space = chars.slice(0, lo).lastIndexOf(" ");
    if (space > 0) lo = space;
  }
  if (lo === 0) return { text: "", width: 0 };
  const cut = `${chars.slice(0, lo).join("").trimEnd()}…`;
  return { text: cut, width: measure(cut) };
}
