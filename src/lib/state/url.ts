// Query-string parameters the app understands. Each parses to a value or a notice; an invalid
// one is ignored with a notice, never a crash. (The filters issue adds inst, from, to, …)
import { isLang, type Lang } from "../i18n/lang.ts";

export interface QueryValues {
  lang?: Lang;
  /** Another dataset to load, as written in the URL (checked for same origin by the loader). */
  data?: string;
  /** A replacement base map (TopoJSON on this site), drawn instead of world-atlas. */
  basemap?: string;
}

export interface QueryNotice {
  name: string;
  value: string;
  reason: string;
}

export interface ParsedQuery {
  values: QueryValues;
  notices: QueryNotice[];
}

export function parseQuery(search: string): ParsedQuery {
  const params = new URLSearchParams(search);
  const values: QueryValues = {};
  const notices: QueryNotice[] = [];
  const lang = params.get("lang");
  if (lang !== null) {
    if (isLang(lang)) values.lang = lang;
    else notices.push({ name: "lang", value: lang, reason: "use en or zh" });
  }
  const data = params.get("data");
  if (data !== null) {
    if (data.trim()) values.data = data.trim();
    else
      notices.push({ name: "data", value: data, reason: "it names no file" });
  }
  const basemap = params.get("basemap");
  if (basemap !== null) {
    if (basemap.trim()) values.basemap = basemap.trim();
    else
      notices.push({
        name: "basemap",
        value: basemap,
        reason: "it names no file",
      });
  }
  return { values, notices };
}
