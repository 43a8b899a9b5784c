import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import type { Dataset } from "../../../../src/lib/data/schema.ts";
import {
  completeGeometry,
  missingPlaces,
  placeDataset,
} from "../../../../src/views/map/complete.ts";
import { arcKey } from "../../../../src/views/map/geometry.ts";
import * as drawing from "../../../../src/views/map/projection.ts";
import { defaultMap } from "../../../../scripts/vite-basemap.ts";
import { bundledDataset, ROOT } from "../../../helpers/fixtures.ts";

const dataset = bundledDataset();
const { geometry } = defaultMap(ROOT);
const projection = drawing.makeProjection(geometry.projection);

/** Every (institution, country) pair of a flow record, the institution's own country left out. */
const flowPairs = (data: Dataset) => {
  const countryOf = new Map(data.institutions.map((i) => [i.id, i.country]));
  return [
    ...new Set(
      data.records.flatMap((r) =>
        r.kind === "flow"
          ? r.countries
              .filter((c) => c !== countryOf.get(r.institution))
              .map((c) => arcKey(r.institution, c))
          : [],
      ),
    ),
  ];
};

const copy = (): Dataset => structuredClone(dataset);

describe("the bundled dataset on the default map", () => {
  it("has a point for every institution, at its city", () => {
    expect(Object.keys(geometry.institutions).sort()).toEqual(
      dataset.institutions.map((i) => i.id).sort(),
    );
    for (const institution of dataset.institutions) {
      expect(geometry.institutions[institution.id]).toEqual(
        drawing.projectPoint(projection, institution.coordinates),
      );
    }
  });

  it("has an arc for every institution and flow country", () => {
    const pairs = flowPairs(dataset);
    expect(pairs.length).toBeGreaterThan(10);
    expect(Object.keys(geometry.arcs).sort()).toEqual([...pairs].sort());
    for (const key of pairs) expect(geometry.arcs[key]).toMatch(/^M\d+ \d+l/);
  });

  it("an arc runs from the institution to the country's anchor", () => {
    const d = geometry.arcs[arcKey("bpc", "ZMB")] ?? "";
    // "M x y l dx dy dx dy …": absolute start, relative steps.
    const [, start = "", steps = ""] = /^M([^l]*)l(.*)$/.exec(d) ?? [];
    const numbers = (s: string) => s.match(/-?\d+/g)?.map(Number) ?? [];
    const points = [numbers(start)];
    const n = numbers(steps);
    for (let i = 0; i < n.length; i += 2) {
      const [x = 0, y = 0] = points[points.length - 1]!;
      points.push([x + n[i]!, y + n[i + 1]!]);
    }
    const [bx, by] = geometry.institutions["bpc"] ?? [];
    const [zx, zy] = geometry.anchors["ZMB"] ?? [];
    expect(Math.abs(points[0]![0]! - bx!)).toBeLessThanOrEqual(0.5);
    expect(Math.abs(points[0]![1]! - by!)).toBeLessThanOrEqual(0.5);
    const last = points[points.length - 1] ?? [];
    expect(Math.abs((last[0] ?? 0) - (zx ?? 0))).toBeLessThanOrEqual(0.75);
    expect(Math.abs((last[1] ?? 0) - (zy ?? 0))).toBeLessThanOrEqual(0.75);
  });

  it("every country the records name has a shape or an anchor", () => {
    const codes = new Set(
      dataset.records.flatMap((r) => [
        ...r.countries,
        ...r.partners.map((p) => p.country),
      ]),
    );
    for (const i of dataset.institutions) codes.add(i.country);
    expect(codes.size).toBeGreaterThan(10);
    for (const code of codes) {
      expect(
        geometry.shapes[code] ?? geometry.anchors[code],
        `${code} is not on the map`,
      ).toBeDefined();
    }
  });

  it("misses nothing", () => {
    expect(missingPlaces(geometry, dataset)).toBe(false);
  });
});

describe("another dataset", () => {
  const withNewInstitution = () => {
    const data = copy();
    data.institutions.push({
      ...(data.institutions[0] as Dataset["institutions"][number]),
      id: "kunming",
      coordinates: [102.7, 25],
    });
    return data;
  };

  it("misses an institution that is not placed", () => {
    expect(missingPlaces(geometry, withNewInstitution())).toBe(true);
  });

  it("misses an arc that is not drawn", () => {
    const data = copy();
    const flow = data.records.find((r) => r.kind === "flow");
    flow?.countries.push("BRA");
    expect(missingPlaces(geometry, data)).toBe(true);
  });

  it("does not miss an arc to the institution's own country", () => {
    const data = copy();
    const flow = data.records.find((r) => r.kind === "flow");
    flow?.countries.push("CHN");
    expect(missingPlaces(geometry, data)).toBe(false);
  });

  it("misses the anchor of a country the default map does not carry for its dataset", () => {
    const data = copy();
    data.records.find((r) => r.kind === "agreement")?.countries.push("BHR");
    expect(geometry.anchors["BHR"]).toBeUndefined();
    expect(missingPlaces(geometry, data)).toBe(true);
  });

  it("completeGeometry places what is missing, with d3-geo loaded on demand", async () => {
    const data = withNewInstitution();
    data.records.push({
      ...(data.records.find(
        (r) => r.kind === "flow",
      ) as Dataset["records"][number]),
      id: "kunming-flow",
      institution: "kunming",
      countries: ["ZMB", "CHN", "HKG"],
    });
    const completed = await completeGeometry(geometry, data);
    expect(missingPlaces(completed, data)).toBe(false);
    expect(completed.institutions["kunming"]).toEqual(
      drawing.projectPoint(projection, [102.7, 25]),
    );
    expect(completed.arcs[arcKey("kunming", "ZMB")]).toMatch(/^M/);
    expect(completed.arcs[arcKey("kunming", "HKG")]).toMatch(/^M/);
    expect(completed.arcs).not.toHaveProperty(arcKey("kunming", "CHN"));
    // What the base map had is kept; countries it had no anchor for come from the full table.
    expect(completed.anchors).toMatchObject(geometry.anchors);
    expect(Object.keys(completed.anchors).length).toBeGreaterThan(200);
    expect(completed.arcs[arcKey("bpc", "ZMB")]).toBe(
      geometry.arcs[arcKey("bpc", "ZMB")],
    );
  });

  it("placeDataset on a base map without places gives the build's result", () => {
    const { institutions: _i, arcs: _a, ...base } = geometry;
    expect(placeDataset(base, dataset, projection, drawing)).toEqual(geometry);
  });
});

describe("d3-geo stays out of the first view", () => {
  const staticImports = (file: string) =>
    [
      ...readFileSync(join(ROOT, file), "utf8").matchAll(
        /^import (?!type )[^;]*?from "([^"]+)"/gm,
      ),
    ].map((m) => m[1]);

  it.each(["src/views/map/complete.ts", "src/views/map/custom-basemap.ts"])(
    "%s imports projection.ts, d3-geo and topojson-client only dynamically",
    (file) => {
      const imports = staticImports(file);
      expect(imports.length).toBeGreaterThan(0);
      for (const name of [
        "d3-geo",
        "topojson-client",
        "./projection.ts",
        "./sprite.ts",
      ]) {
        expect(imports).not.toContain(name);
      }
    },
  );
});
