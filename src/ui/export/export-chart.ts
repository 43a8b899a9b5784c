// What an export button loads on click (src/ui/ExportButtons.svelte): the view's chart as a
// standalone SVG file or as a PNG at twice its size on screen.
import type { Dataset } from "../../lib/data/schema.ts";
import type { Lang } from "../../lib/i18n/lang.ts";
import {
  fill,
  loadViewMessages,
  type Messages,
  type ViewMessages,
} from "../../lib/i18n/messages.ts";
import type { Filters, Measure } from "../../lib/state/filters.svelte.ts";
import { composeSvg, type Composed } from "./compose.ts";
import { download, fileName } from "./download.ts";
import { describeFilters, sourceLine } from "./filters-line.ts";
import { svgToPng } from "./png.ts";

export type Format = "svg" | "png";

export interface ExportContext {
  dataset: Dataset;
  filters: Filters;
  lang: Lang;
  /** The first view's text (the map) or the views' text (the others). */
  t: Messages | ViewMessages;
}

const MEASURE: Record<Measure, keyof Messages> = {
  records: "measureRecords",
  sent: "measureSent",
  received: "measureReceived",
  people: "measurePeople",
};

/** The document for one view on screen, with its texts in the interface language. */
export async function composeView(
  view: HTMLElement,
  { dataset, filters, lang, t }: ExportContext,
): Promise<Composed & { title: string; filters: string }> {
  const text: ViewMessages =
    "exportSource" in t ? t : { ...t, ...(await loadViewMessages(lang)) };
  const title = (view.querySelector("h2")?.textContent ?? "").trim();
  const line = describeFilters(filters, dataset, lang, text);
  const isMap = view.dataset["view"] === "map";
  // The map's boundary credit travels with it.
  const credit = isMap ? view.querySelector(".credit")?.textContent : null;
  const composed = await composeSvg(view, {
    title,
    filters: line,
    foot: [sourceLine(dataset, lang, text), ...(credit ? [credit] : [])],
    legendBefore: isMap
      ? [fill(text.exportMeasure, { measure: text[MEASURE[filters.measure]] })]
      : [],
    lang,
  });
  return { ...composed, title, filters: line };
}

export async function exportChart(
  format: Format,
  view: HTMLElement,
  context: ExportContext,
): Promise<void> {
  const doc = await composeView(view, context);
  const name = fileName([doc.title, doc.filters], format);
  const blob =
    format === "svg"
      ? new Blob([`<?xml version="1.0" encoding="UTF-8"?>\n${doc.svg}`], {
          type: "image/svg+xml;charset=utf-8",
        })
      : await svgToPng(doc.svg, doc.width, doc.height);
  download(blob, name);
}
