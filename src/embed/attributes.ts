// <cooperation-atlas>'s attributes, read as the same query the app's address carries, so that
// the element and the page start the same way (src/boot.ts).

export const ATTRIBUTES = [
  "data",
  "view",
  "lang",
  "inst",
  "from",
  "to",
] as const;

/** The query string for the attributes that are set (an empty one counts as not set). */
export function attributeQuery(
  get: (name: (typeof ATTRIBUTES)[number]) => string | null,
): string {
  const params = new URLSearchParams();
  for (const name of ATTRIBUTES) {
    const value = get(name)?.trim();
    if (value) params.set(name, value);
  }
  const query = params.toString();
  return query ? `?${query}` : "";
}

/** The folder a script was loaded from: relative data paths are read against it. */
export function scriptFolder(scriptUrl: string): string {
  return scriptUrl.replace(/[?#].*$/, "").replace(/[^/]*$/, "");
}
