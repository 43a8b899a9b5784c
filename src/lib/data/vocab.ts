// The dataset's vocabularies, apart from the schema so that the first view (the URL parser, the
// filters) can list them without loading zod.
export const KINDS = [
  "agreement",
  "flow",
  "milestone",
  "event",
  "programme",
] as const;

export const DIRECTIONS = ["sent", "received"] as const;

export const CATEGORIES = [
  "teachers",
  "students",
  "doctoral-students",
  "postgraduates",
  "experts",
  "delegations",
  "trainees",
  "visitors",
] as const;

export const MILESTONES = [
  "designation",
  "base",
  "alliance",
  "election",
] as const;

export const EVENTS = [
  "conference",
  "seminar",
  "forum",
  "competition",
] as const;

export const UNSPECIFIED_WORDS = ["dozens", "several", "some", "many"] as const;
