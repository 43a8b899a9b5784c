// Problems in a dataset and refusals of a whole file, as codes and values: where (JSON path),
// which record, which field, and why. They are worded for people by one formatter per
// language (src/lib/i18n/problems-en.ts, problems-zh.ts); nothing here is a sentence.
import type * as z from "zod/mini";
import type { Lang } from "../i18n/lang.ts";
import { problemEn, refusalEn } from "../i18n/problems-en.ts";
import { problemZh, refusalZh } from "../i18n/problems-zh.ts";

export type PathKey = string | number;

/** zod paths may hold symbols in theory; JSON never does. */
function jsonKeys(path: readonly PropertyKey[]): PathKey[] {
  return path.map((k) => (typeof k === "symbol" ? String(k) : k));
}

/** A value as a message shows it: text (cut to 40 characters), a number, true or false, null, or only the kind of a list or object. */
export type Shown =
  string | number | boolean | null | { kind: "list" | "object" };

/** The rules the schema names (its `error` options are these codes, not sentences). */
export const SCHEMA_CODES = [
  "id",
  "empty",
  "country",
  "date",
  "day",
  "negative",
] as const;
export type SchemaCode = (typeof SCHEMA_CODES)[number];

/** Why an entry or field is wrong: a code and what the sentence needs. */
export type Why =
  | { code: "missing" }
  /** expected: zod's name of a type (string, number, int, boolean, object, array, …). */
  | { code: "type"; expected: string; got: Shown }
  | {
      code: "oneOf";
      values: readonly (string | number | boolean | null)[];
      got: Shown;
    }
  /** Not one of the forms a union allows (and no list of them to name). */
  | { code: "form"; got: Shown }
  | { code: "format"; got: Shown }
  | { code: "tooSmall"; minimum: number; list?: true }
  | { code: "tooBig"; maximum: number; list?: true }
  | { code: "unknownField" }
  /** An entry of a list that is not an object. */
  | { code: "notObject"; got: Shown }
  /** The whole file is not an object. */
  | { code: "notDataset"; got: Shown }
  | { code: SchemaCode; got: Shown }
  /** `first`: the index of the entry that has the id already. */
  | { code: "duplicate"; id: string; first: number }
  /** An id that names nothing in the file; `leftOut` when the entry exists but was left out. */
  | {
      code: "dangling";
      id: string;
      target: "institution" | "source" | "record";
      leftOut?: true;
      /** The story slide's title, when the id is on a slide. */
      slide?: { en: string; zh: string };
    }
  /** A record's source is a page of another institution. */
  | { code: "otherOwner"; id: string; owner: string; institution: string }
  /** A period or target that ends before it starts. */
  | { code: "reversed"; start: string; end: string }
  | { code: "invalid" };

export type Problem = {
  /** JSON path of the offending value, e.g. records[3].people.count.value */
  path: string;
  /** The entry the problem is in, e.g. records[3]; empty for the top of the file. */
  where: string;
  /** The id of that entry, when it has one. */
  recordId?: string;
  /** The field inside the entry, e.g. people.count.value */
  field: string;
} & Why;

/** Which file a refusal is about. */
export type FileKind = "dataset" | "base map";

/** Why a whole file cannot be used. */
export type Refusal =
  | { code: "address"; what: FileKind; param: string }
  /** `allowed`: the page's own origin first, then any the host allows. */
  | {
      code: "otherSite";
      what: FileKind;
      param: string;
      origin: string;
      allowed: readonly string[];
    }
  | { code: "unreachable"; what: FileKind; url: string }
  | {
      code: "status";
      what: FileKind;
      url: string;
      status: number;
      statusText: string;
    }
  /** `bytes` is unknown when reading stopped at the limit. */
  | { code: "tooLarge"; bytes?: number; limit: number }
  /** `detail`: the JSON parser's own (English) words; `what` and `url` name a file other
   * than the dataset (a base map). */
  | {
      code: "notJson";
      line: number;
      column: number;
      detail: string;
      what?: FileKind;
      url?: string;
    }
  | { code: "notDataset" }
  // A replaced base map (src/views/map/custom-basemap.ts): what is wrong with its TopoJSON.
  /** Not an object with "type": "Topology", "objects" and "arcs". */
  | { code: "notTopology"; url: string }
  | { code: "noObjects"; url: string }
  /** `objects`: the ones the file has. */
  | {
      code: "noObject";
      url: string;
      object: string;
      objects: readonly string[];
    }
  /** topojson-client could not turn the object into shapes. */
  | { code: "notShapes"; url: string; object: string }
  /** No shape has an ISO code in the properties `looked` in ("id": the feature's id). */
  | {
      code: "noCountryCodes";
      url: string;
      object: string;
      looked: readonly string[];
    };

export function jsonPath(keys: readonly PathKey[]): string {
  return keys
    .map((k, i) => (typeof k === "number" ? `[${k}]` : i === 0 ? k : `.${k}`))
    .join("");
}

function valueAt(root: unknown, keys: readonly PathKey[]): unknown {
  let value = root;
  for (const key of keys) {
    if (value === null || typeof value !== "object") return undefined;
    value = (value as Record<PathKey, unknown>)[key];
  }
  return value;
}

/** A value as a message may show it: long text cut, lists and objects by their kind only. */
export function shown(value: unknown): Shown {
  if (value === null) return null;
  if (Array.isArray(value)) return { kind: "list" };
  switch (typeof value) {
    case "string":
      return value.length > 40 ? `${value.slice(0, 40)}…` : value;
    case "number":
    case "boolean":
      return value;
    case "object":
      return { kind: "object" };
    default:
      return String(value);
  }
}

type Issue = z.core.$ZodIssue;

function isSchemaCode(message: string): message is SchemaCode {
  return (SCHEMA_CODES as readonly string[]).includes(message);
}

function whyOf(issue: Issue, value: unknown): Why {
  const got = shown(value);
  if (isSchemaCode(issue.message)) {
    return value === undefined
      ? { code: "missing" }
      : { code: issue.message, got };
  }
  switch (issue.code) {
    case "invalid_type":
      return value === undefined
        ? { code: "missing" }
        : { code: "type", expected: issue.expected, got };
    case "invalid_union":
      if (value === undefined) return { code: "missing" };
      return "options" in issue && Array.isArray(issue.options)
        ? { code: "oneOf", values: issue.options as string[], got }
        : { code: "form", got };
    case "invalid_value":
      return value === undefined
        ? { code: "missing" }
        : {
            code: "oneOf",
            values: issue.values as (string | number | boolean | null)[],
            got,
          };
    case "too_small":
      return {
        code: "tooSmall",
        minimum: Number(issue.minimum),
        ...(issue.origin === "array" ? { list: true } : {}),
      };
    case "too_big":
      return {
        code: "tooBig",
        maximum: Number(issue.maximum),
        ...(issue.origin === "array" ? { list: true } : {}),
      };
    case "invalid_format":
      return { code: "format", got };
    default:
      return { code: "invalid" };
  }
}

/**
 * Turns zod issues for one entry into problems. `base` is where the entry sits in the file
 * (["records", 3]); `entry` is the raw entry, read for its id and for the offending values.
 */
export function issuesToProblems(
  issues: readonly Issue[],
  entry: unknown,
  base: readonly PathKey[],
): Problem[] {
  const id = valueAt(entry, ["id"]);
  const recordId = typeof id === "string" && id ? id : undefined;
  if (entry === null || typeof entry !== "object" || Array.isArray(entry)) {
    return [makeProblem(base, [], { code: "notObject", got: shown(entry) })];
  }
  const problems: Problem[] = [];
  for (const issue of issues) {
    // Unknown fields are named one by one, each as its own problem.
    const fields: { keys: PathKey[]; why: Why }[] =
      issue.code === "unrecognized_keys"
        ? issue.keys.map((key) => ({
            keys: [...jsonKeys(issue.path), key],
            why: { code: "unknownField" },
          }))
        : [
            {
              keys: jsonKeys(issue.path),
              why: whyOf(issue, valueAt(entry, jsonKeys(issue.path))),
            },
          ];
    for (const { keys, why } of fields) {
      problems.push(makeProblem(base, keys, why, recordId));
    }
  }
  return problems;
}

export function makeProblem(
  base: readonly PathKey[],
  keys: readonly PathKey[],
  why: Why,
  recordId?: string,
): Problem {
  return {
    path: jsonPath([...base, ...keys]),
    where: jsonPath(base),
    ...(recordId ? { recordId } : {}),
    field: jsonPath(keys),
    ...why,
  };
}

/**
 * One line for a person, in English unless `lang` says otherwise:
 * records[3] "bpc-x": people.count.value should be a whole number, not 2.5
 * 第 4 条记录（bpc-x）的 people.count.value 应为整数，而不是 2.5
 * (A number, as Array.map passes its index, means English: `problems.map(formatProblem)`.)
 */
export function formatProblem(p: Problem, lang: Lang | number = "en"): string {
  return lang === "zh" ? problemZh(p) : problemEn(p);
}

/** Why a whole file is refused, in one or two sentences; English unless `lang` says otherwise. */
export function formatRefusal(r: Refusal, lang: Lang = "en"): string {
  return lang === "zh" ? refusalZh(r) : refusalEn(r);
}
