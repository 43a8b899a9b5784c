// Label widths for the layout. A canvas measures with the font the labels are drawn in; where
// there is none (server, jsdom), a generous estimate: CJK characters are a full em wide.

const WIDE = /[\u2e80-\u9fff\uf900-\ufaff\uff00-\uffef]/u;

export function estimateWidth(text: string, fontSize: number): number {
  let ems = 0;
  for (const ch of text) ems += WIDE.test(ch) ? 1 : 0.62;
  return ems * fontSize;
}

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
  if (!context || !element) return (text) => estimateWidth(text, fontSize);
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
