// The map draws its countries with <use href="assets/atlas-basemap-….svg#id">. A file on its
// own (or an <img> of it) loads nothing from outside, so the shapes it refers to are copied in.

const files = new Map<string, Promise<Document>>();

function sprite(url: string): Promise<Document> {
  let doc = files.get(url);
  if (!doc) {
    doc = fetch(url)
      .then((r) => {
        if (!r.ok) throw new Error(`${url}: ${r.status}`);
        return r.text();
      })
      .then((text) => new DOMParser().parseFromString(text, "image/svg+xml"));
    files.set(url, doc);
  }
  return doc;
}

/** Copies what each outside reference points at into `defs` and points the references there. */
export async function inlineExternalUses(
  root: Element,
  defs: Element,
  base: string,
): Promise<void> {
  const uses = [...root.querySelectorAll("use")];
  const wanted = new Map<string, Set<string>>();
  for (const use of uses) {
    const href = use.getAttribute("href") ?? "";
    const hash = href.indexOf("#");
    if (hash <= 0) continue;
    const file = new URL(href.slice(0, hash), base).href;
    const id = href.slice(hash + 1);
    wanted.set(file, (wanted.get(file) ?? new Set()).add(id));
    use.setAttribute("href", `#${id}`);
  }
  for (const [file, ids] of wanted) {
    const doc = await sprite(file);
    const found: Element[] = [];
    for (const id of ids) {
      const el = doc.getElementById(id);
      if (el) found.push(el);
    }
    // A shape inside a group that is copied anyway keeps its id there: copy it once.
    for (const el of found) {
      if (found.some((other) => other !== el && other.contains(el))) continue;
      defs.append(document.importNode(el, true));
    }
  }
}
