// Dates as precise as their source, through Intl: "2016", "May 2018", "25 June 2024";
// "2017–2018"; "as of 2018"; "planned, until 2019". (Intl's formatRange differs between
// engines for Chinese, "2018/5 – 2018/7" in Node, so spans are joined by the messages.)
import type { PartialDate, Time } from "../data/schema.ts";
import { firstDay, precisionOf } from "../data/time.ts";
import { INTL_LOCALE, perLang, type Lang } from "./lang.ts";
import { fill, type ViewMessages } from "./messages.ts";

const OPTIONS = {
  year: { year: "numeric" },
  month: { year: "numeric", month: "long" },
  day: { year: "numeric", month: "long", day: "numeric" },
} as const satisfies Record<string, Intl.DateTimeFormatOptions>;

/** A formatter per precision, made once per language. */
const formats = perLang((lang) => {
  const make = (options: Intl.DateTimeFormatOptions) =>
    new Intl.DateTimeFormat(INTL_LOCALE[lang], { ...options, timeZone: "UTC" });
  return {
    year: make(OPTIONS.year),
    month: make(OPTIONS.month),
    day: make(OPTIONS.day),
  };
});

const utc = (date: PartialDate) => new Date(`${firstDay(date)}T00:00:00Z`);

/**
 * Each date written once per language: a dataset has few distinct dates, and the timeline
 * names a date in every mark's label on every change (at 10,000 records, thousands of
 * `Date`s made and formatted per change).
 */
const written = perLang(() => new Map<PartialDate, string>());

export function formatDate(date: PartialDate, lang: Lang): string {
  const seen = written(lang);
  let text = seen.get(date);
  if (text === undefined) {
    text = formats(lang)[precisionOf(date)].format(utc(date));
    seen.set(date, text);
  }
  return text;
}

export function formatTime(time: Time, t: ViewMessages, lang: Lang): string {
  switch (time.type) {
    case "date":
      return formatDate(time.date, lang);
    case "period":
      return fill(t.timeSpan, {
        from: formatDate(time.start, lang),
        to: formatDate(time.end, lang),
      });
    case "asOf":
      return fill(t.timeAsOf, { date: formatDate(time.date, lang) });
    case "target":
      return fill(t.timeTarget, { date: formatDate(time.until, lang) });
  }
}
