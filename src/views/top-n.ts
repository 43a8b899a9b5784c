// Which groups keep a place of their own when there is room for only `n`: the largest, by a
// score, in their own order; the rest go together into one "other" group. Used by the Sankey
// for its places and institutions (the timeline ranks its lanes in bins.ts: a module shared
// by both lazily loaded views would become a chunk of its own that the first view lists).

export interface TopN<T> {
  /** The groups kept, in the order given. */
  kept: T[];
  /** The groups put together, in the order given; empty when all fit. */
  rest: T[];
}

/**
 * Keeps every group when there are at most `n`; else the `n - 1` largest (ties: the earlier
 * first), so that the "other" group takes the n-th place.
 */
export function topN<T>(
  groups: readonly T[],
  n: number,
  score: (group: T) => number,
): TopN<T> {
  if (groups.length <= n) return { kept: [...groups], rest: [] };
  const room = Math.max(0, n - 1);
  const ranked = groups
    .map((g, i) => ({ i, s: score(g) }))
    .sort((a, b) => b.s - a.s || a.i - b.i);
  const keep = new Set(ranked.slice(0, room).map((r) => r.i));
  return {
    kept: groups.filter((_, i) => keep.has(i)),
    rest: groups.filter((_, i) => !keep.has(i)),
  };
}
