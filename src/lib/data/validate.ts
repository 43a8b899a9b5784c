// Entry-by-entry validation: an invalid record is left out and reported, its valid neighbours
// are kept. Only a file that is not a dataset at all is refused as a whole.
import * as z from "zod/mini";
import {
  CooperationRecord,
  Dataset as DatasetSchema,
  DatasetShell,
  Institution,
  MapSettings,
  Source,
  StorySlide,
  Text,
  type Dataset,
} from "./schema.ts";
import {
  issuesToProblems,
  makeProblem,
  shown,
  type PathKey,
  type Problem,
  type Why,
} from "./problems.ts";
import { isOrdered } from "./time.ts";

export interface Validation {
  /** null when the file is refused as a whole. */
  dataset: Dataset | null;
  problems: Problem[];
}

interface Entry<T> {
  value: T;
  index: number;
}

function parseEntries<T extends { id: string }>(
  schema: z.ZodMiniType<T>,
  list: readonly unknown[],
  name: string,
  problems: Problem[],
): Entry<T>[] {
  const kept: Entry<T>[] = [];
  const firstIndex = new Map<string, number>();
  list.forEach((raw, index) => {
    const base: PathKey[] = [name, index];
    const result = schema.safeParse(raw);
    if (!result.success) {
      problems.push(...issuesToProblems(result.error.issues, raw, base));
      return;
    }
    const { id } = result.data;
    const earlier = firstIndex.get(id);
    if (earlier !== undefined) {
      problems.push(
        makeProblem(
          base,
          ["id"],
          { code: "duplicate", id, first: earlier },
          id,
        ),
      );
      return;
    }
    firstIndex.set(id, index);
    kept.push({ value: result.data, index });
  });
  return kept;
}

/** A top-level section that may be left out; an invalid one is reported and dropped. */
function parseOptional<T>(
  schema: z.ZodMiniType<T>,
  raw: unknown,
  name: string,
  problems: Problem[],
): T | undefined {
  if (raw === undefined) return undefined;
  const parsed = schema.safeParse(raw);
  if (parsed.success) return parsed.data;
  problems.push(...issuesToProblems(parsed.error.issues, raw, [name]));
  return undefined;
}

function rawIds(list: readonly unknown[]): Set<string> {
  const ids = new Set<string>();
  for (const entry of list) {
    const id = (entry as { id?: unknown } | null)?.id;
    if (typeof id === "string") ids.add(id);
  }
  return ids;
}

const SECTIONS = [
  "",
  "title",
  "map",
  "institutions",
  "sources",
  "records",
  "story",
];

/** File order: top, then institutions, sources, records, each by index. */
function byPosition(a: Problem, b: Problem): number {
  const key = (p: Problem) => {
    const [, section = "", index = "0"] =
      /^(\w*)(?:\[(\d+)\])?/.exec(p.where) ?? [];
    return [SECTIONS.indexOf(section), Number(index)] as const;
  };
  const [sa, ia] = key(a);
  const [sb, ib] = key(b);
  return sa - sb || ia - ib;
}

export function validateDataset(raw: unknown): Validation {
  const shell = DatasetShell.safeParse(raw);
  if (!shell.success) {
    if (raw === null || typeof raw !== "object" || Array.isArray(raw)) {
      return {
        dataset: null,
        problems: [
          makeProblem([], [], { code: "notDataset", got: shown(raw) }),
        ],
      };
    }
    return {
      dataset: null,
      problems: issuesToProblems(shell.error.issues, raw, []),
    };
  }
  const top = shell.data;
  const problems: Problem[] = [];

  // The dataset's own fields, as the schema defines them.
  const known = new Set(Object.keys(DatasetSchema.shape));
  for (const key of Object.keys(top)) {
    if (!known.has(key)) {
      problems.push(makeProblem([], [key], { code: "unknownField" }));
    }
  }
  const title = parseOptional(Text, top.title, "title", problems);
  const map = parseOptional(MapSettings, top.map, "map", problems);

  const institutions = parseEntries(
    Institution,
    top.institutions,
    "institutions",
    problems,
  );
  const institutionIds = new Set(institutions.map((e) => e.value.id));
  const rawInstitutionIds = rawIds(top.institutions);
  const rawSourceIds = rawIds(top.sources);
  const missing = (
    id: string,
    target: "institution" | "source",
    raw: Set<string>,
  ): Why => ({
    code: "dangling",
    id,
    target,
    ...(raw.has(id) ? { leftOut: true } : {}),
  });

  const sources = parseEntries(Source, top.sources, "sources", problems).filter(
    ({ value, index }) => {
      if (institutionIds.has(value.institution)) return true;
      problems.push(
        makeProblem(
          ["sources", index],
          ["institution"],
          missing(value.institution, "institution", rawInstitutionIds),
          value.id,
        ),
      );
      return false;
    },
  );
  const sourceInstitution = new Map(
    sources.map((e) => [e.value.id, e.value.institution]),
  );

  const records = parseEntries(
    CooperationRecord,
    top.records,
    "records",
    problems,
  ).filter(({ value: r, index }) => {
    const here = (keys: PathKey[], why: Why) =>
      problems.push(makeProblem(["records", index], keys, why, r.id));
    if (!institutionIds.has(r.institution)) {
      here(
        ["institution"],
        missing(r.institution, "institution", rawInstitutionIds),
      );
      return false;
    }
    const owner = sourceInstitution.get(r.source);
    if (owner === undefined) {
      here(["source"], missing(r.source, "source", rawSourceIds));
      return false;
    }
    if (owner !== r.institution) {
      here(["source"], {
        code: "otherOwner",
        id: r.source,
        owner,
        institution: r.institution,
      });
      return false;
    }
    if (r.time.type === "period" && !isOrdered(r.time.start, r.time.end)) {
      here(["time", "end"], {
        code: "reversed",
        start: r.time.start,
        end: r.time.end,
      });
      return false;
    }
    if (
      r.time.type === "target" &&
      r.time.from &&
      !isOrdered(r.time.from, r.time.until)
    ) {
      here(["time", "until"], {
        code: "reversed",
        start: r.time.from,
        end: r.time.until,
      });
      return false;
    }
    return true;
  });

  const story = checkStory(
    parseStory(top.story, problems),
    new Set(records.map((e) => e.value.id)),
    institutionIds,
    problems,
  );

  return {
    problems: problems.sort(byPosition),
    dataset: {
      ...(typeof top.$schema === "string" ? { $schema: top.$schema } : {}),
      version: top.version,
      ...(title ? { title } : {}),
      ...(map ? { map } : {}),
      institutions: institutions.map((e) => e.value),
      sources: sources.map((e) => e.value),
      records: records.map((e) => e.value),
      ...(story ? { story } : {}),
    },
  };
}

/** The story slide by slide: an invalid slide is reported and left out, its neighbours kept. */
function parseStory(
  raw: unknown,
  problems: Problem[],
): StorySlide[] | undefined {
  if (raw === undefined) return undefined;
  if (!Array.isArray(raw)) {
    problems.push(
      makeProblem(["story"], [], {
        code: "type",
        expected: "array",
        got: shown(raw),
      }),
    );
    return undefined;
  }
  return raw.flatMap((entry, index) => {
    const parsed = StorySlide.safeParse(entry);
    if (parsed.success) return [parsed.data];
    problems.push(
      ...issuesToProblems(parsed.error.issues, entry, ["story", index]),
    );
    return [];
  });
}

/** A story's slides keep only the records and institutions the file has; each dangling id is reported. */
function checkStory(
  story: StorySlide[] | undefined,
  recordIds: Set<string>,
  institutionIds: Set<string>,
  problems: Problem[],
): StorySlide[] | undefined {
  return story?.map((slide, index) => {
    const here = (
      keys: PathKey[],
      id: string,
      target: "record" | "institution",
    ) =>
      problems.push(
        makeProblem(["story", index], keys, {
          code: "dangling",
          id,
          target,
          slide: slide.title,
        }),
      );
    const kept = { ...slide };
    if (slide.records) {
      kept.records = slide.records.filter((id, i) => {
        if (recordIds.has(id)) return true;
        here(["records", i], id, "record");
        return false;
      });
    }
    if (slide.institution && !institutionIds.has(slide.institution)) {
      here(["institution"], slide.institution, "institution");
      delete kept.institution;
    }
    return kept;
  });
}
