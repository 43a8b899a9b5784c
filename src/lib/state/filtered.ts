// Whether anything narrows what the views show (the map's colouring and arcs do not).
import type { Filters } from "./filters.svelte.ts";

export function isFiltered(f: Filters): boolean {
  return (
    f.inst !== null ||
    f.from !== null ||
    f.to !== null ||
    f.kinds.length > 0 ||
    f.dir !== null ||
    f.category !== null ||
    f.q.trim() !== "" ||
    f.country !== null ||
    f.record !== null
  );
}
