// Flow records for tests, built from the few fields a case is about.
import type { FlowRecord } from "../../src/lib/data/aggregate.ts";
import type { Count, Time } from "../../src/lib/data/schema.ts";

export function flow(
  id: string,
  fields: {
    direction?: "sent" | "received";
    category?: FlowRecord["people"]["category"];
    count?: Count;
    countries?: string[];
    unnamed?: boolean;
    time?: Time;
    institution?: string;
  } = {},
): FlowRecord {
  return {
    id,
    institution: fields.institution ?? "alpha",
    kind: "flow",
    title: { en: id, zh: id },
    summary: { en: id, zh: id },
    time: fields.time ?? { type: "date", date: "2016" },
    countries: fields.countries ?? [],
    ...(fields.unnamed ? { unnamedCountries: true } : {}),
    partners: [],
    people: {
      direction: fields.direction ?? "sent",
      category: fields.category ?? "teachers",
      count: fields.count ?? { qualifier: "exact", value: 8 },
    },
    source: "alpha-page",
    quote: `quote of ${id}`,
  };
}

export const exact = (value: number): Count => ({ qualifier: "exact", value });
export const atLeast = (value: number): Count => ({
  qualifier: "atLeast",
  value,
});
export const UNKNOWN: Count = { qualifier: "unknown" };
