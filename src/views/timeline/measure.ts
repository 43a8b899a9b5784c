// Label widths for the layout. A canvas measures with the font the labels are drawn in; where
// there is none (server, jsdom), the shared estimate.
import { textWidth } from "../text-width.ts";

export function textMeasure(
  element: Element | undefined,
  fontSize: number,
): (text: string) => number {
  const context =
    element &&
    typeof navigator !== "undefined" &&
    !/jsdom/.test(navigator.userAgent)
      ? document.createElement("canvas").getContext("2d")
      : null;
  if (!context || !element) return (text) => textWidth(text, fontSize);
  const style = getComputedStyle(element);
  context.font = `${style.fontWeight} ${fontSize}px ${style.fontFamily}`;
  const cache = new Map<string, number>();
  return (text) => {
    let width = cache.get(text);
    if (width === undefined) {
      width = Math.ceil(context.measureText(text).width);
      cache.set(text, width);
    }
    return width;
  };
}
