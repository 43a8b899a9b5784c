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
