// Starts the app: hydrates the prerendered view when this visit asks for exactly it, else mounts.
import { hydrate, mount } from "svelte";
import App from "./App.svelte";
import { start } from "./boot.ts";
import { reportHeight } from "./embed/height.ts";
import { INTL_LOCALE } from "./lib/i18n/lang.ts";

/**
 * Runs the app, as soon as this module is evaluated (src/main.ts imports it after the first
 * frame, and uses no export: so this chunk is imported directly, vite.config.ts). Not awaited at
 * the top level: the lazily loaded chunks (the validator, the views) import shared modules
 * from this chunk, and would wait forever on a chunk that is still evaluating.
 */
async function run(): Promise<void> {
  const target = document.getElementById("app")!;
  const boot = await start(location.href, navigator.languages);
  document.documentElement.lang = INTL_LOCALE[boot.lang];
  document.title = boot.messages.appTitle;
  // ?present=1: the deck instead of the page, its code loaded only then.
  if (boot.page.present)
    return import("./present/mount.ts").then((m) => m.mountDeck(target, boot));

  // Embedded in another site (?embed=1): the same app, without masthead and filter bar
  // (src/App.svelte with fullView); it tells the host page its height (src/embed/resizer.ts).
  const embed = boot.page.embed;
  if (embed) {
    document.documentElement.dataset.embed = "";
    reportHeight();
  }

  // The build prerendered the default view (no parameters, its language, the bundled dataset).
  // When this visit asks for exactly that, the page is hydrated where it stands; otherwise the
  // prerendered view is removed at once, so no one sees the default data as the one they asked for.
  const prerendered = target.dataset.prerendered;
  const asPrerendered = prerendered === boot.lang && location.search === "";
  const result = asPrerendered ? await boot.dataset : undefined;
  if (result?.trusted) {
    hydrate(App, { target, props: { boot: { ...boot, dataset: result } } });
  } else {
    target.replaceChildren();
    delete target.dataset.prerendered;
    mount(App, {
      target,
      props: {
        boot: result ? { ...boot, dataset: result } : boot,
        fullView: embed ? location.pathname : undefined,
      },
    });
  }
  // Tests, the benchmark and embedding pages can wait for the app to answer.
  target.setAttribute("data-ready", "");
}

void run();
