// Text that must fit: an estimate of its width, wrapping into lines, and moving labels apart
// so that none overlaps another. The estimate errs wide, so a label set to fit does fit; the
// browser tests measure the real boxes.
import { textWidth } from "../text-width.ts";

const CJK = "\u2e80-\u9fff\uac00-\ud7af\uf900-\ufaff\uff00-\uffef";
/** Where a line may break: after a word and its spaces, or after any CJK character. */
// An opening bracket stays with what follows it; closing ones and list commas with what precedes.
const PIECE = new RegExp(
  `[（「]?[${CJK}][、，。）」]*|[^\\s${CJK}]+\\s*|\\s+`,
  "g",
);

function pieces(text: string): string[] {
  return text.match(PIECE) ?? [];
}

/** The width of the widest piece a line cannot break inside. */
export function longestWord(text: string, fontSize: number): number {
  return Math.max(0, ...pieces(text).map((p) => textWidth(p.trim(), fontSize)));
}

/**
 * Lines of at most `maxWidth` px. A word wider than a whole line is cut, so that nothing ever
 * runs past the edge; a line past `maxLines` ends the text with an ellipsis.
 */
export function wrapText(
  text: string,
  maxWidth: number,
  fontSize: number,
  maxLines = Infinity,
): string[] {
  const lines: string[] = [];
  let line = "";
  const push = (piece: string) => {
    if (textWidth((line + piece).trimEnd(), fontSize) <= maxWidth) {
      line += piece;
      return;
    }
    if (line.trim()) lines.push(line.trimEnd());
    line = "";
    // A piece too wide for any line: cut it where it fills one.
    let rest = piece;
    while (textWidth(rest.trimEnd(), fontSize) > maxWidth && rest.length > 1) {
      let cut = rest.length - 1;
      while (cut > 1 && textWidth(rest.slice(0, cut), fontSize) > maxWidth)
        cut--;
      lines.push(rest.slice(0, cut));
      rest = rest.slice(cut);
    }
    line = rest;
  };
  for (const piece of pieces(text)) push(piece);
  if (line.trim()) lines.push(line.trimEnd());
  if (lines.length <= maxLines) return lines;
  const kept = lines.slice(0, maxLines);
  let last = kept[maxLines - 1]!;
  while (last && textWidth(`${last}…`, fontSize) > maxWidth)
    last = last.slice(0, -1);
  kept[maxLines - 1] = `${last.trimEnd()}…`;
  return kept;
}

export interface Block {
  /** Where the block wants its middle. */
  y: number;
  height: number;
}

/**
 * Tops for blocks kept in their order, each as near its wanted middle as the others let it,
 * at least `gap` apart, none above `top`; past `bottom` only when they cannot all fit.
 */
export function dodge(
  blocks: readonly Block[],
  top: number,
  bottom: number,
  gap = 2,
): number[] {
  const tops = blocks.map((b) => b.y - b.height / 2);
  const pushDown = () => {
    for (let i = 0; i < tops.length; i++) {
      const floor = i === 0 ? top : tops[i - 1]! + blocks[i - 1]!.height + gap;
      tops[i] = Math.max(tops[i]!, floor);
    }
  };
  pushDown();
  for (let i = tops.length - 1; i >= 0; i--) {
    const ceiling = i === tops.length - 1 ? bottom : tops[i + 1]! - gap;
    tops[i] = Math.min(tops[i]!, ceiling - blocks[i]!.height);
  }
  pushDown();
  return tops;
}
