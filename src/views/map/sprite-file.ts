// The base map's sprite file (assets/atlas-basemap-….svg), read by script: fetched and parsed
// once per address. The export copies shapes out of it; the map takes its partners' paths from
// it (MapView.svelte). Loaded on demand, so none of it weighs on the first view.

const files = new Map<string, Promise<Document>>();

/** The sprite at `url`, parsed (a failed fetch rejects, and is tried again next time). */
export function spriteDocument(url: string): Promise<Document> {
  let doc = files.get(url);
  if (!doc) {
    doc = fetch(url)
      .then((r) => {
        if (!r.ok) throw new Error(`${url}: ${r.status}`);
        return r.text();
      })
      .then((text) => new DOMParser().parseFromString(text, "image/svg+xml"));
    doc.catch(() => files.delete(url));
    files.set(url, doc);
  }
  return doc;
}

/**
 * Id → path string of every shape in the sprite at `url`, or in this page when there is no
 * file (the dev server writes the sprite into the page).
 */
export async function spritePaths(
  url: string | undefined,
): Promise<Record<string, string>> {
  const doc = url ? await spriteDocument(url) : document;
  const paths: Record<string, string> = {};
  for (const path of doc.querySelectorAll("path[id]")) {
    const d = path.getAttribute("d");
    if (d) paths[path.id] = d;
  }
  return paths;
}
