import { readFileSync } from "node:fs";
import { join } from "node:path";
import { gzipSync } from "node:zlib";
import type { Topology } from "topojson-specification";
import { anyToAlpha3 } from "../../../../src/lib/data/country-numeric.ts";
import { describe, expect, it } from "vitest";
import codeTable from "../../../../src/lib/data/country-codes.json" with { type: "json" };
import {
  makeProjection,
  projectPoint,
} from "../../../../src/views/map/projection.ts";
import { buildBaseMap } from "../../../../src/views/map/sprite.ts";
import { ROOT } from "../../../helpers/fixtures.ts";

const atlas = (name: string) =>
  JSON.parse(
    readFileSync(join(ROOT, "node_modules/world-atlas", name), "utf8"),
  ) as Topology;
const world110 = atlas("countries-110m.json");
const world50 = atlas("countries-50m.json");
const { sprite, geometry } = buildBaseMap(world110, world50, 150);
const projection = makeProjection(geometry.projection);

const pathIds = [...sprite.matchAll(/<path id="([^"]+)"/g)].map((m) => m[1]);
const numericIds = (
  world110.objects["countries"] as { geometries: { id?: string }[] }
).geometries.map((g) => g.id);

const distance = (a: readonly number[], b: readonly number[]) =>
  Math.hypot((a[0] ?? 0) - (b[0] ?? 0), (a[1] ?? 0) - (b[1] ?? 0));

describe("the sprite", () => {
  it("is one hidden svg with a land group", () => {
    expect(sprite).toMatch(
      /^<svg xmlns="http:\/\/www\.w3\.org\/2000\/svg" width="0" height="0" aria-hidden="true" focusable="false" class="atlas-sprite"><defs><g id="atlas-land">(<path id="atlas-[cx]-[A-Z0-9]+" d="m[-\d lz m]+" vector-effect="non-scaling-stroke"\/>)+<\/g><\/defs><\/svg>$/,
    );
  });

  it("has a path for every country of countries-110m but Antarctica", () => {
    const named = numericIds.filter(
      (id): id is string => id !== undefined && id !== "010",
    );
    const unnamed = numericIds.filter((id) => id === undefined);
    expect(unnamed).toHaveLength(3); // N. Cyprus, Somaliland, Kosovo
    for (const id of named) {
      expect(pathIds).toContain(`atlas-c-${anyToAlpha3(id)}`);
    }
    expect(pathIds.filter((id) => id?.startsWith("atlas-x-"))).toEqual([
      "atlas-x-1",
      "atlas-x-2",
      "atlas-x-3",
    ]);
    expect(pathIds).toHaveLength(named.length + unnamed.length);
    expect(pathIds).not.toContain("atlas-c-ATA");
    expect(geometry.anchors).not.toHaveProperty("ATA");
  });

  it("has unique ids", () => {
    expect(new Set(pathIds).size).toBe(pathIds.length);
  });

  it("leaves fill and stroke to the page", () => {
    expect(sprite).not.toMatch(/fill|stroke=|style=/);
  });

  it("is small: whole pixels, relative commands", () => {
    const gzip = gzipSync(sprite).length;
    console.info(
      `sprite: ${sprite.length} bytes, ${gzip} bytes gzip; height ${geometry.height}`,
    );
    expect(gzip).toBeLessThan(16 * 1024);
    expect(sprite).not.toMatch(/\d\.\d|[MLZ]\d/);
  });
});

describe("the geometry", () => {
  it("describes the sprite", () => {
    expect(geometry).toMatchObject({
      width: 960,
      source: "sprite",
      landId: "atlas-land",
      credit:
        "Boundaries: Natural Earth via world-atlas; not an official boundary map.",
      projection: { centre: 150 },
    });
    expect(geometry.height).toBeGreaterThan(400);
    expect(geometry.height).toBeLessThan(470);
    expect(geometry).not.toHaveProperty("paths");
    for (const id of Object.values(geometry.shapes)) {
      expect(pathIds).toContain(id);
    }
  });

  it.each(["CHN", "USA", "ZMB", "PAK", "TWN"])("%s has a shape", (code) => {
    expect(geometry.shapes[code]).toBe(`atlas-c-${code}`);
    expect(geometry.anchors[code]).toBeDefined();
  });

  it.each(["SGP", "HKG", "MAC", "MLT", "BHR", "MDV"])(
    "%s, too small for 110m, has an anchor from 50m and no shape",
    (code) => {
      expect(geometry.shapes[code]).toBeUndefined();
      expect(geometry.anchors[code]).toBeDefined();
    },
  );

  it.each([
    ["SGP", [103.8, 1.35]],
    ["HKG", [114.15, 22.35]],
    ["MLT", [14.4, 35.9]],
    ["TWN", [121, 23.7]],
  ] as const)("%s's anchor is where it is", (code, lonLat) => {
    const anchor = geometry.anchors[code] ?? [];
    expect(
      distance(anchor, projectPoint(projection, [...lonLat])),
    ).toBeLessThan(3);
  });

  it.each([
    ["FRA", [2.3, 46.6]],
    ["NOR", [9, 61.5]],
    ["USA", [-98, 39]],
  ] as const)(
    "%s's anchor is in its largest polygon, not pulled by the rest",
    (code, lonLat) => {
      const anchor = geometry.anchors[code] ?? [];
      expect(
        distance(anchor, projectPoint(projection, [...lonLat])),
      ).toBeLessThan(30);
    },
  );

  it("anchors every code it can place, inside the frame, rounded to 0.1 px", () => {
    const codes = Object.keys(codeTable);
    const anchored = Object.keys(geometry.anchors);
    expect(anchored.length).toBeGreaterThan(220);
    for (const code of anchored) expect(codes).toContain(code);
    for (const [x, y] of Object.values(geometry.anchors)) {
      expect(x).toBeGreaterThanOrEqual(0);
      expect(x).toBeLessThanOrEqual(geometry.width);
      expect(y).toBeGreaterThanOrEqual(0);
      expect(y).toBeLessThanOrEqual(geometry.height);
      expect(Math.round(x * 10) / 10).toBe(x);
    }
  });

  it("follows the centre", () => {
    const other = buildBaseMap(world110, world50, 0).geometry;
    expect(other.projection.centre).toBe(0);
    const [x] = other.anchors["FRA"] ?? [];
    expect(Math.abs((x ?? 0) - 480)).toBeLessThan(30);
  });
});
