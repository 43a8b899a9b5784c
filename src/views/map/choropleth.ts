// The map's colour measure: values per country, classes with "nice" bounds, and the legend.
import type { CountryStats } from "../../lib/data/aggregate.ts";
import { formatNumber } from "../../lib/data/counts.ts";
import type { Lang } from "../../lib/i18n/lang.ts";
import type { Measure } from "../../lib/state/filters.svelte.ts";

/**
 * ColorBrewer's 5-class sequential "Blues" (colorbrewer2.org): single hue, so it stays
 * ordered for every kind of colour vision and in greyscale print. Written out rather than
 * taken from d3-scale-chromatic, whose tree-shaken scheme costs 11 KB of the first view.
 */
export const PALETTE = [
  "#c6dbef",
  "#9ecae1",
  "#6baed6",
  "#3182bd",
  "#08519c",
] as const;

/** What the colour shows for one country; null when the measure has nothing there. */
export function measureOf(
  stats: CountryStats,
  measure: Measure,
): number | null {
  switch (measure) {
    case "records":
      return stats.records.length;
    case "sent":
      return stats.sent.parts > 0 ? stats.sent.low : null;
    case "received":
      return stats.received.parts > 0 ? stats.received.low : null;
    case "people": {
      const parts = stats.sent.parts + stats.received.parts;
      return parts > 0 ? stats.sent.low + stats.received.low : null;
    }
  }
}

const STEPS = [1, 2, 5];

/** Lower bounds of the classes: 1-2-5 steps, at most PALETTE.length of them, covering max. */
export function classBounds(max: number): number[] {
  if (max < 1) return [1];
  const candidates: number[] = [];
  for (let scale = 1; scale <= max; scale *= 10) {
    for (const step of STEPS)
      if (step * scale <= max) candidates.push(step * scale);
  }
  // Keep the largest bounds when there are too many: the top classes separate the leaders.
  while (candidates.length > PALETTE.length) candidates.splice(1, 1);
  return candidates;
}

export interface Legend {
  /** Lower bound of each class, ascending. */
  bounds: number[];
  colours: string[];
}

export function legendFor(values: readonly number[]): Legend {
  const bounds = classBounds(Math.max(0, ...values));
  // Spread the classes over the palette's darker end when there are few.
  const colours = bounds.map(
    (_, i) => PALETTE[PALETTE.length - bounds.length + i]!,
  );
  return { bounds, colours };
}

/** The fill for a value: null (not given as a number) gets none of the classes. */
export function colourOf(
  value: number | null,
  legend: Legend,
): string | undefined {
  if (value === null || value < 1) return undefined;
  let i = 0;
  while (i + 1 < legend.bounds.length && value >= legend.bounds[i + 1]!) i++;
  return legend.colours[i];
}

/** "1", "2–4", "5+" : each class's label, the last one open like the figures it holds. */
export function legendLabels(legend: Legend, lang: Lang): string[] {
  return legend.bounds.map((low, i) => {
    const next = legend.bounds[i + 1];
    if (next === undefined) return `${formatNumber(low, lang)}+`;
    if (next - 1 === low) return formatNumber(low, lang);
    return `${formatNumber(low, lang)}–${formatNumber(next - 1, lang)}`;
  });
}
