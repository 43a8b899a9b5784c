import { svelte } from "@sveltejs/vite-plugin-svelte";
import { defineConfig } from "vitest/config";
import { atlasBaseMap } from "./scripts/vite-basemap.ts";

export default defineConfig({
  test: {
    projects: [
      {
        plugins: [atlasBaseMap()],
        test: {
          name: "unit",
          environment: "node",
          include: ["tests/unit/**/*.test.ts"],
        },
      },
      {
        plugins: [svelte(), atlasBaseMap()],
        resolve: { conditions: ["browser"] },
        test: {
          name: "component",
          environment: "jsdom",
          include: ["tests/component/**/*.test.ts"],
          setupFiles: ["tests/helpers/component-setup.ts"],
        },
      },
      {
        // Server rendering: components must render at build time (no browser globals).
        plugins: [svelte(), atlasBaseMap()],
        test: {
          name: "ssr",
          environment: "node",
          include: ["tests/ssr/**/*.test.ts"],
        },
      },
      {
        test: {
          name: "browser",
          environment: "node",
          include: ["tests/browser/**/*.test.ts"],
          testTimeout: 30_000,
          hookTimeout: 60_000,
          fileParallelism: false,
        },
      },
    ],
  },
});
