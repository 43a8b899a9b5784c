// The default map's geometry, computed at build time by scripts/vite-basemap.ts.
declare module "virtual:atlas-geometry" {
  const geometry: import("./views/map/geometry.ts").Geometry;
  export default geometry;
}

declare module "virtual:atlas-anchors" {
  /** Every country's anchor on the default map, with the projection they were made with. */
  const value: {
    projection: import("./views/map/geometry.ts").ProjectionSpec;
    anchors: Record<string, [number, number]>;
    /** Shapes in the sprite of index.html. */
    shapes: Record<string, string>;
  };
  export default value;
}
