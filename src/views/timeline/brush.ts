// d3-brush along the timeline's axis, snapped to whole years. It reports a year range (null
// at the data's ends) and shows the shared range when it changes elsewhere (sliders, play).
import { brushX, type BrushBehavior, type D3BrushEvent } from "d3-brush";
import { select } from "d3-selection";
import type { TimelineLayout } from "./layout.ts";
import type { YearRange } from "./play.ts";

/** The brushed pixels as a year range; a range at the data's ends is open (null). */
export function rangeOf(
  [x0, x1]: [number, number],
  layout: Pick<TimelineLayout, "yearAt" | "years">,
): YearRange {
  const from = layout.yearAt(x0);
  const to = Math.max(from, layout.yearAt(x1) - 1);
  return {
    from: from <= layout.years[0] ? null : from,
    to: to >= layout.years[1] ? null : to,
  };
}

/** The pixels a year range covers, or null when it is open at both ends. */
export function pixelsOf(
  { from, to }: YearRange,
  layout: Pick<TimelineLayout, "xOf" | "years">,
): [number, number] | null {
  if (from === null && to === null) return null;
  const [first, last] = layout.years;
  const a = Math.min(Math.max(from ?? first, first), last);
  const b = Math.max(Math.min(to ?? last, last), a);
  return [layout.xOf(a), layout.xOf(b + 1)];
}

export function yearBrush(
  layout: () => TimelineLayout | null,
  onChange: (range: YearRange) => void,
) {
  let node: SVGGElement | null = null;
  let behavior: BrushBehavior<unknown> | null = null;
  let current: YearRange = { from: null, to: null };

  function move() {
    const l = layout();
    if (node && behavior && l)
      select(node).call(behavior.move, pixelsOf(current, l));
  }

  return {
    /** Attach to a <g> in the timeline's <svg>; re-attached when the layout changes. */
    attach(g: SVGGElement) {
      const l = layout();
      if (!l) return;
      node = g;
      const b = brushX<unknown>()
        .extent([
          [l.left, l.axisY - 6],
          [l.right, l.height],
        ])
        .on("end", (event: D3BrushEvent<unknown>) => {
          // Moves made here (snapping, following the filters) have no source event.
          if (!event.sourceEvent) return;
          const selection = event.selection as [number, number] | null;
          current = selection
            ? rangeOf(selection, l)
            : { from: null, to: null };
          onChange(current);
          move();
        });
      behavior = b;
      select(g).call(b);
      move();
      return () => {
        select(g).on(".brush", null);
        g.replaceChildren();
        if (behavior === b) behavior = null;
      };
    },
    show(from: number | null, to: number | null) {
      current = { from, to };
      move();
    },
  };
}
