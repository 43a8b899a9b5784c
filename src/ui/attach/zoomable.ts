// d3-zoom on an element Svelte created. d3-zoom (with d3-selection, 14 KB) is loaded on the
// first wheel, press or touch, not on hover, so it costs the first view nothing; the wheel
// turn that loads it is applied once it is there.
import type { ZoomBehavior, ZoomTransform } from "d3-zoom";

export interface ZoomState {
  x: number;
  y: number;
  k: number;
}

export interface ZoomControl {
  /** Attach to the zoomable <svg>. */
  attach: (svg: SVGSVGElement) => () => void;
  zoomBy: (factor: number) => Promise<void>;
  reset: () => Promise<void>;
}

export function zoomControl(
  size: () => [number, number],
  onZoom: (t: ZoomState) => void,
): ZoomControl {
  let svg: SVGSVGElement | null = null;
  let ready: Promise<{
    behavior: ZoomBehavior<SVGSVGElement, unknown>;
    select: typeof import("d3-selection").select;
    identity: ZoomTransform;
  }> | null = null;

  function load() {
    if (!svg) return null;
    const target = svg;
    ready ??= Promise.all([import("d3-zoom"), import("d3-selection")]).then(
      ([z, s]) => {
        const [w, h] = size();
        const behavior = z
          .zoom<SVGSVGElement, unknown>()
          .scaleExtent([1, 12])
          .translateExtent([
            [0, 0],
            [w, h],
          ])
          .extent([
            [0, 0],
            [w, h],
          ])
          .on("zoom", (event: { transform: ZoomTransform }) =>
            onZoom({
              x: event.transform.x,
              y: event.transform.y,
              k: event.transform.k,
            }),
          );
        s.select(target).call(behavior);
        return { behavior, select: s.select, identity: z.zoomIdentity };
      },
    );
    return ready;
  }

  return {
    attach(element) {
      svg = element;
      const start = () => void load();
      const firstWheel = (event: WheelEvent) => {
        event.preventDefault();
        const rect = element.getBoundingClientRect();
        const [w, h] = size();
        const at: [number, number] = [
          ((event.clientX - rect.left) / rect.width) * w,
          ((event.clientY - rect.top) / rect.height) * h,
        ];
        const factor = Math.pow(
          2,
          -event.deltaY * (event.deltaMode ? 0.05 : 0.002),
        );
        void load()?.then(({ behavior, select }) =>
          select(element).call(behavior.scaleBy, factor, at),
        );
      };
      element.addEventListener("wheel", firstWheel, {
        once: true,
        passive: false,
      });
      element.addEventListener("pointerdown", start, { once: true });
      element.addEventListener("touchstart", start, {
        once: true,
        passive: true,
      });
      return () => {
        element.removeEventListener("wheel", firstWheel);
        element.removeEventListener("pointerdown", start);
        element.removeEventListener("touchstart", start);
        svg = null;
      };
    },
    async zoomBy(factor) {
      const loaded = await load();
      if (loaded && svg)
        loaded.select(svg).call(loaded.behavior.scaleBy, factor);
    },
    async reset() {
      const loaded = await load();
      if (loaded && svg)
        loaded.select(svg).call(loaded.behavior.transform, loaded.identity);
    },
  };
}
