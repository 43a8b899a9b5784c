// The one definition of a Cooperation Atlas dataset. Types are inferred from it and
// data/schema.json is generated from it (`npm run schema:json`). zod/mini keeps the validator
// small. An `error` option here is a code (SCHEMA_CODES in problems.ts), never a sentence: the
// wording is per language, in src/lib/i18n/problems-en.ts and problems-zh.ts; other rules are
// worded from what zod reports (the allowed values of an enum, the options of a union).
import * as z from "zod/mini";
import countryCodes from "./country-codes.json" with { type: "json" };
import { CATEGORIES, DIRECTIONS, KINDS } from "./vocab.ts";
import { EVENTS, MILESTONES, UNSPECIFIED_WORDS } from "./vocab-records.ts";
export { CATEGORIES, DIRECTIONS, EVENTS, KINDS, MILESTONES, UNSPECIFIED_WORDS };

const alpha3 = Object.keys(countryCodes) as [string, ...string[]];

export const Id = z
  .string()
  .check(z.regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, { error: "id" }));

const NonEmpty = z.string().check(z.regex(/\S/, { error: "empty" }));

/** Text in both interface languages. */
export const Text = z.strictObject({ en: NonEmpty, zh: NonEmpty });

export const CountryCode = z.enum(alpha3, { error: "country" });

/** A date as precise as its source: "2016" (year), "2018-05" (month) or "2024-06-25" (day). */
export const PartialDate = z.string().check(
  z.regex(/^\d{4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12]\d|3[01]))?)?$/, {
    error: "date",
  }),
  z.refine(
    (s) =>
      s.length < 10 ||
      (!Number.isNaN(Date.parse(s)) && new Date(s).toISOString().startsWith(s)),
    { error: "day" },
  ),
);

export const Time = z.discriminatedUnion("type", [
  z.strictObject({ type: z.literal("date"), date: PartialDate }),
  z.strictObject({
    type: z.literal("period"),
    start: PartialDate,
    end: PartialDate,
  }),
  /** A cumulative figure "as of" a date; when it started is not known. */
  z.strictObject({ type: z.literal("asOf"), date: PartialDate }),
  /** Planned, not achieved: "up to 150 … will be trained until 2019". */
  z.strictObject({
    type: z.literal("target"),
    until: PartialDate,
    from: z.optional(PartialDate),
  }),
]);

const whole = z.int().check(z.minimum(0, { error: "negative" }));

/** A count with the qualifier its source gives it: "more than 23" is atLeast 23. */
export const Count = z.discriminatedUnion("qualifier", [
  z.strictObject({ qualifier: z.literal("exact"), value: whole }),
  z.strictObject({ qualifier: z.literal("atLeast"), value: whole }),
  z.strictObject({ qualifier: z.literal("atMost"), value: whole }),
  z.strictObject({
    qualifier: z.literal("unspecified"),
    word: z.enum(UNSPECIFIED_WORDS),
  }),
  z.strictObject({ qualifier: z.literal("unknown") }),
]);

export const People = z.strictObject({
  direction: z.enum(DIRECTIONS),
  category: z.enum(CATEGORIES),
  count: Count,
});

/** A number that is not of people: partner colleges, lectures a year. */
export const Quantity = z.strictObject({
  count: Count,
  of: Text,
  per: z.optional(z.literal("year")),
});

export const Partner = z.strictObject({ name: Text, country: CountryCode });

const recordFields = {
  id: Id,
  institution: Id,
  title: Text,
  summary: Text,
  time: Time,
  /** Countries and regions as ISO alpha-3; TWN, HKG and MAC are regions of China. */
  countries: z.array(CountryCode),
  /** The source names these countries and says there are others it does not name. */
  unnamedCountries: z.optional(z.boolean()),
  /** How many countries the source says, when it does not name them all ("11 countries or areas"). */
  countryCount: z.optional(Count),
  partners: z.array(Partner),
  quantity: z.optional(Quantity),
  source: Id,
  /** Verbatim from the source page. */
  quote: NonEmpty,
  note: z.optional(Text),
};

export const CooperationRecord = z.discriminatedUnion("kind", [
  z.strictObject({ ...recordFields, kind: z.literal("agreement") }),
  z.strictObject({
    ...recordFields,
    kind: z.literal("flow"),
    people: People,
  }),
  z.strictObject({
    ...recordFields,
    kind: z.literal("milestone"),
    milestone: z.enum(MILESTONES),
  }),
  z.strictObject({
    ...recordFields,
    kind: z.literal("event"),
    event: z.enum(EVENTS),
  }),
  z.strictObject({ ...recordFields, kind: z.literal("programme") }),
]);

export const Institution = z.strictObject({
  id: Id,
  name: Text,
  shortName: Text,
  city: Text,
  country: CountryCode,
  /** [longitude, latitude] in degrees. */
  coordinates: z.tuple([
    z.number().check(z.minimum(-180), z.maximum(180)),
    z.number().check(z.minimum(-90), z.maximum(90)),
  ]),
});

export const Source = z.strictObject({
  id: Id,
  institution: Id,
  /** The page's own title, as printed. */
  title: NonEmpty,
  /** The page's file under data/sources/ (and ../shared/seeds/). */
  file: NonEmpty,
  published: z.strictObject({
    date: PartialDate,
    /** The page prints no date (or contradicts itself); `note` says how the date was reached. */
    estimated: z.optional(z.boolean()),
    note: z.optional(Text),
  }),
});

/**
 * How the map is drawn. A university in China may only publish a world map whose boundaries
 * follow the official standard map: `basemap` names such a TopoJSON file to draw instead of
 * world-atlas.
 */
export const MapSettings = z.strictObject({
  /** The longitude in the middle of the map, in degrees east; maps printed in China use about 150. */
  centre: z.optional(z.number().check(z.minimum(-180), z.maximum(180))),
  basemap: z.optional(
    z.strictObject({
      /** A TopoJSON file on the same site, relative to the page. */
      url: NonEmpty,
      /** The object in the topology that holds the countries; the first one when left out. */
      object: z.optional(NonEmpty),
      /** The feature property that holds the ISO code (alpha-3, alpha-2 or numeric); "id" for the feature id. */
      idProperty: z.optional(NonEmpty),
      /** Who made the boundaries, shown in the credits line. */
      credit: z.optional(Text),
    }),
  ),
});

/** What a slide of the presentation deck (src/present/) shows. */
export const SLIDE_KINDS = [
  "overview",
  "milestone",
  "map",
  "flows",
  "institution",
] as const;

/**
 * One slide of a dataset's own presentation: its title, and what it shows. Without a `story`
 * the deck is generated from the records.
 */
export const StorySlide = z.strictObject({
  title: Text,
  /** How the slide draws its records; "milestone" when left out. */
  kind: z.optional(z.enum(SLIDE_KINDS)),
  /** The records the slide tells of (record ids). */
  records: z.optional(z.array(Id)),
  /** The countries and regions a map slide is focused on. */
  countries: z.optional(z.array(CountryCode)),
  /** The institution of an "institution" slide. */
  institution: z.optional(Id),
});

export const Dataset = z.strictObject({
  $schema: z.optional(z.string()),
  version: z.literal(1),
  title: z.optional(Text),
  map: z.optional(MapSettings),
  institutions: z.array(Institution),
  sources: z.array(Source),
  records: z.array(CooperationRecord),
  /** The slides of the presentation deck, in order; generated from the records when left out. */
  story: z.optional(z.array(StorySlide)),
});

/** What the loader accepts before looking at each entry: anything else is not a dataset. */
export const DatasetShell = z.looseObject({
  version: z.literal(1),
  title: z.optional(z.unknown()),
  map: z.optional(z.unknown()),
  institutions: z.array(z.unknown()),
  sources: z.array(z.unknown()),
  records: z.array(z.unknown()),
  story: z.optional(z.unknown()),
});

export type Text = z.infer<typeof Text>;
export type PartialDate = z.infer<typeof PartialDate>;
export type Time = z.infer<typeof Time>;
export type Count = z.infer<typeof Count>;
export type People = z.infer<typeof People>;
export type Quantity = z.infer<typeof Quantity>;
export type Partner = z.infer<typeof Partner>;
export type CooperationRecord = z.infer<typeof CooperationRecord>;
export type Institution = z.infer<typeof Institution>;
export type Source = z.infer<typeof Source>;
export type Dataset = z.infer<typeof Dataset>;
export type MapSettings = z.infer<typeof MapSettings>;
export type StorySlide = z.infer<typeof StorySlide>;
export type SlideKind = (typeof SLIDE_KINDS)[number];
export type Kind = (typeof KINDS)[number];
export type Direction = (typeof DIRECTIONS)[number];
export type Category = (typeof CATEGORIES)[number];
