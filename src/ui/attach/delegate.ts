// One set of handlers on a container serves all its marks (the map's partners, the timeline's
// marks and bins): handlers on each mark were made anew and attached again for every mark drawn,
// hundreds at scale. Put it on an HTML container, not on the SVG: Chromium makes an SVG element
// with focus listeners a tab stop.

/**
 * An attachment: `handlers[type](key, event)` for each event of that type on an element that
 * matches `selector` inside the container, its attribute `attr` as the key.
 */
export function delegate(
  selector: string,
  attr: string,
  handlers: Record<string, (key: string, event: Event) => void>,
) {
  return (root: HTMLElement) => {
    const listener = (event: Event) => {
      const el = (event.target as Element | null)?.closest?.(selector);
      const key = el && root.contains(el) ? el.getAttribute(attr) : null;
      if (key) handlers[event.type]!(key, event);
    };
    const types = Object.keys(handlers);
    for (const type of types) root.addEventListener(type, listener);
    return () => {
      for (const type of types) root.removeEventListener(type, listener);
    };
  };
}
