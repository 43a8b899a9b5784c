// The map draws its land (and, until the sprite's paths are read, its partners) with
// <use href="assets/atlas-basemap-….svg#id">. A file on its own (or an <img> of it) loads nothing
// from outside, so the shapes it refers to are copied in.

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
  // Imported, not bundled with the export: the map loads it on its own (MapView.svelte), and a
  // module both imported and loaded would be two files.
  const { spriteDocument } = await import("../../views/map/sprite-file.ts");
  for (const [file, ids] of wanted) {
    const doc = await spriteDocument(file);
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
