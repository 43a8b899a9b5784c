// The benchmark's aggregation figures (scripts/bench.ts), in Node: what a filter change costs
// the map (selection, per-country sums, arcs) on synthetic datasets, median of several runs
// after a first run that builds each dataset's index. The views below the map (timeline,
// flows) are timed beside it: their own work per filter change, not indexed.
import { performance } from "node:perf_hooks";
import { defaultMap } from "./vite-basemap.ts";
import {
  countryStats,
  homeCountries,
  selectRecords,
  sourceDates,
  type RecordFilter,
} from "../src/lib/data/aggregate.ts";
import type { Dataset } from "../src/lib/data/schema.ts";
import { matcher } from "../src/lib/data/search.ts";
import { synthDataset } from "../src/lib/data/synth.ts";
import { mapArcs } from "../src/views/map/layers.ts";
import { placeDataset } from "../src/views/map/place.ts";
import * as drawing from "../src/views/map/projection.ts";
import { chosenFlows, flowGraph } from "../src/views/flows/sankey.ts";
import { yearsChart } from "../src/views/flows/years.ts";
import { timelineItems } from "../src/views/timeline/items.ts";

export interface Timing {
  median: number;
  min: number;
  max: number;
}

export interface AggregationFigures {
  records: number;
  runs: number;
  /** Building the index: once per dataset, when it is loaded. */
  index: number;
  /** One filter change for the map: selectRecords + countryStats + mapArcs (its widest arcs). */
  map: Timing;
  select: Timing;
  countryStats: Timing;
  mapArcs: Timing;
  /** A text search: the matcher over the dataset's text, then the selection. */
  search: Timing;
  /** The views' own per-filter work (per record, not indexed). */
  timelineItems: Timing;
  flowGraph: Timing;
  yearsChart: Timing;
}

const round = (ms: number) => Math.round(ms * 10) / 10;

export function timing(times: number[]): Timing {
  const sorted = [...times].sort((a, b) => a - b);
  return {
    median: round(sorted[Math.floor(sorted.length / 2)]!),
    min: round(sorted[0]!),
    max: round(sorted.at(-1)!),
  };
}

function time(runs: number, work: (run: number) => unknown): Timing {
  const times: number[] = [];
  for (let run = 0; run < runs; run++) {
    const start = performance.now();
    work(run);
    times.push(performance.now() - start);
  }
  return timing(times);
}

/** The filter changes timed, in turn: an institution, years, a kind, and everything. */
function filters(dataset: Dataset): RecordFilter[] {
  const all = { inst: null, from: null, to: null, kinds: [] };
  return [
    { ...all, inst: dataset.institutions[1]!.id },
    { ...all, from: 2012, to: 2018 },
    { ...all, kinds: ["flow"] },
    all,
  ];
}

export function aggregationFigures(
  root: string,
  size: number,
  runs: number,
): AggregationFigures {
  const dataset = synthDataset(size);
  const base = defaultMap(root);
  const geometry = placeDataset(
    { ...base.geometry, anchors: base.anchors, shapes: base.shapes },
    dataset,
    drawing.makeProjection(base.geometry.projection),
    drawing,
  );
  const home = homeCountries(dataset);
  const dates = sourceDates(dataset);
  const changes = filters(dataset);
  const pick = (run: number) => changes[run % changes.length]!;
  const startIndex = performance.now();
  const everything = selectRecords(dataset, changes.at(-1)!);
  const index = round(performance.now() - startIndex);
  // Warm: the arcs' ends, the search text, the code paths.
  mapArcs(dataset, everything, geometry);
  matcher("cooperation", dataset);
  const selections = changes.map((f) => selectRecords(dataset, f));
  const chosen = selections.map((s) =>
    chosenFlows(s, { show: "both", planned: false }),
  );
  const institutions = dataset.institutions.map((i) => i.id);
  return {
    records: size,
    runs,
    index,
    map: time(runs, (run) => {
      const records = selectRecords(dataset, pick(run));
      countryStats(dataset, records);
      mapArcs(dataset, records, geometry);
    }),
    select: time(runs, (run) => selectRecords(dataset, pick(run))),
    countryStats: time(runs, (run) =>
      countryStats(dataset, selections[run % selections.length]!),
    ),
    mapArcs: time(runs, (run) =>
      mapArcs(dataset, selections[run % selections.length]!, geometry),
    ),
    search: time(runs, (run) =>
      selectRecords(dataset, {
        ...changes.at(-1)!,
        match: matcher(`cooperation ${run + 1}`, dataset),
      }),
    ),
    timelineItems: time(runs, (run) =>
      timelineItems(
        selections[run % selections.length]!,
        (r) => dates.get(r.source) ?? "0000",
      ),
    ),
    flowGraph: time(runs, (run) =>
      flowGraph(selections[run % selections.length]!, {
        home,
        show: "both",
        planned: false,
        institutions,
      }),
    ),
    yearsChart: time(runs, (run) => {
      const flows = chosen[run % chosen.length]!;
      yearsChart(flows, dates, new Set(flows.map((r) => r.id)), {
        from: null,
        to: null,
      });
    }),
  };
}
