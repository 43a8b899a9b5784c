// The address follows the state. A change of what is selected (institution, country, record,
// view) is a step the back button undoes; a filter being adjusted (a slider, typing) replaces
// the current entry, so that the back button does not replay every keystroke.
import type { Filters } from "./filters.svelte.ts";

export function selectionKey(f: Filters): string {
  return [f.inst, f.country, f.record, f.view].join("|");
}

export interface Address {
  pathname: string;
  search: string;
  hash: string;
}

/** How the address should change for a new query: not at all, a new entry, or in place. */
export function addressChange(
  current: Address,
  query: string,
  selectionChanged: boolean,
): { url: string; push: boolean } | null {
  if (query === current.search) return null;
  return {
    url: `${current.pathname}${query}${current.hash}`,
    push: selectionChanged,
  };
}
