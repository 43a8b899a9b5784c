// The default map's geometry, computed at build time by scripts/vite-basemap.ts.
declare module "virtual:atlas-geometry" {
  const geometry: import("./views/map/geometry.ts").Geometry;
  export default geometry;
}
