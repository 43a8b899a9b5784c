// Problems and refusals (src/lib/data/problems.ts) in plain English. Loaded only when a file
// has problems, and by the command-line validator and the build.
import type { Problem, Refusal, Shown, Why } from "../data/problems.ts";
import { formatSize } from "./sizes.ts";

const EXPECTED: Record<string, string> = {
  string: "text",
  number: "a number",
  int: "a whole number",
  boolean: "true or false",
  object: "an object",
  array: "a list",
  tuple: "a list",
};

const TARGET = {
  institution: "an institution",
  source: "a source",
  record: "a record",
} as const;

/** "“abc”", "2.5", "a list". */
function show(value: Shown): string {
  if (value === null) return "null";
  if (typeof value === "object")
    return value.kind === "list" ? "a list" : "an object";
  return typeof value === "string" ? `“${value}”` : String(value);
}

const items = (n: number) => `${n} ${n === 1 ? "item" : "items"}`;

/** The entry's list, for "is already the id of records[1]". */
const section = (where: string) => where.replace(/\[\d+\]$/, "");

function why(w: Why, where: string): string {
  switch (w.code) {
    case "missing":
      return "is missing";
    case "type":
      return `should be ${EXPECTED[w.expected] ?? w.expected}, not ${show(w.got)}`;
    case "oneOf":
      return w.values.length === 1
        ? `should be ${show(w.values[0]!)}, not ${show(w.got)}`
        : `should be one of ${w.values.join(", ")}, not ${show(w.got)}`;
    case "form":
      return `is not one of the allowed forms, not ${show(w.got)}`;
    case "format":
      return `is not in the expected format, not ${show(w.got)}`;
    case "tooSmall":
      return w.list
        ? `should have at least ${items(w.minimum)}`
        : `should be at least ${w.minimum}`;
    case "tooBig":
      return w.list
        ? `should have at most ${items(w.maximum)}`
        : `should be at most ${w.maximum}`;
    case "unknownField":
      return "is not a field this format knows (check its spelling)";
    case "notObject":
      return `should be an object with named fields, not ${show(w.got)}`;
    case "notDataset":
      return `is not a dataset: the file should hold an object with institutions, sources and records, not ${show(w.got)}`;
    case "id":
      return `should be lower-case letters and digits joined by hyphens, like bpc-zambia-teachers, not ${show(w.got)}`;
    case "empty":
      return "should not be empty";
    case "country":
      return `should be an ISO 3166-1 alpha-3 country code, like ZMB or TWN, not ${show(w.got)}`;
    case "date":
      return `should be a date written 2016, 2018-05 or 2024-06-25, not ${show(w.got)}`;
    case "day":
      return "is not a day of the calendar";
    case "negative":
      return "should not be negative";
    case "duplicate":
      return `“${w.id}” is already the id of ${section(where)}[${w.first}]`;
    case "dangling":
      return `names “${w.id}”, which ${w.leftOut ? "was left out for its own problems" : `is not ${TARGET[w.target]} in this file`}${w.slide ? ` (the slide “${w.slide.en}”)` : ""}`;
    case "otherOwner":
      return `“${w.id}” is a page of ${w.owner}, not of ${w.institution}`;
    case "reversed":
      return `is ${w.end}, before the start ${w.start}`;
    case "invalid":
      return "is not valid";
  }
}

/** Why, without where: "should be a whole number, not 2.5" (the spreadsheet import says where itself). */
export function reasonEn(p: Problem): string {
  return why(p, p.where);
}

/** records[3] "bpc-x": people.count.value should be a whole number, not 2.5 */
export function problemEn(p: Problem): string {
  if (!p.where && !p.field) return `The file ${why(p, "")}`;
  const where = p.where
    ? `${p.where}${p.recordId ? ` "${p.recordId}"` : ""}: `
    : "";
  return `${where}${p.field || "the entry"} ${why(p, p.where)}`;
}

export function refusalEn(r: Refusal): string {
  switch (r.code) {
    case "address":
      return `The ${r.what} address “${r.param}” is not a web address.`;
    case "otherSite": {
      const [own, ...others] = r.allowed;
      const also = others.length
        ? ` or from ${new Intl.ListFormat("en", { type: "disjunction" }).format(others)}`
        : "";
      return `The ${r.what} “${r.param}” is on another site (${r.origin}). Only files from this site (${own})${also} can be loaded.`;
    }
    case "unreachable":
      return `The ${r.what} at ${r.url} could not be reached.`;
    case "status":
      return `The ${r.what} at ${r.url} could not be loaded: the server answered ${`${r.status} ${r.statusText}`.trim()}.`;
    case "tooLarge":
      return r.bytes === undefined
        ? `The file is larger than the limit of ${formatSize(r.limit, "en")}.`
        : `The file is ${formatSize(r.bytes, "en", true)}; the limit is ${formatSize(r.limit, "en")}.`;
    case "notJson":
      return `${r.url ? `The ${r.what ?? "file"} at ${r.url}` : "The file"} is not valid JSON: line ${r.line}, column ${r.column}: ${r.detail}.`;
    case "notDataset":
      return "The file is not a Cooperation Atlas dataset.";
    // A replaced base map's TopoJSON.
    case "notTopology":
      return `The base map at ${r.url} is not TopoJSON: it should be an object with "type": "Topology", "objects" and "arcs".`;
    case "noObjects":
      return `The base map at ${r.url} has no objects.`;
    case "noObject":
      return `The base map at ${r.url} has no object “${r.object}”; it has ${quoted(r.objects).join(", ")}.`;
    case "notShapes":
      return `The object “${r.object}” of the base map at ${r.url} could not be read as shapes.`;
    case "noCountryCodes":
      return `No shape in the object “${r.object}” of the base map at ${r.url} has an ISO country code that the atlas recognises (looked in ${lookedIn(r.looked)}).`;
  }
}

const quoted = (names: readonly string[]) => names.map((n) => `“${n}”`);

/** "the properties “iso_a3”, “ISO3” or the feature id"; "id" is the feature's id. */
function lookedIn(looked: readonly string[]): string {
  const names = looked.filter((n) => n !== "id");
  const properties = names.length
    ? `the ${names.length === 1 ? "property" : "properties"} ${quoted(names).join(", ")}`
    : "";
  const id = looked.includes("id") ? "the feature id" : "";
  return [properties, id].filter(Boolean).join(" or ");
}
