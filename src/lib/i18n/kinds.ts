// Names of record kinds and their sub-kinds in the interface language.
import type { CooperationRecord, Kind } from "../data/schema.ts";
import type { ViewMessages } from "./messages.ts";

const KIND_KEY: Record<Kind, keyof ViewMessages> = {
  agreement: "kindAgreement",
  flow: "kindFlow",
  milestone: "kindMilestone",
  event: "kindEvent",
  programme: "kindProgramme",
};

const SUBKIND_KEY: Record<string, keyof ViewMessages> = {
  designation: "milestoneDesignation",
  base: "milestoneBase",
  alliance: "milestoneAlliance",
  election: "milestoneElection",
  conference: "eventConference",
  seminar: "eventSeminar",
  forum: "eventForum",
  competition: "eventCompetition",
};

export function kindName(kind: Kind, t: ViewMessages): string {
  return t[KIND_KEY[kind]];
}

/** "Milestone · alliance entry", or the kind alone when it has no sub-kind. */
export function recordKindName(r: CooperationRecord, t: ViewMessages): string {
  const sub =
    r.kind === "milestone" ? r.milestone : r.kind === "event" ? r.event : null;
  const kind = kindName(r.kind, t);
  return sub ? `${kind} · ${t[SUBKIND_KEY[sub]!]}` : kind;
}

/** The language a dataset string is written in, for lang="…" (fonts, screen readers). */
export function textLang(text: string): "zh-CN" | "en" {
  return /[\u3400-\u9fff]/u.test(text) ? "zh-CN" : "en";
}
