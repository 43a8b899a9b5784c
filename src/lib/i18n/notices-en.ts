// What went wrong with the address or the dataset, in English. Loaded only when something did.
export const noticesEn = {
  invalidParam: "The address parameter {name}={value} was ignored: {reason}",
  reasonOneOf: "use {allowed}",
  reasonNoFile: "it names no file",
  reasonYear: "it is not a year",
  reasonReversed: "the years were the wrong way round and have been swapped",
  reasonCountry: "it is not a country or region code",
  reasonUnknown: "the atlas does not know this parameter",
  reasonNoInstitution: "the dataset has no institution with this id",
  reasonNoRecord: "the dataset has no record with this id",
  reasonSlide: "it is not a slide number (1, 2, 3 and so on)",
  or: " or ",
  // A dataset with problems (src/ui/lazy/ProblemPanel.svelte)
  refusedTitle: "This dataset cannot be shown",
  leftOutTitle: "{n} entries were left out because they have problems",
  leftOutTitleOne: "1 entry was left out because it has problems",
  leftOutHelp:
    "Everything else in the dataset is shown. Fix these entries to include them:",
  noneKeptHelp:
    "No record of the dataset could be shown. Fix these entries to include them:",
  emptyTitle: "This dataset has no records",
  emptyHelp:
    "The file is a valid dataset, but its list of records is empty: there is nothing to show yet.",
} as const;

export type NoticeText = { readonly [K in keyof typeof noticesEn]: string };
