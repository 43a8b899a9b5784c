// A roving tab stop (one Tab stop for a set of items, the arrow keys within it), shared by the
// map's partners and the Sankey's nodes and links.

/** Where a key moves the stop from `at` among `length` items (wrapping round), or null for a key that does not move it. */
export function rovingIndex(
  key: string,
  at: number,
  length: number,
): number | null {
  const next: Record<string, number> = {
    ArrowRight: at + 1,
    ArrowDown: at + 1,
    ArrowLeft: at - 1,
    ArrowUp: at - 1,
    Home: 0,
    End: length - 1,
  };
  return key in next && length > 0 ? (next[key]! + length) % length : null;
}
