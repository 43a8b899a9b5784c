// Where the Sankey's columns stand: gutters outside for the places' names, a hub for the
// institutions' names, and the gaps between them shared out so that the words beside them fit.
export type Role = "place" | "category" | "hub";

export interface Needs {
  /** The widest single word of each role's names, in px: a word that can fit is never cut. */
  word: Record<Role, number>;
  /** The widest institution name, whole. */
  hubName: number;
  /** The widest link label. */
  link: number;
}

export interface Columns {
  /** Left and right edge of each column. */
  xs: [number, number][];
  /** The gap after each column but the last. */
  gaps: number[];
}

export function columnsOf(
  roles: readonly Role[],
  needs: Needs,
  width: number,
  nodeWidth: number,
): Columns {
  const share = roles.length > 3 ? 0.19 : 0.28;
  const gutter = (i: number) =>
    roles[i] === "place"
      ? Math.min(180, Math.max(64, needs.word.place + 8, width * share))
      : 0;
  const left = gutter(0);
  const right = gutter(roles.length - 1);
  const hub = Math.min(
    Math.max(36, needs.hubName + 12),
    110,
    Math.max(width * 0.16, needs.word.hub + 10),
  );
  const widths = roles.map((r) => (r === "hub" ? hub : nodeWidth));
  const room = width - left - right - widths.reduce((a, b) => a + b, 0);
  // A gap beside the places holds link labels; one beside the hub, the categories' names.
  const beside = roles
    .slice(1)
    .map((r, i) => r === "place" || roles[i] === "place");
  const need = beside.map((p) => (p ? needs.link : needs.word.category) + 10);
  const weight = beside.map((p) => (p ? 0.4 : 0.6));
  const needed = need.reduce((a, b) => a + b, 0);
  let gaps: number[];
  if (needed <= room) {
    const weights = weight.reduce((a, b) => a + b, 0) || 1;
    gaps = need.map((n, i) => n + ((room - needed) * weight[i]!) / weights);
  } else {
    // Too narrow for both: the names keep their words; the link labels give way.
    const inner = beside.filter((p) => !p).length;
    const each = Math.min(
      needs.word.category + 10,
      (room * 0.8) / Math.max(1, inner),
    );
    const rest = (room - each * inner) / Math.max(1, beside.length - inner);
    gaps = beside.map((p) => (p ? rest : each));
  }
  const xs: [number, number][] = [];
  let x = left;
  roles.forEach((_, i) => {
    xs.push([x, x + widths[i]!]);
    x += widths[i]! + (gaps[i] ?? 0);
  });
  return { xs, gaps };
}
