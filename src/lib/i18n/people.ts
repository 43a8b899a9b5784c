// People counts in words: "68 doctoral students", "博士研究生68", "teachers, number not given".
import { formatCount, formatTotal, type Total } from "../data/counts.ts";
import type { Category, Count } from "../data/schema.ts";
import type { Lang } from "./lang.ts";
import { fill, type Messages } from "./messages.ts";

const CATEGORY_KEY: Record<Category, keyof Messages> = {
  teachers: "catTeachers",
  students: "catStudents",
  "doctoral-students": "catDoctoralStudents",
  postgraduates: "catPostgraduates",
  experts: "catExperts",
  delegations: "catDelegations",
  trainees: "catTrainees",
  visitors: "catVisitors",
};

/** The categories in the schema's order, without loading the schema (and its validator). */
export const CATEGORY_ORDER = Object.keys(CATEGORY_KEY) as Category[];

export function categoryName(category: Category, t: Messages): string {
  return t[CATEGORY_KEY[category]];
}

export function peopleText(
  count: Count,
  category: Category,
  t: Messages,
  lang: Lang,
): string {
  const name = categoryName(category, t);
  if (count.qualifier === "unknown")
    return fill(t.peopleUnknown, { category: name });
  return fill(t.peopleOf, { count: formatCount(count, lang), category: name });
}

/** What was achieved and, apart, what was planned: "368+", "41; planned: up to 150"; "" for none. */
export function achievedText(
  achieved: Total,
  planned: Total,
  t: Messages,
  lang: Lang,
): string {
  const parts: string[] = [];
  if (achieved.parts > 0) parts.push(formatTotal(achieved, lang));
  if (planned.parts > 0)
    parts.push(fill(t.tipPlanned, { total: formatTotal(planned, lang) }));
  return parts.join(lang === "zh" ? "；" : "; ");
}
