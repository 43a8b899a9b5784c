// What the map says about one partner, as label–value lines (rendered as text, never HTML).
import type { CountryStats } from "../../lib/data/aggregate.ts";
import { formatNumber, type Total } from "../../lib/data/counts.ts";
import { countryName } from "../../lib/data/countries.ts";
import type { Lang } from "../../lib/i18n/lang.ts";
import { fill, type Messages } from "../../lib/i18n/messages.ts";
import { achievedText, peopleText } from "../../lib/i18n/people.ts";

export interface TipLine {
  label: string;
  value: string;
}

export interface Tip {
  name: string;
  lines: TipLine[];
  note?: string;
}

export function yearsText(
  years: CountryStats["years"],
  t: Messages,
  lang: Lang,
): string {
  if (!years) return "";
  const [from, to] = years;
  const year = (n: number) => String(n);
  if (from === null) return fill(t.yearsUpTo, { to: year(to) });
  if (from === to) return year(to);
  return fill(t.yearsRange, { from: year(from), to: year(to) });
}

function peopleLine(
  label: string,
  achieved: Total,
  planned: Total,
  t: Messages,
  lang: Lang,
) {
  if (achieved.parts === 0 && planned.parts === 0) return [];
  return [{ label, value: achievedText(achieved, planned, t, lang) }];
}

export function tipFor(stats: CountryStats, t: Messages, lang: Lang): Tip {
  // Counts over several countries, shown whole: a share of them would be invented.
  const shared = stats.sharedFlows.map((r) =>
    peopleText(r.people.count, r.people.category, t, lang),
  );
  return {
    name: countryName(stats.code, lang),
    lines: [
      ...peopleLine(t.tipSent, stats.sent, stats.sentPlanned, t, lang),
      ...peopleLine(
        t.tipReceived,
        stats.received,
        stats.receivedPlanned,
        t,
        lang,
      ),
      { label: t.tipRecords, value: formatNumber(stats.records.length, lang) },
      ...(stats.years
        ? [{ label: t.tipYears, value: yearsText(stats.years, t, lang) }]
        : []),
    ],
    ...(shared.length > 0
      ? {
          note: fill(t.tipShared, {
            list: shared.join(lang === "zh" ? "；" : "; "),
          }),
        }
      : {}),
  };
}
