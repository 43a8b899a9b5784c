// Shows the presentation deck instead of the page (?present=1). Loaded with import() by
// start.ts only then, so that the deck costs the page's first view nothing.
import { mount } from "svelte";
import type { Boot } from "../boot.ts";
import { selectRecords } from "../lib/data/aggregate.ts";
import { fill, loadViewMessages } from "../lib/i18n/messages.ts";
import { resolveGeometry } from "../views/map/resolve.ts";
import { buildDeck } from "./deck.ts";
import Deck from "./Deck.svelte";

/** Shows the deck; then marks the app ready, as start.ts does for the page. */
export async function mountDeck(target: HTMLElement, boot: Boot) {
  await showDeck(target, boot);
  target.setAttribute("data-ready", "");
}

async function showDeck(target: HTMLElement, boot: Boot) {
  target.replaceChildren();
  delete target.dataset.prerendered;
  const status = document.createElement("p");
  status.setAttribute("role", "status");
  const text = await loadViewMessages(boot.lang);
  const t = { ...boot.messages, ...text };
  status.textContent = t.deckLoading;
  target.append(status);
  const result = await boot.dataset;
  const dataset = result.dataset;
  if (!dataset) {
    // Why, in the page's language; the wording loads only now.
    const { formatRefusal } = await import("../lib/data/problems.ts");
    status.setAttribute("role", "alert");
    status.textContent = fill(t.deckRefused, {
      reason: result.refusal ? formatRefusal(result.refusal, boot.lang) : "",
    });
    return;
  }
  const geometry = await resolveGeometry(dataset, {
    pageUrl: boot.pageUrl,
    ...(boot.basemap ? { basemap: boot.basemap } : {}),
  });
  status.remove();
  mount(Deck, {
    target,
    props: {
      slides: buildDeck(dataset, selectRecords(dataset, boot.filters)),
      dataset,
      ...("refusal" in geometry ? {} : { geometry }),
      page: boot.page,
      lang: boot.lang,
      t,
    },
  });
}
