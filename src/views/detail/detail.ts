// What the detail panel says about one country or region, or one institution, of the records
// the filters keep: totals with their qualifiers, partner organisations, milestones, records.
import {
  countryStats,
  emptyStats,
  homeCountries,
  recordCountries,
  sourceDates,
  type CountryStats,
} from "../../lib/data/aggregate.ts";
import { addInto, newTotal } from "../../lib/data/counts.ts";
import { countryName } from "../../lib/data/countries.ts";
import type {
  CooperationRecord,
  Dataset,
  Institution,
  Text,
} from "../../lib/data/schema.ts";
import { intervalOf, yearsOf } from "../../lib/data/time.ts";
import { spanOf } from "../timeline/items.ts";

/** A partner organisation, once, with the country or region it is in. */
export interface PartnerOrg {
  name: Text;
  country: string;
}

export interface PartnerCountry {
  code: string;
  /** How many of the institution's records name it. */
  records: number;
}

interface DetailBase {
  name: Text;
  /**
   * People sent and received, achieved and planned apart, with the records and years: what the
   * map's tooltip reads (src/views/map/tooltip.ts), so the panel words them the same way.
   */
  stats: CountryStats;
  partners: PartnerOrg[];
  /** Records of kind "milestone", in time order. */
  milestones: CooperationRecord[];
  /** Every record, in time order. */
  records: CooperationRecord[];
}

export interface CountryDetail extends DetailBase {
  type: "country";
  code: string;
}

export interface InstitutionDetail extends DetailBase {
  type: "institution";
  institution: Institution;
  city: Text;
  /** Partner countries and regions, most records first. */
  countries: PartnerCountry[];
}

export type Detail = CountryDetail | InstitutionDetail;

/**
 * Records by the time they cover, as the timeline places them: a period by its start, an "as
 * of" figure (start unknown) on its date, a planned target from its source's date; then by
 * their end, then by id so that the order is stable.
 */
export function inTimeOrder(
  dataset: Dataset,
  records: readonly CooperationRecord[],
): CooperationRecord[] {
  const dates = sourceDates(dataset);
  const keyed = records.map((r) => ({
    r,
    span: spanOf(r, dates.get(r.source) ?? "0000"),
  }));
  keyed.sort(
    (a, b) =>
      a.span[0] - b.span[0] ||
      a.span[1] - b.span[1] ||
      (a.r.id < b.r.id ? -1 : a.r.id > b.r.id ? 1 : 0),
  );
  return keyed.map((k) => k.r);
}

/** Each organisation once (by its name and country), in the order the records name them. */
export function partnerOrgs(
  records: readonly CooperationRecord[],
): PartnerOrg[] {
  const seen = new Map<string, PartnerOrg>();
  for (const r of records)
    for (const p of r.partners) {
      const key = `${p.country}\u0000${p.name.en}`;
      if (!seen.has(key)) seen.set(key, { name: p.name, country: p.country });
    }
  return [...seen.values()];
}

const milestonesOf = (records: readonly CooperationRecord[]) =>
  records.filter((r) => r.kind === "milestone");

export function countryDetail(
  dataset: Dataset,
  records: readonly CooperationRecord[],
  code: string,
): CountryDetail {
  const stats = countryStats(dataset, records).get(code) ?? emptyStats(code);
  const ordered = inTimeOrder(dataset, stats.records);
  const partners = partnerOrgs(ordered);
  return {
    type: "country",
    code,
    name: { en: countryName(code, "en"), zh: countryName(code, "zh") },
    stats,
    // The organisations there first, then those elsewhere that work on the same records.
    partners: [
      ...partners.filter((p) => p.country === code),
      ...partners.filter((p) => p.country !== code),
    ],
    milestones: milestonesOf(ordered),
    records: ordered,
  };
}

/**
 * An institution's own totals: every flow counts whole (a count shared among countries is
 * one figure for the institution), achieved and planned apart.
 */
function institutionStats(
  dataset: Dataset,
  institution: Institution,
  records: readonly CooperationRecord[],
): CountryStats {
  const dates = sourceDates(dataset);
  const stats = { ...emptyStats(institution.country), records: [...records] };
  for (const r of records) {
    const [first, last] = yearsOf(
      intervalOf(r.time, dates.get(r.source) ?? "0000"),
    );
    stats.years = stats.years
      ? [
          stats.years[0] === null || first === null
            ? null
            : Math.min(stats.years[0], first),
          Math.max(stats.years[1], last),
        ]
      : [first, last];
    if (r.kind !== "flow") continue;
    const key =
      `${r.people.direction}${r.time.type === "target" ? "Planned" : ""}` as const;
    stats[key] = addInto(
      stats[key].parts ? stats[key] : newTotal(),
      r.people.count,
    );
  }
  return stats;
}

export function institutionDetail(
  dataset: Dataset,
  records: readonly CooperationRecord[],
  instId: string,
): InstitutionDetail | undefined {
  const institution = dataset.institutions.find((i) => i.id === instId);
  if (!institution) return undefined;
  const own = inTimeOrder(
    dataset,
    records.filter((r) => r.institution === instId),
  );
  const home = homeCountries(dataset);
  const counts = new Map<string, number>();
  for (const r of own)
    for (const code of recordCountries(r, home))
      counts.set(code, (counts.get(code) ?? 0) + 1);
  return {
    type: "institution",
    institution,
    name: institution.name,
    city: institution.city,
    stats: institutionStats(dataset, institution, own),
    countries: [...counts]
      .map(([code, n]) => ({ code, records: n }))
      .sort((a, b) => b.records - a.records || (a.code < b.code ? -1 : 1)),
    partners: partnerOrgs(own),
    milestones: milestonesOf(own),
    records: own,
  };
}
