import { vitePreprocess } from "@sveltejs/vite-plugin-svelte";

// Components reached only through a lazy view (src/ui/LazyView.svelte) bring their styles with
// their code: the first view's one stylesheet, inlined into the prerendered page, then holds
// only what the first view draws. The CSP allows inline styles (style-src 'unsafe-inline').
const LAZY =
  /\/src\/(views\/(timeline|flows|table|detail)\/|ui\/lazy\/|present\/|embed\/)/;

export default {
  preprocess: vitePreprocess(),
  compilerOptions: { runes: true },
  vitePlugin: {
    dynamicCompileOptions: ({ filename }) =>
      LAZY.test(filename) ? { css: "injected" } : undefined,
  },
};
