// A view's legend is HTML; in a file it is drawn in SVG. Each entry ([data-legend-item]) gives
// its swatch (an inline <svg> as it is, or a CSS box: a colour, a border, a line) and its text.
import { cloneChart, round, SVG_NS, unpainted } from "./inline-styles.ts";
import type { LegendEntry } from "./layout.ts";

export interface LegendItem extends LegendEntry {
  /** The swatch drawn with its top left at 0,0, or null for text alone. */
  draw: Element | null;
}

const DASH: Record<string, (w: number) => string> = {
  dashed: (w) => `${w * 2.5} ${w * 1.5}`,
  dotted: (w) => `${w} ${w * 1.5}`,
};

function svgEl(name: string, attrs: Record<string, string | number>) {
  const node = document.createElementNS(SVG_NS, name);
  for (const [k, v] of Object.entries(attrs)) node.setAttribute(k, String(v));
  return node;
}

/** A swatch drawn by CSS: a box with a background and border, or a line (a top border only). */
function cssSwatch(
  node: HTMLElement,
): { draw: Element; w: number; h: number } | null {
  const style = getComputedStyle(node);
  const r = node.getBoundingClientRect();
  const top = parseFloat(style.borderTopWidth) || 0;
  const topColour = style.borderTopColor;
  const topStyle = style.borderTopStyle;
  const w = round(r.width);
  if (r.height <= top + 0.5 && top > 0 && topStyle !== "none") {
    const line = svgEl("line", {
      x1: 0,
      x2: w,
      y1: top / 2,
      y2: top / 2,
      stroke: topColour,
      "stroke-width": top,
    });
    const dash = DASH[topStyle];
    if (dash) line.setAttribute("stroke-dasharray", dash(top));
    return { draw: line, w, h: top };
  }
  const fill = style.backgroundColor;
  const border = top > 0 && topStyle !== "none" && !unpainted(topColour);
  if (unpainted(fill) && !border) return null;
  const h = round(r.height);
  const radius = style.borderTopLeftRadius.endsWith("%")
    ? (Math.min(w, h) * parseFloat(style.borderTopLeftRadius)) / 100
    : parseFloat(style.borderTopLeftRadius) || 0;
  const rect = svgEl("rect", {
    x: top / 2,
    y: top / 2,
    width: Math.max(0, w - top),
    height: Math.max(0, h - top),
    rx: Math.min(radius, w / 2, h / 2),
    fill: unpainted(fill) ? "none" : fill,
    stroke: border ? topColour : "none",
    "stroke-width": border ? top : 0,
  });
  if (border && DASH[topStyle])
    rect.setAttribute("stroke-dasharray", DASH[topStyle](top));
  return { draw: rect, w, h };
}

function swatchOf(
  item: Element,
): { draw: Element; w: number; h: number } | null {
  const svg = item.querySelector("svg");
  if (svg) {
    const copy = cloneChart(svg);
    if (!copy) return null;
    const r = svg.getBoundingClientRect();
    return { draw: copy, w: round(r.width), h: round(r.height) };
  }
  for (const child of item.children)
    if (!child.textContent?.trim()) {
      const swatch = cssSwatch(child as HTMLElement);
      if (swatch) return swatch;
    }
  return null;
}

/** The legend entries of a view, in their order on screen. */
export function legendItems(view: Element): LegendItem[] {
  return [...view.querySelectorAll("[data-legend-item]")]
    .filter((item) => getComputedStyle(item).display !== "none")
    .map((item) => {
      const swatch = swatchOf(item);
      return {
        draw: swatch?.draw ?? null,
        swatch: { width: swatch?.w ?? 0, height: swatch?.h ?? 0 },
        text: (item.textContent ?? "").replace(/\s+/g, " ").trim(),
      };
    });
}
