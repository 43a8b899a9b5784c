// The column layout of the spreadsheet files (README: "Spreadsheet import and export"): for
// each sheet, its columns in order, the dataset field each one holds and the cell's form.
// One list serves writing, reading, and naming the column a validator problem is in.
import type { PathKey } from "./problems.ts";
import type { Kind } from "./schema.ts";

export const SHEETS = [
  "settings",
  "institutions",
  "sources",
  "records",
  "story",
] as const;
export type SheetName = (typeof SHEETS)[number];

export type Form =
  /** Text as it is, spaces kept. */
  | "text"
  /** An id, a code, a word of a vocabulary or a date: spaces around it dropped. */
  | "code"
  /** An alpha-3 code, upper-cased. */
  | "country"
  | "number"
  /** yes / no; blank leaves the field out. */
  | "bool"
  | "count"
  | "time"
  /** Codes separated by semicolons; blank is an empty list. */
  | "countries"
  /** Ids or codes separated by semicolons; blank leaves the field out, [] is an empty list. */
  | "ids"
  | "optionalCountries";

export interface Column {
  name: string;
  path: readonly PathKey[];
  form: Form;
  /** A sheet without this column is refused: every row would need it. */
  required?: boolean;
  /** Only records of these kinds have the field. */
  kinds?: readonly Kind[];
}

function column(
  name: string,
  path: string,
  form: Form = "text",
  extra: Partial<Column> = {},
): Column {
  const keys = path.split(".").map((k) => (/^\d+$/.test(k) ? Number(k) : k));
  return { name, path: keys, form, ...extra };
}

const required = { required: true };
const bilingual = (name: string, path: string, extra: Partial<Column> = {}) => [
  column(`${name}_en`, `${path}.en`, "text", extra),
  column(`${name}_zh`, `${path}.zh`, "text", extra),
];

const RECORD_COLUMNS: Column[] = [
  column("id", "id", "code", required),
  column("kind", "kind", "code", required),
  column("institution", "institution", "code", required),
  column("source", "source", "code", required),
  ...bilingual("title", "title", required),
  ...bilingual("summary", "summary", required),
  column("time", "time", "time", required),
  column("countries", "countries", "countries"),
  column("unnamed_countries", "unnamedCountries", "bool"),
  column("country_count", "countryCount", "count"),
  column("people_direction", "people.direction", "code", { kinds: ["flow"] }),
  column("people_category", "people.category", "code", { kinds: ["flow"] }),
  column("people_count", "people.count", "count", { kinds: ["flow"] }),
  column("milestone", "milestone", "code", { kinds: ["milestone"] }),
  column("event", "event", "code", { kinds: ["event"] }),
  column("quantity_count", "quantity.count", "count"),
  ...bilingual("quantity_of", "quantity.of"),
  column("quantity_per", "quantity.per", "code"),
  column("quote", "quote", "text", required),
  ...bilingual("note", "note"),
];

/** The columns of the n-th partner (1-based): partner1_country, partner1_en, partner1_zh. */
export function partnerColumns(n: number): Column[] {
  return [
    column(`partner${n}_country`, `partners.${n - 1}.country`, "country"),
    ...bilingual(`partner${n}`, `partners.${n - 1}.name`),
  ];
}
export const PARTNER_COLUMN = /^partner([1-9]\d*)_(country|en|zh)$/;

const COLUMNS: Record<SheetName, Column[]> = {
  settings: [
    column("version", "version", "number"),
    column("json_schema", "$schema", "code"),
    ...bilingual("title", "title"),
    column("map_centre", "map.centre", "number"),
    column("map_basemap_url", "map.basemap.url"),
    column("map_basemap_object", "map.basemap.object"),
    column("map_basemap_id_property", "map.basemap.idProperty"),
    ...bilingual("map_basemap_credit", "map.basemap.credit"),
  ],
  institutions: [
    column("id", "id", "code", required),
    ...bilingual("name", "name", required),
    ...bilingual("short_name", "shortName", required),
    ...bilingual("city", "city", required),
    column("country", "country", "country", required),
    column("longitude", "coordinates.0", "number", required),
    column("latitude", "coordinates.1", "number", required),
  ],
  sources: [
    column("id", "id", "code", required),
    column("institution", "institution", "code", required),
    column("title", "title", "text", required),
    column("file", "file", "text", required),
    column("published", "published.date", "code", required),
    column("published_estimated", "published.estimated", "bool"),
    ...bilingual("published_note", "published.note"),
  ],
  records: RECORD_COLUMNS,
  story: [
    ...bilingual("title", "title", required),
    column("kind", "kind", "code"),
    column("records", "records", "ids"),
    column("countries", "countries", "optionalCountries"),
    column("institution", "institution", "code"),
  ],
};

/** A sheet's columns; the records sheet with as many partner groups as asked. */
export function sheetColumns(sheet: SheetName, partners = 0): Column[] {
  const columns = COLUMNS[sheet];
  if (sheet !== "records") return columns;
  return [
    ...columns,
    ...Array.from({ length: partners }, (_, i) => partnerColumns(i + 1)).flat(),
  ];
}

/** The column a header cell names (case and spaces aside), if the sheet has it. */
export function findColumn(sheet: SheetName, name: string): Column | undefined {
  const key = name.trim().toLowerCase();
  const partner = sheet === "records" ? PARTNER_COLUMN.exec(key) : null;
  if (partner) {
    return partnerColumns(Number(partner[1])).find((c) => c.name === key);
  }
  return COLUMNS[sheet].find((c) => c.name === key);
}

/** The entry the rows of each sheet are, in messages: "row 14 (record bpc-zambia-2017)". */
export const ENTRY_NAME: Record<SheetName, string> = {
  settings: "settings",
  institutions: "institution",
  sources: "source",
  records: "record",
  story: "slide",
};
