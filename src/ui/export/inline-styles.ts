// A live chart's <svg> as a standalone copy: the page's CSS and custom properties do not travel
// with a file, so each element gets the computed values that matter; what only serves the
// pointer or the keyboard (hit areas, hidden parts) is left out.

export const SVG_NS = "http://www.w3.org/2000/svg";

/** Inherited properties: written where an element differs from its parent. */
const INHERITED = [
  "fill",
  "fill-opacity",
  "stroke",
  "stroke-width",
  "stroke-opacity",
  "stroke-dasharray",
  "stroke-linecap",
  "stroke-linejoin",
  "paint-order",
  "font-family",
  "font-size",
  "font-weight",
  "font-style",
  "text-anchor",
  "dominant-baseline",
  "visibility",
] as const;

/** Not inherited: written where not at their initial value. */
const OWN: Record<string, string> = { opacity: "1" };

/** Attributes that serve interaction or CSS only. */
const DROP_ATTRIBUTES = /^(class|style|role|tabindex|aria-.*|data-item-key)$/;

function invisible(style: CSSStyleDeclaration): boolean {
  return (
    style.display === "none" ||
    style.visibility === "hidden" ||
    style.opacity === "0"
  );
}

const SHAPES = new Set([
  "path",
  "rect",
  "circle",
  "ellipse",
  "line",
  "polyline",
  "polygon",
]);

const unpainted = (paint: string) =>
  paint === "none" ||
  paint === "transparent" ||
  /rgba\([^)]*,\s*0\)$/.test(paint);

/** A shape that draws nothing: a pointer's hit area, a brush's overlay. */
function paintsNothing(el: Element, style: CSSStyleDeclaration): boolean {
  if (!SHAPES.has(el.localName)) return false;
  const noStroke =
    unpainted(style.stroke) || parseFloat(style.strokeWidth) === 0;
  return unpainted(style.fill) && noStroke;
}

/** `matrix(a, b, c, d, e, f)` as an SVG transform, for CSS transforms set by style. */
function cssTransform(style: CSSStyleDeclaration): string | null {
  const t = style.transform;
  return t && t !== "none" ? t.replace(/,\s*/g, " ") : null;
}

/**
 * Copies `source` (a live element inside the page) with its computed paint and type as
 * attributes. `parentStyle` is the computed style the copy will inherit from, or null at
 * the root, which gets every property.
 */
export function inlineClone(
  source: Element,
  parentStyle: Record<string, string> | null,
): Element | null {
  const style = getComputedStyle(source);
  if (invisible(style) || paintsNothing(source, style)) return null;

  const copy = source.cloneNode(false) as Element;
  for (const { name } of [...copy.attributes])
    if (DROP_ATTRIBUTES.test(name)) copy.removeAttribute(name);

  const values: Record<string, string> = {};
  for (const prop of INHERITED) {
    const value = style.getPropertyValue(prop);
    values[prop] = value;
    if (!parentStyle || parentStyle[prop] !== value)
      copy.setAttribute(prop, value);
  }
  for (const [prop, initial] of Object.entries(OWN)) {
    const value = style.getPropertyValue(prop);
    if (value && value !== initial) copy.setAttribute(prop, value);
  }
  // A transform written as CSS (style:transform) becomes the attribute other tools read.
  if ((source as SVGElement).style?.transform) {
    const transform = cssTransform(style);
    if (transform) copy.setAttribute("transform", transform);
  }

  for (const child of source.childNodes) {
    if (child.nodeType === Node.TEXT_NODE) {
      copy.append(child.textContent ?? "");
    } else if (child.nodeType === Node.ELEMENT_NODE) {
      const inner = inlineClone(child as Element, values);
      if (inner) copy.append(inner);
    }
  }
  if (copy.localName === "g" && copy.childNodes.length === 0) return null;
  return copy;
}

/**
 * A chart's root <svg>, copied at its size on screen: the CSS background becomes a rect (the
 * map's sea), and overflow stays as the page shows it.
 */
export function cloneChart(svg: SVGSVGElement): SVGSVGElement | null {
  const box = svg.getBoundingClientRect();
  const copy = inlineClone(svg, null) as SVGSVGElement | null;
  if (!copy) return null;
  copy.removeAttribute("xmlns");
  copy.setAttribute("width", String(round(box.width)));
  copy.setAttribute("height", String(round(box.height)));
  const style = getComputedStyle(svg);
  if (style.overflow === "visible") copy.setAttribute("overflow", "visible");
  const background = style.backgroundColor;
  if (background && !unpainted(background)) {
    const rect = document.createElementNS(SVG_NS, "rect");
    const view = svg.viewBox.baseVal;
    const has = view && view.width > 0;
    rect.setAttribute("x", has ? String(view.x) : "0");
    rect.setAttribute("y", has ? String(view.y) : "0");
    rect.setAttribute("width", has ? String(view.width) : "100%");
    rect.setAttribute("height", has ? String(view.height) : "100%");
    rect.setAttribute("fill", background);
    rect.setAttribute("stroke", "none");
    copy.prepend(rect);
  }
  return copy;
}

export const round = (n: number) => Math.round(n * 100) / 100;

export { unpainted };
