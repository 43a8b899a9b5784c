// The slides of the presentation deck, from a dataset's own `story` or generated from its
// records: an overview, the milestones year by year (each followed by a map of the countries
// that year's records name), the people sent and received, and one slide per institution.
// Pure: the slides hold records and codes; Deck.svelte words them.
import { homeCountries, recordCountries } from "../lib/data/aggregate.ts";
import type {
  CooperationRecord,
  Dataset,
  Institution,
  SlideKind,
  Source,
  StorySlide,
  Text,
} from "../lib/data/schema.ts";
import { intervalOf, yearsOf } from "../lib/data/time.ts";

export interface Slide {
  kind: SlideKind;
  /** The dataset's own title for the slide (from its story); else the deck words one. */
  title?: Text;
  records: CooperationRecord[];
  /** Partner countries and regions the slide is about (a map slide is focused on them). */
  countries: string[];
  institution?: Institution;
  /** The calendar years a milestone or map step is about. */
  years?: [number, number];
  /** The source pages of the slide's records: every slide names them. */
  sources: Source[];
}

/** The first and last calendar year of a record ("as of" figures by their date). */
export function recordYears(
  r: CooperationRecord,
  dataset: Dataset,
): [number, number] {
  const published =
    dataset.sources.find((s) => s.id === r.source)?.published.date ?? "0000";
  const [first, last] = yearsOf(intervalOf(r.time, published));
  return [first ?? last, last];
}

/** A record that happened at a known time (a date or a period), not a cumulative figure or a target. */
const isDated = (r: CooperationRecord) =>
  r.time.type === "date" || r.time.type === "period";

function sourcesOf(dataset: Dataset, records: readonly CooperationRecord[]) {
  const ids = new Set(records.map((r) => r.source));
  return dataset.sources.filter((s) => ids.has(s.id));
}

function countriesOf(dataset: Dataset, records: readonly CooperationRecord[]) {
  const home = homeCountries(dataset);
  return [...new Set(records.flatMap((r) => recordCountries(r, home)))];
}

function slide(
  dataset: Dataset,
  kind: SlideKind,
  records: CooperationRecord[],
  extra: Partial<Slide> = {},
): Slide {
  return {
    kind,
    records,
    countries: countriesOf(dataset, records),
    sources: sourcesOf(dataset, records),
    ...extra,
  };
}

function span(years: [number, number][]): [number, number] {
  return [
    Math.min(...years.map((y) => y[0])),
    Math.max(...years.map((y) => y[1])),
  ];
}

/** Milestones grouped by the year they began, in time order, each with a map of that year's places. */
function story(dataset: Dataset, records: CooperationRecord[]): Slide[] {
  const startYear = (r: CooperationRecord) => recordYears(r, dataset)[0];
  const milestones = records
    .filter((r) => r.kind === "milestone")
    .sort((a, b) => startYear(a) - startYear(b));
  const slides: Slide[] = [];
  for (const year of new Set(milestones.map(startYear))) {
    const step = milestones.filter((r) => startYear(r) === year);
    slides.push(slide(dataset, "milestone", step, { years: [year, year] }));
    // The places of that step: records of the same year that happened then and name countries.
    const placed = records.filter(
      (r) =>
        isDated(r) &&
        startYear(r) === year &&
        countriesOf(dataset, [r]).length > 0,
    );
    if (placed.length > 0) {
      slides.push(
        slide(dataset, "map", placed, {
          years: span(placed.map((r) => recordYears(r, dataset))),
        }),
      );
    }
  }
  return slides;
}

/** The deck generated from the records (already filtered): never empty. */
export function generateDeck(
  dataset: Dataset,
  records: CooperationRecord[] = dataset.records,
): Slide[] {
  const slides = [slide(dataset, "overview", records)];
  slides.push(...story(dataset, records));
  const flows = records.filter((r) => r.kind === "flow");
  if (flows.length > 0) slides.push(slide(dataset, "flows", flows));
  for (const institution of dataset.institutions) {
    const own = records.filter((r) => r.institution === institution.id);
    if (own.length === 0) continue;
    slides.push(slide(dataset, "institution", own, { institution }));
  }
  return slides;
}

/** A dataset's own slides: ids the validator kept, so every one resolves. */
export function storyDeck(
  dataset: Dataset,
  story: readonly StorySlide[],
): Slide[] {
  const byId = new Map(dataset.records.map((r) => [r.id, r]));
  return story.map((s) => {
    const kind = s.kind ?? "milestone";
    const institution = dataset.institutions.find(
      (i) => i.id === s.institution,
    );
    let records = (s.records ?? [])
      .map((id) => byId.get(id))
      .filter((r): r is CooperationRecord => r !== undefined);
    if (!s.records) {
      if (kind === "institution" && institution)
        records = dataset.records.filter(
          (r) => r.institution === institution.id,
        );
      else if (kind === "flows")
        records = dataset.records.filter((r) => r.kind === "flow");
      else if (kind === "overview") records = dataset.records;
    }
    const made = slide(dataset, kind, records, {
      title: s.title,
      ...(institution ? { institution } : {}),
      ...(records.length
        ? { years: span(records.map((r) => recordYears(r, dataset))) }
        : {}),
    });
    if (s.countries) made.countries = [...s.countries];
    if (made.sources.length === 0 && institution)
      made.sources = dataset.sources.filter(
        (src) => src.institution === institution.id,
      );
    return made;
  });
}

/** The deck of a dataset: its story when it has one, else generated from the records. */
export function buildDeck(
  dataset: Dataset,
  records: CooperationRecord[] = dataset.records,
): Slide[] {
  return dataset.story?.length
    ? storyDeck(dataset, dataset.story)
    : generateDeck(dataset, records);
}

/** A slide number (from 1) within the deck. */
export function clampSlide(n: number, length: number): number {
  return Math.min(Math.max(1, Math.round(n) || 1), Math.max(1, length));
}
