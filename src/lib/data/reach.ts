// Files the app fetches at run time (a dataset, a base map): where they may be, and the fetch,
// with every way of failing as a refusal (a code and values, worded later and lazily, so that
// no sentence of it is in the first view).
import type { FileKind, Refusal } from "./problems.ts";

/** http(s) origins only: a `data:` or `blob:` address has the origin "null", never allowed. */
function originOf(address: string): string[] {
  try {
    const url = new URL(address);
    return /^https?:$/.test(url.protocol) ? [url.origin] : [];
  } catch {
    return [];
  }
}

/**
 * The absolute address of `param` (relative to the page), when it is on the page's own site
 * or on an origin in `origins` (which the host allows); else why not.
 */
export function resolveAllowed(
  param: string,
  pageUrl: string,
  what: FileKind,
  origins: readonly string[] = [],
): { url: string } | { refusal: Refusal } {
  let url: URL;
  try {
    url = new URL(param, pageUrl);
  } catch {
    return { refusal: { code: "address", what, param } };
  }
  const allowed = [new URL(pageUrl).origin, ...origins.flatMap(originOf)];
  return allowed.includes(url.origin)
    ? { url: url.href }
    : {
        refusal: {
          code: "otherSite",
          what,
          param,
          origin: url.origin,
          allowed,
        },
      };
}

export async function fetchAllowed(
  url: string,
  what: FileKind,
  fetcher: typeof fetch,
): Promise<{ response: Response } | { refusal: Refusal }> {
  let response: Response;
  try {
    response = await fetcher(url, { credentials: "same-origin" });
  } catch {
    return { refusal: { code: "unreachable", what, url } };
  }
  return response.ok
    ? { response }
    : {
        refusal: {
          code: "status",
          what,
          url,
          status: response.status,
          statusText: response.statusText,
        },
      };
}
