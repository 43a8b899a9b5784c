// A symbol per record kind, so that kinds differ by shape as well as by colour.
import {
  symbol,
  symbolCircle,
  symbolDiamond,
  symbolSquare,
  symbolStar,
  symbolTriangle,
  type SymbolType,
} from "d3-shape";
import type { Kind } from "../../lib/data/schema.ts";

const TYPES: Record<Kind, SymbolType> = {
  milestone: symbolStar,
  event: symbolCircle,
  agreement: symbolSquare,
  programme: symbolDiamond,
  flow: symbolTriangle,
};

const paths = new Map<string, string>();

/** The symbol's path around (0, 0); `size` is its area in px². */
export function symbolOf(kind: Kind, size = 110): string {
  const key = `${kind}:${size}`;
  let path = paths.get(key);
  if (path === undefined) {
    path = symbol(TYPES[kind], size)() ?? "";
    paths.set(key, path);
  }
  return path;
}
