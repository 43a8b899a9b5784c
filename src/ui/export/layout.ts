// Where the parts of an exported chart go: the title and the filters line on top, the chart,
// then the legend in rows and the source lines at the foot. Pure: sizes in, positions out.

/** The advance of `text` in px at a font size and weight. */
export type Measure = (text: string, size: number, weight?: number) => number;

export const TYPE = {
  title: { size: 18, weight: 700, line: 24 },
  filters: { size: 13, weight: 400, line: 18 },
  legend: { size: 12, weight: 400, line: 16 },
  foot: { size: 11, weight: 400, line: 15 },
} as const;

export const PAD = 16;
const GAP = 10;
const SWATCH_GAP = 6;
const ITEM_GAP = 16;
const ROW_GAP = 6;

// A line may break after a space, and anywhere between CJK characters.
const CJK =
  /[\u2e80-\u9fff\uac00-\ud7af\uf900-\ufaff\uff00-\uffef\u3000-\u303f]/u;

/** Breaks text into pieces a line may end after. */
function pieces(text: string): string[] {
  const out: string[] = [];
  let word = "";
  for (const ch of text) {
    if (CJK.test(ch)) {
      if (word) out.push(word);
      out.push(ch);
      word = "";
    } else {
      word += ch;
      if (ch === " ") {
        out.push(word);
        word = "";
      }
    }
  }
  if (word) out.push(word);
  return out;
}

/** Greedy line breaking within `width`; a piece wider than the line gets a line of its own. */
export function wrapText(
  text: string,
  width: number,
  size: number,
  measure: Measure,
  weight = 400,
): string[] {
  const lines: string[] = [];
  let line = "";
  for (const piece of pieces(text)) {
    const next = line + piece;
    if (line && measure(next.trimEnd(), size, weight) > width) {
      lines.push(line.trimEnd());
      line = piece.trimStart();
    } else line = next;
  }
  if (line.trim()) lines.push(line.trimEnd());
  return lines;
}

export interface LegendEntry {
  /** The swatch's box (0×0 for an entry that is only text). */
  swatch: { width: number; height: number };
  text: string;
}

export interface PlacedEntry {
  /** Left of the swatch. */
  x: number;
  /** Middle of the row. */
  y: number;
  /** Left of the text. */
  textX: number;
}

export interface TextLines {
  lines: string[];
  /** Baseline of the first line; each next line is one line height lower. */
  y: number;
}

export interface ExportLayout {
  width: number;
  height: number;
  title: TextLines;
  filters: TextLines;
  /** Top of the chart. */
  chartY: number;
  legend: PlacedEntry[];
  foot: TextLines;
}

/** Legend entries left to right, wrapping into rows within `width`. */
export function legendRows(
  entries: readonly LegendEntry[],
  width: number,
  measure: Measure,
): { placed: PlacedEntry[]; height: number } {
  const { size, line } = TYPE.legend;
  const placed: PlacedEntry[] = [];
  const rows: { top: number; height: number; from: number }[] = [];
  let x = 0;
  for (const e of entries) {
    const swatch = e.swatch.width > 0 ? e.swatch.width + SWATCH_GAP : 0;
    const w = swatch + measure(e.text, size);
    const h = Math.max(line, e.swatch.height);
    let row = rows.at(-1);
    if (!row || (x > 0 && x + w > width)) {
      const top = row ? row.top + row.height + ROW_GAP : 0;
      row = { top, height: 0, from: placed.length };
      rows.push(row);
      x = 0;
    }
    row.height = Math.max(row.height, h);
    placed.push({ x, y: 0, textX: x + swatch });
    x += w + ITEM_GAP;
  }
  // Entries of a row share its middle.
  rows.forEach((row, i) => {
    const to = rows[i + 1]?.from ?? placed.length;
    for (let j = row.from; j < to; j++) placed[j]!.y = row.top + row.height / 2;
  });
  const last = rows.at(-1);
  return { placed, height: last ? last.top + last.height : 0 };
}

/**
 * The whole document: `width` is the chart's frame on screen, `chartHeight` what the chart
 * takes inside it; text wraps to the frame less its padding.
 */
export function exportLayout(
  input: {
    width: number;
    chartHeight: number;
    title: string;
    filters: string;
    legend: readonly LegendEntry[];
    foot: readonly string[];
  },
  measure: Measure,
): ExportLayout {
  const inner = Math.max(40, input.width - 2 * PAD);
  const wrap = (text: string, type: (typeof TYPE)[keyof typeof TYPE]) =>
    wrapText(text, inner, type.size, measure, type.weight);

  const titleLines = wrap(input.title, TYPE.title);
  const filterLines = wrap(input.filters, TYPE.filters);
  const footLines = input.foot.flatMap((f) => wrap(f, TYPE.foot));

  // Baselines sit about 0.3 of a line above the line's bottom.
  let y = PAD;
  const title = { lines: titleLines, y: y + TYPE.title.line * 0.75 };
  y += titleLines.length * TYPE.title.line;
  const filters = { lines: filterLines, y: y + TYPE.filters.line * 0.75 };
  y += filterLines.length * TYPE.filters.line + GAP;
  const chartY = y;
  y += input.chartHeight + GAP;

  const rows = legendRows(input.legend, inner, measure);
  const legend = rows.placed.map((p) => ({
    x: p.x + PAD,
    y: p.y + y,
    textX: p.textX + PAD,
  }));
  y += rows.height + (rows.height > 0 ? GAP : 0);

  const foot = { lines: footLines, y: y + TYPE.foot.line * 0.75 };
  y += footLines.length * TYPE.foot.line + PAD;

  return {
    width: input.width,
    height: Math.ceil(y),
    title,
    filters,
    chartY,
    legend,
    foot,
  };
}
