// An element's width, followed on resize, for views that size a layout or strokes to it. An
// attachment rather than bind:clientWidth, whose helper the first view would then load. Not
// beside followHeight in viewport.ts: the map needs this in the first view, and that module
// would come with it, though only the lazily loaded views follow the height.

/** Calls `set` with the element's width now and whenever it changes (where ResizeObserver is). */
export function followWidth(set: (width: number) => void) {
  return (node: HTMLElement) => {
    set(node.clientWidth);
    if (typeof ResizeObserver === "undefined") return;
    const observer = new ResizeObserver(([entry]) => {
      if (entry) set(entry.contentRect.width);
    });
    observer.observe(node);
    return () => observer.disconnect();
  };
}
