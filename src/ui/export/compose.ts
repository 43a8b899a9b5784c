// One standalone SVG document from a view on screen: title and filters line, the chart as the
// page draws it (its <svg>s with computed styles inlined, its HTML parts redrawn), the legend
// in rows, and the source lines. Text goes in as text nodes only.
import { inlineExternalUses } from "./external-uses.ts";
import { htmlBoxes } from "./html-boxes.ts";
import { cloneChart, round, SVG_NS } from "./inline-styles.ts";
import {
  exportLayout,
  PAD,
  TYPE,
  type Measure,
  type TextLines,
} from "./layout.ts";
import { legendItems } from "./legend.ts";

/** System fonts with CJK fallbacks, Chinese first for Chinese text; never a web font. */
export const FONTS = {
  en: 'system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial, "PingFang SC", "Hiragino Sans GB", "Microsoft YaHei", "Noto Sans CJK SC", "Noto Sans SC", sans-serif',
  zh: '"PingFang SC", "Hiragino Sans GB", "Microsoft YaHei", "Noto Sans CJK SC", "Noto Sans SC", system-ui, sans-serif',
} as const;

export interface ComposeInput {
  title: string;
  filters: string;
  /** Lines at the foot: the source, a map's boundary credit. */
  foot: string[];
  /** Legend entries that are text only, before the view's own (the map's measure). */
  legendBefore?: string[];
  lang: "en" | "zh";
}

export interface Composed {
  svg: string;
  width: number;
  height: number;
}

function el(name: string, attrs: Record<string, string | number> = {}) {
  const node = document.createElementNS(SVG_NS, name);
  for (const [k, v] of Object.entries(attrs)) node.setAttribute(k, String(v));
  return node;
}

function canvasMeasure(font: string): Measure {
  const context = document.createElement("canvas").getContext("2d");
  return (text, size, weight = 400) => {
    if (!context) return text.length * size * 0.6;
    context.font = `${weight} ${size}px ${font}`;
    return context.measureText(text).width;
  };
}

/** A custom property's value on the page (a theme colour), for the parts the page has no element for. */
const token = (name: string, fallback: string) =>
  getComputedStyle(document.documentElement).getPropertyValue(name).trim() ||
  fallback;

function textBlock(
  block: TextLines,
  x: number,
  type: (typeof TYPE)[keyof typeof TYPE],
  fill: string,
  role: string,
): Element[] {
  return block.lines.map((line, i) => {
    const t = el("text", {
      x,
      y: round(block.y + i * type.line),
      "font-size": type.size,
      "font-weight": type.weight,
      fill,
      "data-export": role,
    });
    t.textContent = line;
    return t;
  });
}

/** The view's chart region: the element marked for export, else its first <svg>. */
export function chartRegion(view: Element): Element | null {
  return view.querySelector("[data-export-chart]") ?? view.querySelector("svg");
}

export async function composeSvg(
  view: HTMLElement,
  input: ComposeInput,
): Promise<Composed> {
  const region = chartRegion(view);
  if (!region) throw new Error("nothing to export");
  const frame = view.getBoundingClientRect();
  const box = region.getBoundingClientRect();
  const font = FONTS[input.lang];
  const legend = [
    ...(input.legendBefore ?? []).map((text) => ({
      draw: null,
      swatch: { width: 0, height: 0 },
      text,
    })),
    ...legendItems(view),
  ];
  const layout = exportLayout(
    {
      width: round(frame.width),
      chartHeight: round(box.height),
      title: input.title,
      filters: input.filters,
      legend,
      foot: input.foot,
    },
    canvasMeasure(font),
  );

  const viewStyle = getComputedStyle(view);
  const text = viewStyle.color;
  const muted = token("--muted", text);
  const root = el("svg", {
    xmlns: SVG_NS,
    width: layout.width,
    height: layout.height,
    viewBox: `0 0 ${layout.width} ${layout.height}`,
    "font-family": font,
  });
  const title = el("title");
  title.textContent = `${input.title} — ${input.filters}`;
  const defs = el("defs");
  root.append(
    title,
    defs,
    el("rect", {
      width: "100%",
      height: "100%",
      fill: viewStyle.backgroundColor || token("--surface", "#fff"),
    }),
  );
  root.append(
    ...textBlock(layout.title, PAD, TYPE.title, text, "title"),
    ...textBlock(layout.filters, PAD, TYPE.filters, muted, "filters"),
  );

  const chart = el("g", {
    transform: `translate(${round(box.left - frame.left)} ${layout.chartY})`,
    "data-export": "chart",
  });
  if (region.localName !== "svg") chart.append(...htmlBoxes(region, box));
  const svgs =
    region.localName === "svg"
      ? [region as SVGSVGElement]
      : [...region.querySelectorAll<SVGSVGElement>("svg")].filter(
          (s) =>
            !s.parentElement?.closest("svg, [data-legend], [role=tooltip]"),
        );
  for (const svg of svgs) {
    const copy = cloneChart(svg);
    if (!copy) continue;
    const r = svg.getBoundingClientRect();
    copy.setAttribute("x", String(round(r.left - box.left)));
    copy.setAttribute("y", String(round(r.top - box.top)));
    chart.append(copy);
  }
  root.append(chart);

  const legendGroup = el("g", { "data-export": "legend" });
  legend.forEach((item, i) => {
    const at = layout.legend[i]!;
    if (item.draw) {
      const g = el("g", {
        transform: `translate(${round(at.x)} ${round(at.y - item.swatch.height / 2)})`,
      });
      g.append(item.draw);
      legendGroup.append(g);
    }
    const t = el("text", {
      x: round(at.textX),
      y: round(at.y),
      "dominant-baseline": "central",
      "font-size": TYPE.legend.size,
      fill: text,
    });
    t.textContent = item.text;
    legendGroup.append(t);
  });
  root.append(
    legendGroup,
    ...textBlock(layout.foot, PAD, TYPE.foot, muted, "source"),
  );

  await inlineExternalUses(root, defs, document.baseURI);
  return {
    svg: new XMLSerializer().serializeToString(root),
    width: layout.width,
    height: layout.height,
  };
}
