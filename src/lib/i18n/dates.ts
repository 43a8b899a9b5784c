// Dates as precise as their source, through Intl: "2016", "May 2018", "25 June 2024";
// "2017–2018"; "as of 2018"; "planned, until 2019". (Intl's formatRange differs between
// engines for Chinese, "2018/5 – 2018/7" in Node, so spans are joined by the messages.)
import type { PartialDate, Time } from "../data/schema.ts";
import { firstDay, precisionOf } from "../data/time.ts";
import { INTL_LOCALE, type Lang } from "./lang.ts";
import { fill, type ViewMessages } from "./messages.ts";

const OPTIONS = {
  year: { year: "numeric" },
  month: { year: "numeric", month: "long" },
  day: { year: "numeric", month: "long", day: "numeric" },
} as const satisfies Record<string, Intl.DateTimeFormatOptions>;

const formats = new Map<string, Intl.DateTimeFormat>();

function formatFor(lang: Lang, precision: keyof typeof OPTIONS) {
  const key = `${lang}:${precision}`;
  let format = formats.get(key);
  if (!format) {
    format = new Intl.DateTimeFormat(INTL_LOCALE[lang], {
      ...OPTIONS[precision],
      timeZone: "UTC",
    });
    formats.set(key, format);
  }
  return format;
}

const utc = (date: PartialDate) => new Date(`${firstDay(date)}T00:00:00Z`);

/**
 * Each date written once per language: a dataset has few distinct dates, and the timeline
 * names a date in every mark's label on every change (at 10,000 records, thousands of
 * `Date`s made and formatted per change).
 */
const written = new Map<string, string>();

export function formatDate(date: PartialDate, lang: Lang): string {
  const key = `${lang}:${date}`;
  let text = written.get(key);
  if (text === undefined) {
    text = formatFor(lang, precisionOf(date)).format(utc(date));
    written.set(key, text);
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
