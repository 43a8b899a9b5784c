// From partner statistics and geometry to what the map draws: filled shapes, markers for
// countries too small for a polygon, and flow arcs. Plain data in, plain data out.
import {
  indexedRecords,
  type CountryStats,
  type FlowRecord,
  type RecordIndex,
} from "../../lib/data/aggregate.ts";
import { addInto, newTotal, type Total } from "../../lib/data/counts.ts";
import { countryName } from "../../lib/data/countries.ts";
import type {
  CooperationRecord,
  Dataset,
  Direction,
} from "../../lib/data/schema.ts";
import { partnerCountries } from "../../lib/data/summary.ts";
import { lastFor } from "../../lib/last.ts";
import { INTL_LOCALE, perLang, type Lang } from "../../lib/i18n/lang.ts";
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
  legend: Legend;
  /** Keyboard order: by name in the language in use, small states among the large. */
  order: string[];
}

/**
 * The partners as the map draws them. Every record's statistics are one object (`countryStats`
 * keeps them), so going back to no filter finds its layers again.
 */
export const partnerLayers = lastFor(layersOf);

function layersOf(
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
    }
  }
  const order = [...shapes, ...markers]
    .map((m) => m.code)
    .sort((a, b) =>
      collatorFor(lang).compare(countryName(a, lang), countryName(b, lang)),
    );
  return { shapes, markers, legend, order };
}

/**
 * The dataset's partners with neither a shape nor a known position, listed under the map. The
 * whole dataset's, not the filters': the note then keeps its height as the filters change,
 * and the views below it stay where they are (moving them cost a change of institution at
 * 1280 × 800 some 2 ms at 10,000 records).
 */
export function unplacedPartners(dataset: Dataset, geometry: Geometry) {
  return [...partnerCountries(dataset)].filter(
    (code) => !geometry.shapes[code] && !geometry.anchors[code],
  );
}

const collatorFor = perLang((lang) => new Intl.Collator(INTL_LOCALE[lang]));

export interface ArcMark {
  key: string;
  institution: string;
  country: string;
  direction: Direction;
  d: string;
  total: Total;
  /** Stroke width in pixels, by the total's lower bound (MapView keeps it through zoom). */
  width: number;
  /** No number is guaranteed (unknown, unspecified, or an undivided share): thin and dashed. */
  dashed: boolean;
}

type ArcEnd = Omit<ArcMark, "total" | "width" | "dashed">;

/**
 * Per index and geometry, the arcs that records may add to (`ends`), by key in `at`; and for
 * each record's partner (index.place), the arc its people add to, + 2 (-1 + 2 for none drawn,
 * 0 until first needed): a filter change then looks each up once per dataset, not in a map on
 * every change (which took 2–3 ms at 100,000 records).
 */
interface ArcCache {
  geometry: Geometry;
  at: Map<string, number>;
  ends: ArcEnd[];
  byEntry: Int32Array;
  /** The arcs of every record, by limit: no filter then adds nothing up (6 ms at 100,000). */
  every: Map<number, ArcLayer>;
}
const arcEnds = new WeakMap<RecordIndex, ArcCache>();

/**
 * The most arcs the map draws. Past a few hundred they hide each other and the countries
 * beneath, and painting them takes longer than a frame; the map says how many are left out.
 */
export const ARC_LIMIT = 200;

export interface ArcLayer {
  /** The widest `limit` arcs, in the order the records first reach them. */
  arcs: ArcMark[];
  /** How many arcs the records make, drawn or not. */
  count: number;
}

/** The arc that a flow's people add to for a partner, -1 when none is drawn there. */
function arcOf(cache: ArcCache, r: FlowRecord, country: string): number {
  const pair = arcKey(r.institution, country);
  const d = cache.geometry.arcs[pair];
  const key = `${pair}:${r.people.direction}`;
  let n = d ? (cache.at.get(key) ?? -1) : -1;
  if (d && n < 0) {
    n =
      cache.ends.push({
        key,
        institution: r.institution,
        country,
        direction: r.people.direction,
        d,
      }) - 1;
    cache.at.set(key, n);
  }
  return n;
}

/**
 * One arc per institution, country and direction, summing the flows between them; the map
 * draws only the `limit` widest (by the total's lower bound;
 * arcs with no number last). Only those are made into marks: at 100,000 records there are
 * over 14,000 arcs, and making and sorting them all cost a filter change 13 ms.
 */
export function mapArcs(
  dataset: Dataset,
  records: readonly CooperationRecord[],
  geometry: Geometry,
  limit = ARC_LIMIT,
): ArcLayer {
  const [index, at] = indexedRecords(dataset, records);
  const { group, groups, start, place, places, people, part } = index;
  let cache = arcEnds.get(index);
  if (cache?.geometry !== geometry) {
    cache = {
      geometry,
      at: new Map(),
      ends: [],
      byEntry: new Int32Array(place.length),
      every: new Map(),
    };
    arcEnds.set(index, cache);
  }
  const { ends, byEntry, every } = cache;
  const known = at ? undefined : every.get(limit);
  if (known) return known;
  /** Each arc's total, in the order the records first reach it. */
  const totals: Total[] = [];
  const order: number[] = [];
  for (let j = 0; j < records.length; j++) {
    const i = at ? at[j]! : j;
    for (let e = start[i]!; e < start[i + 1]!; e++) {
      // Achieved flows only: planned targets are left out.
      if (!people[e] || (people[e]! - 1) & 2) continue;
      let n = byEntry[e]! - 2;
      if (n === -2) {
        n = arcOf(cache, groups[group[i]!] as FlowRecord, places[place[e]!]!);
        byEntry[e] = n + 2;
      }
      if (n < 0) continue;
      if (!totals[n]) order.push(n);
      addInto((totals[n] ??= newTotal()), part[i]!);
    }
  }
  let max = 1;
  for (const n of order) max = Math.max(max, totals[n]!.low);
  let drawn = order;
  if (order.length > limit) {
    // The `limit` widest, ties by key. Only the widths are sorted, as numbers, to find the
    // narrowest width kept; only the arcs of that width are sorted by key (at 100,000 records,
    // sorting all 14,000 arcs with a comparator cost each change 5 ms).
    const lows = Float64Array.from(order, (n) => totals[n]!.low).sort();
    const cut = lows[lows.length - limit]!;
    const wider = order.filter((n) => totals[n]!.low > cut);
    const atCut = order
      .filter((n) => totals[n]!.low === cut)
      .sort((a, b) => (ends[a]!.key < ends[b]!.key ? -1 : 1))
      .slice(0, limit - wider.length);
    const widest = new Set([...wider, ...atCut]);
    drawn = order.filter((n) => widest.has(n));
  }
  const arcs = drawn.map((n) => {
    const total = totals[n]!;
    return {
      ...ends[n]!,
      total,
      // Half pixels, from 1.5 to 6: arcs of one width are drawn as one path (strokes.ts), and
      // a tenth of a pixel more or less is not seen.
      width:
        total.low > 0 ? Math.round(3 + 9 * Math.sqrt(total.low / max)) / 2 : 1,
      dashed: total.low === 0,
    };
  });
  const layer = { arcs, count: order.length };
  if (!at) every.set(limit, layer);
  return layer;
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
