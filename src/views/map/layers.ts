// From partner statistics and geometry to what the map draws: filled shapes, markers for
// countries too small for a polygon, and flow arcs. Plain data in, plain data out.
import {
  flowCountries,
  shareOf,
  type CountryStats,
} from "../../lib/data/aggregate.ts";
import { addCount, EMPTY_TOTAL, type Total } from "../../lib/data/counts.ts";
import { countryName } from "../../lib/data/countries.ts";
import type { CooperationRecord, Direction } from "../../lib/data/schema.ts";
import type { Lang } from "../../lib/i18n/lang.ts";
import type { Measure } from "../../lib/state/filters.svelte.ts";
import { colourOf, legendFor, measureOf, type Legend } from "./choropleth.ts";
import { arcKey, type Geometry } from "./geometry.ts";

export interface PartnerMark {
  code: string;
  value: number | null;
  /** undefined: the number is not given, drawn in the "no number" style. */
  fill: string | undefined;
}

export interface ShapeMark extends PartnerMark {
  shapeId: string;
}

export interface MarkerMark extends PartnerMark {
  x: number;
  y: number;
  /** Radius in screen pixels: it grows with the class, like the colour. */
  r: number;
}

export interface PartnerLayers {
  shapes: ShapeMark[];
  markers: MarkerMark[];
  /** Partners with neither a shape nor a known position. */
  missing: string[];
  legend: Legend;
  /** Keyboard order: by name in the language in use, small states among the large. */
  order: string[];
}

export function partnerLayers(
  stats: ReadonlyMap<string, CountryStats>,
  geometry: Geometry,
  measure: Measure,
  lang: Lang,
): PartnerLayers {
  const values = new Map(
    [...stats].map(([code, s]) => [code, measureOf(s, measure)]),
  );
  const legend = legendFor(
    [...values.values()].filter((v): v is number => v !== null),
  );
  const shapes: ShapeMark[] = [];
  const markers: MarkerMark[] = [];
  const missing: string[] = [];
  for (const [code, value] of values) {
    const fill = colourOf(value, legend);
    const shapeId = geometry.shapes[code];
    const anchor = geometry.anchors[code];
    if (shapeId) shapes.push({ code, value, fill, shapeId });
    else if (anchor) {
      const cls = fill ? legend.colours.indexOf(fill) : -1;
      markers.push({
        code,
        value,
        fill,
        x: anchor[0],
        y: anchor[1],
        r: 4 + 1.5 * (cls + 1),
      });
    } else missing.push(code);
  }
  const collator = new Intl.Collator(lang === "zh" ? "zh-CN" : "en");
  const order = [...shapes, ...markers]
    .map((m) => m.code)
    .sort((a, b) =>
      collator.compare(countryName(a, lang), countryName(b, lang)),
    );
  return { shapes, markers, missing, legend, order };
}

export interface ArcMark {
  key: string;
  institution: string;
  country: string;
  direction: Direction;
  d: string;
  total: Total;
  /** Stroke width in screen pixels, by the total's lower bound. */
  width: number;
  /** No number is guaranteed (unknown, unspecified, or an undivided share): thin and dashed. */
  dashed: boolean;
}

/** One arc per institution, country and direction, summing the flows between them. */
export function flowArcs(
  records: readonly CooperationRecord[],
  geometry: Geometry,
  home: ReadonlySet<string>,
): ArcMark[] {
  const arcs = new Map<string, Omit<ArcMark, "width" | "dashed">>();
  for (const r of records) {
    if (r.kind !== "flow" || r.time.type === "target") continue;
    const { codes, shared } = flowCountries(r, home);
    for (const country of codes) {
      const d = geometry.arcs[arcKey(r.institution, country)];
      if (!d) continue;
      const key = `${arcKey(r.institution, country)}:${r.people.direction}`;
      const arc = arcs.get(key) ?? {
        key,
        institution: r.institution,
        country,
        direction: r.people.direction,
        d,
        total: EMPTY_TOTAL,
      };
      arc.total = addCount(arc.total, shareOf(r.people.count, shared));
      arcs.set(key, arc);
    }
  }
  const max = Math.max(1, ...[...arcs.values()].map((a) => a.total.low));
  return [...arcs.values()].map((a) => ({
    ...a,
    width: a.total.low > 0 ? 1.5 + 4.5 * Math.sqrt(a.total.low / max) : 1,
    dashed: a.total.low === 0,
  }));
}

/** Partners in order of how many records they have, for the map's accessible summary. */
export function topPartners(
  stats: ReadonlyMap<string, CountryStats>,
  n: number,
): CountryStats[] {
  return [...stats.values()]
    .sort(
      (a, b) =>
        b.records.length - a.records.length || a.code.localeCompare(b.code),
    )
    .slice(0, n);
}
