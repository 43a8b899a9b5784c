import { readFileSync } from "node:fs";
import { svelte } from "@sveltejs/vite-plugin-svelte";
import { defineConfig, type Plugin } from "vite";
import { fingerprint } from "./src/lib/data/fingerprint.ts";
import { parseDatasetText } from "./src/lib/data/parse.ts";
import { formatProblem } from "./src/lib/data/problems.ts";
import { atlasBaseMap } from "./scripts/vite-basemap.ts";

const DATASET = "data/cooperation.json";

/**
 * The bundled dataset: validated at build time (the build fails on any problem), written
 * minified beside index.html, and fingerprinted so that the browser can trust it without
 * loading the validator. In dev it is served as it is on disk, and validated in the browser.
 */
function bundledDataset(): Plugin {
  const read = () =>
    readFileSync(new URL(`./${DATASET}`, import.meta.url), "utf8");
  const minified = () => JSON.stringify(JSON.parse(read()));
  return {
    name: "atlas-bundled-dataset",
    config: (_config, { command }) =>
      command === "build"
        ? {
            define: {
              "import.meta.env.VITE_DATASET_FINGERPRINT": JSON.stringify(
                fingerprint(minified()),
              ),
            },
          }
        : {},
    configureServer(server) {
      server.middlewares.use(`/${DATASET}`, (_req, res) => {
        res.setHeader("Content-Type", "application/json; charset=utf-8");
        res.end(read());
      });
    },
    buildStart() {
      const { refused, problems } = parseDatasetText(read());
      if (refused || problems.length > 0) {
        this.error(
          [
            `${DATASET} is not valid:`,
            refused ?? "",
            ...problems.map(formatProblem),
          ].join("\n"),
        );
      }
    },
    generateBundle() {
      this.emitFile({ type: "asset", fileName: DATASET, source: minified() });
    },
  };
}

export default defineConfig({
  // Relative asset paths: the build works from any sub-folder of a static server.
  base: "./",
  plugins: [svelte(), bundledDataset(), atlasBaseMap()],
  build: { target: "es2022" },
});
