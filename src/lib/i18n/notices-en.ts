// Why an address parameter was ignored, in English. Loaded only when there is a notice.
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
  or: " or ",
} as const;

export type NoticeText = { readonly [K in keyof typeof noticesEn]: string };
