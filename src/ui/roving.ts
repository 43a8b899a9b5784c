// One tab stop among many marks (WAI-ARIA's roving tabindex): the arrow keys move it, Home and
// End jump to the ends, and it wraps around. Shared by the map, the timeline and the flows.

/** The index the key moves the tab stop to, or null when the key does not move it. */
export function rovingMove(
  key: string,
  at: number,
  length: number,
): number | null {
  if (length === 0) return null;
  const moves: Record<string, number> = {
    ArrowRight: at + 1,
    ArrowDown: at + 1,
    ArrowLeft: at - 1,
    ArrowUp: at - 1,
    Home: 0,
    End: length - 1,
  };
  const to = moves[key];
  return to === undefined ? null : (to + length) % length;
}
