// What a slide says, in the interface language: its kicker and title, and its source line.
// Pure; numbers, dates and names go through the shared formatters.
import { countryName } from "../lib/data/countries.ts";
import type { Dataset } from "../lib/data/schema.ts";
import { formatDate } from "../lib/i18n/dates.ts";
import type { Lang } from "../lib/i18n/lang.ts";
import { fill, type ViewMessages } from "../lib/i18n/messages.ts";
import type { Slide } from "./deck.ts";

export const listOf = (items: readonly string[], lang: Lang) =>
  items.join(lang === "zh" ? "、" : ", ");

/** Names of at most `max` countries, then "n more". */
export function placesText(
  codes: readonly string[],
  t: ViewMessages,
  lang: Lang,
  max = 6,
): string {
  const names = codes.slice(0, max).map((c) => countryName(c, lang));
  if (codes.length > max)
    names.push(fill(t.deckMore, { n: codes.length - max }));
  return listOf(names, lang);
}

export function yearsText(
  years: [number, number] | undefined,
  t: ViewMessages,
): string {
  if (!years) return "";
  return years[0] === years[1]
    ? String(years[0])
    : fill(t.timeSpan, { from: years[0], to: years[1] });
}

/** The small line above a slide's title: what kind of step it is. */
export function kickerOf(
  slide: Slide,
  dataset: Dataset,
  t: ViewMessages,
  lang: Lang,
): string {
  switch (slide.kind) {
    case "overview":
      return dataset.title?.[lang] ?? t.deckOverview;
    case "milestone":
      return t.deckMilestone;
    case "map":
      return t.deckWhere;
    case "flows":
      return t.deckFlows;
    case "institution":
      return slide.institution
        ? `${slide.institution.city[lang]} · ${countryName(slide.institution.country, lang)}`
        : t.deckInstitution;
  }
}

export function titleOf(
  slide: Slide,
  dataset: Dataset,
  t: ViewMessages,
  lang: Lang,
): string {
  if (slide.title) return slide.title[lang];
  switch (slide.kind) {
    case "overview":
      return t.deckOverviewTitle;
    case "milestone": {
      const only = slide.records.length === 1 ? slide.records[0] : undefined;
      return only
        ? only.title[lang]
        : fill(t.deckMilestones, { year: yearsText(slide.years, t) });
    }
    case "map":
      return fill(t.deckWhereTitle, {
        places: placesText(slide.countries, t, lang, 3),
        years: yearsText(slide.years, t),
      });
    case "flows":
      return t.deckFlowsTitle;
    case "institution":
      return slide.institution?.name[lang] ?? t.deckInstitution;
  }
}

/** "Source: BPC, “Introduction …” (2018)": every slide names the pages its figures come from. */
export function sourceLine(
  slide: Slide,
  dataset: Dataset,
  t: ViewMessages,
  lang: Lang,
): string {
  const short = (id: string) =>
    dataset.institutions.find((i) => i.id === id)?.shortName[lang] ?? id;
  const items = slide.sources.map((s) =>
    fill(slide.sources.length > 2 ? t.deckSourceShort : t.deckSourceItem, {
      inst: short(s.institution),
      title: s.title,
      date: formatDate(s.published.date, lang),
    }),
  );
  if (items.length === 0) return "";
  return fill(items.length === 1 ? t.deckSource : t.deckSources, {
    list: items.join(lang === "zh" ? "；" : "; "),
  });
}
