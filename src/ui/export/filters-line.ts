// The lines an exported chart carries under its title and at its foot, in words: which
// filters were in force, and where the data comes from. Pure, so both languages are tested.
import { countryName } from "../../lib/data/countries.ts";
import type { Dataset } from "../../lib/data/schema.ts";
import { kindName } from "../../lib/i18n/kinds.ts";
import type { Lang } from "../../lib/i18n/lang.ts";
import { fill, type ViewMessages } from "../../lib/i18n/messages.ts";
import { categoryName } from "../../lib/i18n/people.ts";
import type { Filters } from "../../lib/state/filters.svelte.ts";

export type FilterFields = Pick<
  Filters,
  "inst" | "from" | "to" | "kinds" | "dir" | "category" | "q" | "country"
>;

const SEPARATOR = " · ";
const LIST: Record<Lang, string> = { en: ", ", zh: "、" };

function years(filters: FilterFields, t: ViewMessages): string | null {
  const { from, to } = filters;
  if (from === null && to === null) return null;
  if (from !== null && to !== null)
    return from === to
      ? fill(t.yearsRange, { from, to }).replace(/^.*[–—]/, "")
      : fill(t.yearsRange, { from, to });
  if (from !== null) return fill(t.exportYearsFrom, { from });
  return fill(t.yearsUpTo, { to: to! });
}

/**
 * "Beijing Polytechnic College · 2016–2018 · Zambia · Milestones, Events · sent abroad ·
 * “teacher”", or "All institutions, all years" when nothing is chosen.
 */
export function describeFilters(
  filters: FilterFields,
  dataset: Pick<Dataset, "institutions">,
  lang: Lang,
  t: ViewMessages,
): string {
  const inst = filters.inst
    ? dataset.institutions.find((i) => i.id === filters.inst)
    : undefined;
  const span = years(filters, t);
  const rest = [
    filters.country ? countryName(filters.country, lang) : null,
    filters.kinds.length > 0
      ? filters.kinds.map((k) => kindName(k, t)).join(LIST[lang])
      : null,
    filters.dir === "sent"
      ? t.exportSent
      : filters.dir === "received"
        ? t.exportReceived
        : null,
    filters.category ? categoryName(filters.category, t) : null,
    filters.q.trim() ? fill(t.exportSearch, { q: filters.q.trim() }) : null,
  ].filter((part): part is string => part !== null);
  if (!inst && !span && rest.length === 0) return t.exportNoFilters;
  return [
    inst ? inst.name[lang] : t.exportAllInstitutions,
    span ?? t.exportAllYears,
    ...rest,
  ].join(SEPARATOR);
}

/** Where the data comes from, and the app that drew it. */
export function sourceLine(
  dataset: Pick<Dataset, "title">,
  lang: Lang,
  t: ViewMessages,
): string {
  const title = dataset.title?.[lang];
  return title
    ? fill(t.exportSource, { title, app: t.appTitle })
    : fill(t.exportSourceUntitled, { app: t.appTitle });
}
