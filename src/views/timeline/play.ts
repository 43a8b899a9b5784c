// The steps of "play": the year ranges shown one after another, so the map, the flows and
// the table change with them.

export type PlayMode = "cumulative" | "yearly";

export interface YearRange {
  from: number | null;
  to: number | null;
}

/**
 * Cumulative: from the first year up to each year in turn. Year by year: each year alone.
 * Playing from a year already shown starts there, so a paused play resumes.
 */
export function playSteps(
  [first, last]: [number, number],
  mode: PlayMode,
): YearRange[] {
  const steps: YearRange[] = [];
  for (let year = first; year <= last; year++) {
    steps.push(
      mode === "cumulative"
        ? { from: null, to: year }
        : { from: year, to: year },
    );
  }
  return steps;
}

/** The step after the range shown, or the first one when it is not a step (or the last). */
export function nextStep(
  steps: readonly YearRange[],
  current: YearRange,
): number {
  const at = steps.findIndex(
    (s) => s.from === current.from && s.to === current.to,
  );
  return at === -1 || at === steps.length - 1 ? 0 : at + 1;
}
