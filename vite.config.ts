import { readFileSync } from "node:fs";
import { svelte } from "@sveltejs/vite-plugin-svelte";
import { defineConfig, type Plugin } from "vite";

const DATASET = "data/cooperation.json";

/** Serves the bundled dataset in dev and writes it beside index.html in the build. */
function bundledDataset(): Plugin {
  const read = () =>
    readFileSync(new URL(`./${DATASET}`, import.meta.url), "utf8");
  return {
    name: "atlas-bundled-dataset",
    configureServer(server) {
      server.middlewares.use(`/${DATASET}`, (_req, res) => {
        res.setHeader("Content-Type", "application/json; charset=utf-8");
        res.end(read());
      });
    },
    generateBundle() {
      // Minified: editors' indentation costs bytes in the first view.
      this.emitFile({
        type: "asset",
        fileName: DATASET,
        source: JSON.stringify(JSON.parse(read())),
      });
    },
  };
}

export default defineConfig({
  // Relative asset paths: the build works from any sub-folder of a static server.
  base: "./",
  plugins: [svelte(), bundledDataset()],
  build: { target: "es2022" },
});
