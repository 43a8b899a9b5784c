// Rows and labels for the marks of one lane. Each mark takes the first row where it and its
// label fit beside it (right, else left) inside [0, width]; past `labelledRows` rows a mark
// takes the first row where it fits, and keeps its label only if that row has room for it.
// Labels therefore never overlap one another nor leave the view; a mark without a label
// shows its text on hover and focus.

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
}

export interface LabelOptions {
  width: number;
  /** Space between a mark and its label, and between neighbours. */
  gap: number;
  /** Rows in which marks may still claim room for a label. */
  labelledRows: number;
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

/** Places slots in the order given (the caller puts the most important first). */
export function placeLabels(
  slots: readonly Slot[],
  options: LabelOptions,
): Placement[] {
  const rows: Extent[][] = [];
  const take = (row: number, extent: Extent) => (rows[row] ??= []).push(extent);
  return slots.map((slot) => {
    for (let row = 0; row < options.labelledRows; row++) {
      for (const [side, extent] of candidates(slot, options)) {
        if (fits(rows[row], extent, options.gap)) {
          take(row, extent);
          return { key: slot.key, row, side };
        }
      }
    }
    const bare: Extent = [slot.x0, slot.x1];
    let row = 0;
    while (!fits(rows[row], bare, options.gap)) row++;
    // The row it lands in may still have room for its label (a new row always has).
    for (const [side, extent] of candidates(slot, options)) {
      if (fits(rows[row], extent, options.gap)) {
        take(row, extent);
        return { key: slot.key, row, side };
      }
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
