// The base map's loader (src/views/map/custom-basemap.ts) takes its refusals as English
// sentences: these word the structured ones of reach.ts. Only that loader imports this file,
// so the wording never enters the first view.
import { formatRefusal } from "./problems.ts";
import { fetchAllowed, resolveAllowed } from "./reach.ts";
import type { FileKind } from "./problems.ts";

export function resolveSameSite(
  param: string,
  pageUrl: string,
  what: FileKind,
): { url: string } | { error: string } {
  const resolved = resolveAllowed(param, pageUrl, what);
  return "url" in resolved
    ? resolved
    : { error: formatRefusal(resolved.refusal) };
}

export async function fetchFile(
  url: string,
  what: FileKind,
  fetcher: typeof fetch,
): Promise<{ response: Response } | { error: string }> {
  const fetched = await fetchAllowed(url, what, fetcher);
  return "response" in fetched
    ? fetched
    : { error: formatRefusal(fetched.refusal) };
}
