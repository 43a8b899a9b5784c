import { readFileSync } from "node:fs";
import { join } from "node:path";
import type { Plugin } from "vite";
import { describe, expect, it } from "vitest";
import {
  atlasBaseMap,
  defaultMap,
  VIRTUAL_GEOMETRY,
} from "../../../../scripts/vite-basemap.ts";
import { ROOT } from "../../../helpers/fixtures.ts";

type Hook = Plugin["load"] | Plugin["resolveId"] | Plugin["transformIndexHtml"];

/** Calls a plugin hook, whether it is a function or { handler }. */
function call(hook: Hook, ...args: unknown[]): unknown {
  const fn = typeof hook === "function" ? hook : hook?.handler;
  return (fn as (...a: unknown[]) => unknown).apply({}, args);
}

const plugin = atlasBaseMap();
call(plugin.configResolved as Hook, { root: ROOT });

describe("atlasBaseMap", () => {
  it("serves the default geometry as a virtual module", () => {
    const id = call(plugin.resolveId, VIRTUAL_GEOMETRY) as string;
    expect(id).toBe(`\0${VIRTUAL_GEOMETRY}`);
    expect(call(plugin.resolveId, "./other.ts")).toBeUndefined();
    const code = call(plugin.load, id) as string;
    expect(code).toMatch(/^export default \{/);
    const geometry = JSON.parse(
      code.replace(/^export default /, "").replace(/;\s*$/, ""),
    ) as unknown;
    expect(geometry).toEqual(defaultMap(ROOT).geometry);
    expect(geometry).toMatchObject({
      source: "sprite",
      projection: { centre: 150 },
    });
  });

  it("puts the sprite at the start of <body>", () => {
    const html = readFileSync(join(ROOT, "index.html"), "utf8");
    const out = call(plugin.transformIndexHtml, html, {}) as string;
    const { sprite } = defaultMap(ROOT);
    expect(out).toContain(`<body>\n    ${sprite}\n`);
    expect(out.indexOf(sprite)).toBeLessThan(out.indexOf('id="app"'));
    expect(out.split("atlas-sprite")).toHaveLength(2);
  });

  it("computes the map once per process", () => {
    expect(defaultMap(ROOT)).toBe(defaultMap(ROOT));
  });
});
