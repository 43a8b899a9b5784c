// Interface text in English. zh.ts must have exactly these keys (checked by its type).
export const en = {
  appTitle: "Cooperation Atlas",
  tagline: "International cooperation, from the institutions' own pages",
  language: "Language",
  switchTo: "中文",
  loading: "Loading the dataset…",
  institutions: "Institutions",
  records: "Records",
  countries: "Partner countries and regions",
  recordsOf: "{n} records",
  mapTitle: "World map of partners",
  mapPending:
    "The world map of partner countries and regions will be drawn here.",
  timelineTitle: "Milestones",
  timelinePending: "The timeline of milestones will be drawn here.",
  flowsTitle: "People sent and received",
  flowsPending:
    "The flows of people sent abroad and received will be drawn here.",
  tableTitle: "All records",
  tablePending: "Every record, with its source quote, will be listed here.",
  refusedTitle: "This dataset cannot be shown",
  leftOutTitle: "{n} entries were left out because they have problems",
  leftOutHelp:
    "Everything else in the dataset is shown. Fix these entries to include them:",
  problemLine: "{where} {id}: {field} {message}",
  dataFrom: "Data: {file}",
  sourcesLine:
    "Sources: the international offices' web pages of the institutions listed.",
  invalidParam: "The address parameter {name}={value} was ignored: {reason}",
} as const;

export type Messages = { readonly [K in keyof typeof en]: string };
