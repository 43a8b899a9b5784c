import type { Geometry } from "../../src/views/map/geometry.ts";

/** A hand-made geometry for the minimal fixture: Zambia and the United States have shapes. */
export const testGeometry: Geometry = {
  width: 100,
  height: 50,
  projection: { centre: 150, scale: 10, translate: [50, 25] },
  source: "sprite",
  landId: "land",
  shapes: { ZMB: "s-ZMB", USA: "s-USA", CHN: "s-CHN" },
  anchors: {
    ZMB: [40, 30],
    USA: [90, 10],
    TWN: [60, 20],
    FRA: [30, 10],
    CHN: [66, 18],
  },
  institutions: { alpha: [70, 15], beta: [65, 20] },
  arcs: {
    "alpha>ZMB": "M70 15l-30 15",
    "beta>TWN": "M65 20l-5 0",
    "beta>USA": "M65 20l25-10",
    "beta>FRA": "M65 20l-35-10",
  },
  credit: "test",
};
