// Files the app fetches at run time (a dataset, a base map): from this site only, with plain
// words for every way the fetch can fail. `what` names the file in the messages.

export function resolveSameSite(
  param: string,
  pageUrl: string,
  what: string,
): { url: string } | { error: string } {
  let url: URL;
  try {
    url = new URL(param, pageUrl);
  } catch {
    return { error: `The ${what} address “${param}” is not a web address.` };
  }
  const page = new URL(pageUrl);
  if (url.origin !== page.origin) {
    return {
      error: `The ${what} “${param}” is on another site (${url.origin}). Only files from this site (${page.origin}) can be loaded.`,
    };
  }
  return { url: url.href };
}

export async function fetchFile(
  url: string,
  what: string,
  fetcher: typeof fetch,
): Promise<{ response: Response } | { error: string }> {
  let response: Response;
  try {
    response = await fetcher(url, { credentials: "same-origin" });
  } catch {
    return { error: `The ${what} at ${url} could not be reached.` };
  }
  if (!response.ok) {
    const status = `${response.status} ${response.statusText}`.trim();
    return {
      error: `The ${what} at ${url} could not be loaded: the server answered ${status}.`,
    };
  }
  return { response };
}
