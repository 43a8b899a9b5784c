// The words a record's milestone, event or vague count is given in: only the validator
// (schema.ts) and the synthetic data read them, so apart from vocab.ts, which the first view
// loads.
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
