// The page in an iframe (?embed=1): mounts the embedded shell and tells the host page its
// height. Loaded only when embedded, so the full page's first view does not carry it.
import { mount } from "svelte";
import type { Boot } from "../boot.ts";
import EmbedApp from "./EmbedApp.svelte";
import { reportHeight } from "./height.ts";

export function run(target: HTMLElement, boot: Boot): void {
  document.documentElement.dataset.embed = "";
  target.replaceChildren();
  delete target.dataset.prerendered;
  mount(EmbedApp, {
    target,
    props: { boot, fullView: location.pathname },
  });
  target.setAttribute("data-ready", "");
  reportHeight();
}
