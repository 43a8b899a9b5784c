import { readdirSync, readFileSync, writeFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { svelte, vitePreprocess } from "@sveltejs/vite-plugin-svelte";
import { build, createServer, defineConfig, type Plugin } from "vite";
import { fingerprint } from "./src/lib/data/fingerprint.ts";
import { parseDatasetText, type LoadResult } from "./src/lib/data/parse.ts";
import { formatProblem } from "./src/lib/data/problems.ts";
import { atlasBaseMap, bundledDatasetFile } from "./scripts/vite-basemap.ts";

/** Where the app finds the bundled dataset (src/boot.ts BUNDLED_DATASET). */
const DATASET = "data/cooperation.json";
/** The file bundled there: DATASET, or ATLAS_DATASET's (scripts/vite-basemap.ts). */
const read = () =>
  readFileSync(
    resolve(fileURLToPath(new URL(".", import.meta.url)), bundledDatasetFile()),
    "utf8",
  );
const datasetFingerprint = () =>
  JSON.stringify(fingerprint(JSON.stringify(JSON.parse(read()))));

let parsed: LoadResult | undefined;
/**
 * The bundled dataset, validated once per build (the build and its prerendering both need it).
 * Validated at build time, it is trusted at any size: the size limit is for files that the
 * browser would validate (src/lib/data/limits.ts).
 */
const parseBundled = () =>
  (parsed ??= parseDatasetText(read(), { limit: Infinity }));

/**
 * The bundled dataset: validated at build time (the build fails on any problem), written
 * minified beside index.html, and fingerprinted so that the browser can trust it without
 * loading the validator. In dev it is served as it is on disk, and validated in the browser.
 */
function bundledDataset(): Plugin {
  const minified = () => JSON.stringify(JSON.parse(read()));
  return {
    name: "atlas-bundled-dataset",
    config: (_config, { command }) =>
      command === "build"
        ? {
            define: {
              "import.meta.env.VITE_DATASET_FINGERPRINT": datasetFingerprint(),
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
      const { refused, problems } = parseBundled();
      if (refused || problems.length > 0) {
        this.error(
          [
            `${bundledDatasetFile()} is not valid:`,
            refused ?? "",
            ...problems.map(formatProblem),
          ].join("\n"),
        );
      }
    },
    generateBundle() {
      this.emitFile({ type: "asset", fileName: DATASET, source: minified() });
      // The source pages, so that a record's card can link the page its quote is from.
      for (const file of readdirSync(
        new URL("./data/sources", import.meta.url),
      ))
        this.emitFile({
          type: "asset",
          fileName: `data/sources/${file}`,
          source: readFileSync(
            new URL(`./data/sources/${file}`, import.meta.url),
          ),
        });
    },
  };
}

/**
 * Renders the default view into dist/index.html after the build, with Svelte's server
 * rendering through a Vite server in middleware mode (it compiles the components for SSR).
 */
function prerenderFirstView(): Plugin {
  let outDir = "dist";
  return {
    name: "atlas-prerender",
    apply: "build",
    configResolved(config) {
      outDir = config.build.outDir;
    },
    async closeBundle() {
      const server = await createServer({
        configFile: fileURLToPath(import.meta.url),
        server: { middlewareMode: true, hmr: false, ws: false },
        appType: "custom",
        // The base map plugin then renders what the build ships (the sprite as a file).
        mode: "prerender",
        logLevel: "error",
      });
      try {
        const { prerender, PRERENDER_LANG } = (await server.ssrLoadModule(
          "/src/prerender.ts",
        )) as typeof import("./src/prerender.ts");
        const body = prerender(parseBundled());
        const file = join(outDir, "index.html");
        const html = readFileSync(file, "utf8").replace(
          /<div id="app">[\s\S]*?<\/div>(\s*<script)?/,
          (_all, script: string | undefined) =>
            `<div id="app" data-prerendered="${PRERENDER_LANG}">${body}</div>${script ?? ""}`,
        );
        writeFileSync(file, inlineStylesheet(html, outDir));
      } finally {
        await server.close();
      }
    },
  };
}

/**
 * The stylesheet inlined into index.html: one request fewer before the first paint, which
 * shows the prerendered map. (The CSP allows inline styles: style-src 'unsafe-inline'.)
 */
function inlineStylesheet(html: string, outDir: string): string {
  return html.replace(
    /<link rel="stylesheet"[^>]*href="\.\/([^"]+\.css)"[^>]*>/,
    (_link, href: string) =>
      `<style>${readFileSync(join(outDir, href), "utf8")}</style>`,
  );
}

/**
 * Vite wraps each dynamic import in a helper that first preloads the chunk's dependencies and
 * stylesheets. This build has neither (`modulePreload: false`, one stylesheet, inlined), yet
 * the helper (0.9 KB gzip) was fetched with the first view. The helper is now the import
 * itself, and each chunk calls its import directly: `__vitePreload(load, deps, url)` becomes
 * `(load)()`, so no chunk imports the helper and the first view fetches no file for it. A failed
 * import then rejects as it would without Vite, and the views say so.
 */
export function leanPreloadHelper(): Plugin {
  const HELPER = "\0vite/preload-helper.js";
  const CALL = "__vitePreload(";
  const END = /,\s*(?:__VITE_PRELOAD__|\[\]|void 0),\s*import\.meta\.url\s*\)/g;
  const IMPORT =
    /^import\s*\{\s*\w+ as __vitePreload\s*\}\s*from\s*"[^"]*";\n?/m;
  return {
    name: "atlas-lean-preload-helper",
    apply: "build",
    enforce: "pre",
    load(id) {
      if (id === HELPER)
        return "export const __vitePreload = (load) => load();";
    },
    renderChunk(code, chunk) {
      if (!IMPORT.test(code)) return null;
      const calls = code.split(CALL).length - 1;
      const ends = code.match(END)?.length ?? 0;
      if (calls !== ends)
        this.error(
          `${chunk.fileName}: ${calls} calls of __vitePreload, ${ends} ends`,
        );
      return {
        code: code
          .replace(IMPORT, "")
          .replaceAll(CALL, "(")
          .replace(END, ")()"),
        map: null,
      };
    },
    generateBundle: {
      order: "post",
      handler(_options, bundle) {
        // The helper's own chunk, which no chunk imports any more (their `imports` still list it).
        const files = Object.values(bundle);
        for (const file of files)
          if (
            file.type === "chunk" &&
            file.moduleIds.length === 1 &&
            file.moduleIds[0] === HELPER &&
            !files.some(
              (f) =>
                f.type === "chunk" &&
                f.code.includes(file.fileName.replace(/^.*\//, "/")),
            )
          )
            delete bundle[file.fileName];
      },
    },
  };
}

/**
 * A dynamically imported module that a codeSplitting group put into a larger chunk is reached
 * through a chunk of its own that only imports that one (rolldown/rolldown#9729): src/main.ts
 * fetched start-A.js, whose whole text is `import "./start-B.js"`, and only then the app. Such
 * a chunk is dropped here and its importers import start-B.js directly: one request fewer,
 * and one round trip less, before the app runs. (Only chunks without exports: importing one
 * with exports gives its namespace, which the chunk it re-exports from does not match.)
 */
export function skipImportOnlyChunks(): Plugin {
  const IMPORT_ONLY = /^import\s*["'`]\.\/([^"'`]+)["'`];?\s*$/;
  return {
    name: "atlas-skip-import-only-chunks",
    apply: "build",
    // After Vite's own: its stylesheet follows the chunks' imports from the entry.
    generateBundle: {
      order: "post",
      handler(_options, bundle) {
        const chunks = Object.values(bundle).filter((f) => f.type === "chunk");
        for (const chunk of chunks) {
          const target = IMPORT_ONLY.exec(chunk.code)?.[1];
          if (!target || !chunk.isDynamicEntry || chunk.isEntry) continue;
          const from = `./${chunk.fileName.replace(/^.*\//, "")}`;
          for (const other of chunks)
            if (other !== chunk && other.code.includes(from))
              other.code = other.code.replaceAll(from, `./${target}`);
          delete bundle[chunk.fileName];
        }
      },
    },
  };
}

/** Lengths in rem follow the host page's root font size: inside its page, the atlas uses px. */
export function remToPx(): Plugin {
  return {
    name: "atlas-rem-to-px",
    enforce: "post",
    transform(code, id) {
      if (!/\.svelte(\?|$)|theme\.css\?inline/.test(id)) return undefined;
      return code.replace(
        /(?<![\w.$-])(\d*\.?\d+)rem\b/g,
        (_all, n: string) => `${Number(n) * 16}px`,
      );
    },
  };
}

/**
 * The embedding scripts, built after the app into the same folder with stable names (the
 * README's snippets name them): dist/embed.js, the host page's resizer (no dependencies), and
 * dist/cooperation-atlas.js, the web component. The component's styles must reach its shadow
 * root, so every component is compiled with css: "injected" (sveltejs/svelte#18199) — which is
 * why this is a build of its own.
 */
function embedScripts(): Plugin {
  let outDir = "dist";
  let root = process.cwd();
  return {
    name: "atlas-embed-scripts",
    apply: (_config, { command, mode }) =>
      command === "build" && mode !== "prerender",
    configResolved(config) {
      outDir = config.build.outDir;
      root = config.root;
    },
    async closeBundle() {
      await build({
        configFile: false,
        root,
        base: "./",
        logLevel: "warn",
        plugins: [
          leanPreloadHelper(),
          svelte({
            configFile: false,
            preprocess: vitePreprocess(),
            compilerOptions: { runes: true, css: "injected" },
          }),
          atlasBaseMap(),
          remToPx(),
        ],
        define: {
          "import.meta.env.VITE_DATASET_FINGERPRINT": datasetFingerprint(),
        },
        build: {
          outDir,
          emptyOutDir: false,
          copyPublicDir: false,
          target: "es2022",
          modulePreload: false,
          rolldownOptions: {
            input: {
              "cooperation-atlas": join(root, "src/embed/element.ts"),
              embed: join(root, "src/embed/resizer.ts"),
            },
            output: {
              entryFileNames: "[name].js",
              chunkFileNames: "assets/element-[name]-[hash].js",
              assetFileNames: "assets/[name]-[hash][extname]",
            },
          },
        },
      });
    },
  };
}

/**
 * Parts of Svelte's runtime that only the lazily loaded views use (bind:clientWidth and the
 * like, bind:checked, the styles that css: "injected" components add). Svelte's index imports
 * them, so they fell into the first view's chunk (0.3 KB gzip); declared free of side effects
 * (they are: functions, and objects made on demand), they go to a chunk of their own that the
 * views load with them. Measured with `npm run bench -- --bytes`.
 */
const LAZY_RUNTIME =
  /svelte[\\/]src[\\/]internal[\\/]client[\\/]dom[\\/](css\.js|elements[\\/]bindings[\\/](size|input)\.js)/;

export default defineConfig({
  // Relative asset paths: the build works from any sub-folder of a static server.
  base: "./",
  plugins: [
    leanPreloadHelper(),
    skipImportOnlyChunks(),
    svelte(),
    bundledDataset(),
    atlasBaseMap(),
    prerenderFirstView(),
    embedScripts(),
  ],
  // One stylesheet, inlined into the prerendered page: the app, loaded after the first
  // frame (src/main.ts), must not bring styles of its own.
  build: {
    target: "es2022",
    cssCodeSplit: false,
    modulePreload: false,
    rolldownOptions: {
      treeshake: {
        moduleSideEffects: (id) => (LAZY_RUNTIME.test(id) ? false : undefined),
      },
      output: {
        // The app (start.ts and all it imports statically) is one chunk. Left to itself,
        // Rolldown splits the modules that the lazy views share with it (counts, countries,
        // time…) into small chunks that the first view fetches too: +2.5 KB gzip. Measured
        // with `npm run bench -- --bytes`: this is also 0.7 KB less than keeping Svelte's
        // runtime in a chunk of its own.
        // The preload helper stays apart (no chunk calls it, leanPreloadHelper, and its chunk
        // is then dropped), and so do the parts of Svelte's runtime that only the lazily
        // loaded views use (LAZY_RUNTIME).
        codeSplitting: {
          groups: [
            { name: "preload-helper", test: /preload-helper/, priority: 2 },
            {
              name: "svelte-lazy",
              test: LAZY_RUNTIME,
              priority: 2,
              includeDependenciesRecursively: false,
            },
            { name: "start", test: /[\\/]src[\\/]start\.ts$/, priority: 1 },
          ],
        },
      },
    },
  },
});
