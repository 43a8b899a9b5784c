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

/** The address waiting to be written, whether it makes a new entry, and its timer. */
let pending: { query: string; push: boolean } | null = null;
let timer: ReturnType<typeof setTimeout> | undefined;

/** How long the state must rest before the address follows it. */
export const ADDRESS_DELAY = 250;

/**
 * Writes the address once the state has rested, not in the frame that shows a change: each
 * history entry is a same-document navigation that costs Chromium several milliseconds and a
 * fresh look at the favicon, and Safari refuses more than 100 of them in 30 seconds. Changes
 * in quick succession (a slider dragged, institutions tried in turn) make one entry, a new one
 * if any of them changed the selection.
 */
export function deferAddress(query: string, selectionChanged: boolean): void {
  pending = { query, push: selectionChanged || (pending?.push ?? false) };
  clearTimeout(timer);
  timer = setTimeout(flushAddress, ADDRESS_DELAY);
}

/** Writes a waiting address now (before reading `location`, as "copy link" does). */
export function flushAddress(): void {
  clearTimeout(timer);
  if (!pending) return;
  const change = addressChange(location, pending.query, pending.push);
  pending = null;
  if (change?.push) history.pushState(null, "", change.url);
  else if (change) history.replaceState(null, "", change.url);
}

/** Back and forward: the address already says what the state becomes. */
export function dropAddress(): void {
  clearTimeout(timer);
  pending = null;
}
