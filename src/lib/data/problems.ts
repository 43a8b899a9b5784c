// Problems in a dataset, in plain words: where (JSON path), which record, which field, why.
import type * as z from "zod/mini";

export type PathKey = string | number;

/** zod paths may hold symbols in theory; JSON never does. */
function jsonKeys(path: readonly PropertyKey[]): PathKey[] {
  return path.map((k) => (typeof k === "symbol" ? String(k) : k));
}

export interface Problem {
  /** JSON path of the offending value, e.g. records[3].people.count.value */
  path: string;
  /** The entry the problem is in, e.g. records[3]; empty for the top of the file. */
  where: string;
  /** The id of that entry, when it has one. */
  recordId?: string;
  /** The field inside the entry, e.g. people.count.value */
  field: string;
  /** Why, in plain words, e.g. "should be a whole number, not 2.5". */
  message: string;
}

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

/** A short description of a value for a message: "the text “abc”", "a list". */
export function describeValue(value: unknown): string {
  if (value === null) return "null";
  if (Array.isArray(value)) return "a list";
  switch (typeof value) {
    case "string": {
      const text = value.length > 40 ? `${value.slice(0, 40)}…` : value;
      return `“${text}”`;
    }
    case "number":
    case "boolean":
      return String(value);
    case "object":
      return "an object";
    default:
      return typeof value;
  }
}

const EXPECTED: Record<string, string> = {
  string: "text",
  number: "a number",
  int: "a whole number",
  boolean: "true or false",
  object: "an object",
  array: "a list",
  tuple: "a list",
};

type Issue = z.core.$ZodIssue;

function plainWords(issue: Issue, value: unknown): string {
  const custom =
    issue.message && issue.message !== "Invalid input"
      ? issue.message
      : undefined;
  switch (issue.code) {
    case "invalid_type":
      if (value === undefined) return "is missing";
      return `should be ${custom?.replace(/^should be /, "") ?? EXPECTED[issue.expected] ?? issue.expected}, not ${describeValue(value)}`;
    case "invalid_union":
      if (value === undefined) return "is missing";
      return `${custom ?? "is not one of the allowed forms"}, not ${describeValue(value)}`;
    case "invalid_value":
      return `${custom ?? `should be ${issue.values.map((v) => JSON.stringify(v)).join(" or ")}`}, not ${describeValue(value)}`;
    case "too_small":
      return issue.origin === "array"
        ? `should have at least ${issue.minimum} items`
        : (custom ?? `should be at least ${issue.minimum}`);
    case "too_big":
      return issue.origin === "array"
        ? `should have at most ${issue.maximum} items`
        : (custom ?? `should be at most ${issue.maximum}`);
    case "invalid_format":
      return `${custom ?? `is not in the expected format`}, not ${describeValue(value)}`;
    default:
      return custom ?? "is not valid";
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
    return [
      makeProblem(
        base,
        [],
        `should be an object with named fields, not ${describeValue(entry)}`,
      ),
    ];
  }
  const problems: Problem[] = [];
  for (const issue of issues) {
    // Unknown fields are named one by one, each as its own problem.
    const fields =
      issue.code === "unrecognized_keys"
        ? issue.keys.map((key) => ({
            keys: [...jsonKeys(issue.path), key],
            message: "is not a field this format knows (check its spelling)",
          }))
        : [
            {
              keys: jsonKeys(issue.path),
              message: plainWords(issue, valueAt(entry, jsonKeys(issue.path))),
            },
          ];
    for (const { keys, message } of fields) {
      problems.push(makeProblem(base, keys, message, recordId));
    }
  }
  return problems;
}

export function makeProblem(
  base: readonly PathKey[],
  keys: readonly PathKey[],
  message: string,
  recordId?: string,
): Problem {
  return {
    path: jsonPath([...base, ...keys]),
    where: jsonPath(base),
    ...(recordId ? { recordId } : {}),
    field: jsonPath(keys),
    message,
  };
}

/** One line for a person: records[3] "bpc-x": people.count.value should be a whole number, not 2.5 */
export function formatProblem(p: Problem): string {
  if (!p.where && !p.field) return `The file ${p.message}`;
  const where = p.where
    ? `${p.where}${p.recordId ? ` "${p.recordId}"` : ""}: `
    : "";
  return `${where}${p.field || "the entry"} ${p.message}`;
}
