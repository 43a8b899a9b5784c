// The HTML parts of a chart (the flows' years chart, the Sankey's column heads) drawn again in
// SVG from where the page laid them out: coloured boxes and borders as rects and lines, each
// line of text as a <text> at its place. Controls, tooltips, legends and hidden text stay out.
import { round, SVG_NS, unpainted } from "./inline-styles.ts";

const SKIP =
  "button, input, select, textarea, label, [role=tooltip], [data-legend], [aria-hidden=true][role=img]";

function el(name: string, attrs: Record<string, string | number>): Element {
  const node = document.createElementNS(SVG_NS, name);
  for (const [k, v] of Object.entries(attrs)) node.setAttribute(k, String(v));
  return node;
}

const DASH: Record<string, string> = { dashed: "4 3", dotted: "1 3" };

/** Boxes and border sides of one element, relative to `origin`. */
function boxOf(node: Element, style: CSSStyleDeclaration, origin: DOMRect) {
  const r = node.getBoundingClientRect();
  const x = round(r.left - origin.left);
  const y = round(r.top - origin.top);
  const out: Element[] = [];
  if (!unpainted(style.backgroundColor) && r.width > 0 && r.height > 0) {
    const radius = parseFloat(style.borderTopLeftRadius) || 0;
    out.push(
      el("rect", {
        x,
        y,
        width: round(r.width),
        height: round(r.height),
        rx: Math.min(radius, r.width / 2, r.height / 2),
        fill: style.backgroundColor,
        "fill-opacity": style.opacity,
      }),
    );
  }
  const sides = [
    ["Top", x, y, x + r.width, y],
    ["Bottom", x, y + r.height, x + r.width, y + r.height],
    ["Left", x, y, x, y + r.height],
    ["Right", x + r.width, y, x + r.width, y + r.height],
  ] as const;
  for (const [side, x1, y1, x2, y2] of sides) {
    const width = parseFloat(style.getPropertyValue(`border-${side}-width`));
    const kind = style.getPropertyValue(`border-${side}-style`);
    const colour = style.getPropertyValue(`border-${side}-color`);
    if (!width || kind === "none" || unpainted(colour)) continue;
    // The border's middle, inside the box.
    const inset = width / 2;
    const dx = side === "Left" ? inset : side === "Right" ? -inset : 0;
    const dy = side === "Top" ? inset : side === "Bottom" ? -inset : 0;
    const line = el("line", {
      x1: round(x1 + dx),
      y1: round(y1 + dy),
      x2: round(x2 + dx),
      y2: round(y2 + dy),
      stroke: colour,
      "stroke-width": width,
    });
    if (DASH[kind]) line.setAttribute("stroke-dasharray", DASH[kind]);
    out.push(line);
  }
  return out;
}

/** A text node's lines as the page broke them: one <text> per line, at its place. */
function textLines(node: Text, style: CSSStyleDeclaration, origin: DOMRect) {
  const text = node.data;
  const range = document.createRange();
  const lines: { start: number; end: number; rect: DOMRect }[] = [];
  // Each character's box; a new line starts where a box drops below the last.
  for (let i = 0; i < text.length; i++) {
    if (/\s/.test(text[i]!)) continue;
    range.setStart(node, i);
    range.setEnd(node, i + 1);
    const rect = range.getBoundingClientRect();
    if (rect.width === 0 && rect.height === 0) continue;
    const line = lines.at(-1);
    if (line && Math.abs(rect.top - line.rect.top) < rect.height / 2) {
      line.end = i + 1;
    } else lines.push({ start: i, end: i + 1, rect });
  }
  return lines.map((line) => {
    const t = el("text", {
      x: round(line.rect.left - origin.left),
      y: round(line.rect.top + line.rect.height / 2 - origin.top),
      "dominant-baseline": "central",
      fill: style.color,
      "font-size": style.fontSize,
      "font-weight": style.fontWeight,
    });
    t.textContent = text.slice(line.start, line.end);
    return t;
  });
}

/** The HTML under `root` (outside its <svg>s) as SVG shapes and text, relative to `origin`. */
export function htmlBoxes(root: Element, origin: DOMRect): Element[] {
  const out: Element[] = [];
  const walk = (node: Element) => {
    if (node.matches(SKIP) || node.localName === "svg") return;
    const style = getComputedStyle(node);
    if (style.display === "none" || style.visibility === "hidden") return;
    const r = node.getBoundingClientRect();
    // Visually hidden text (for screen readers) has a box of a pixel or less.
    if (r.width <= 1 && r.height <= 1 && style.position === "absolute") return;
    out.push(...boxOf(node, style, origin));
    for (const child of node.childNodes) {
      if (child.nodeType === Node.TEXT_NODE && child.textContent?.trim())
        out.push(...textLines(child as Text, style, origin));
      else if (child.nodeType === Node.ELEMENT_NODE) walk(child as Element);
    }
  };
  walk(root);
  return out;
}
