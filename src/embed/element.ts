// <cooperation-atlas>: the atlas for sites that do not allow iframes (dist/cooperation-atlas.js).
// It mounts the app's embedded shell (src/App.svelte with fullView) into a shadow root, with
// the app's stylesheet inside it, so that the host page's styles neither reach in nor are
// reached. Its attributes start it as the same parameters in the app's address would
// (src/boot.ts); relative paths are read against this script's folder, so it works from
// whatever page includes it.
import { mount, unmount } from "svelte";
import defaultGeometry from "virtual:atlas-geometry";
import App from "../App.svelte";
import { start } from "../boot.ts";
import theme from "../ui/theme.css?inline";
import { ATTRIBUTES, attributeQuery, scriptFolder } from "./attributes.ts";
import { hostStyles } from "./host-css.ts";

const FOLDER = scriptFolder(import.meta.url);
// The base map's shapes are a file beside the app, named relative to its page.
if (defaultGeometry.sprite)
  defaultGeometry.sprite = new URL(defaultGeometry.sprite, FOLDER).href;

export class AtlasElement extends HTMLElement {
  static observedAttributes = [...ATTRIBUTES];
  #app: Record<string, unknown> | null = null;
  #query: string | null = null;

  connectedCallback(): void {
    void this.#render();
  }

  attributeChangedCallback(): void {
    if (this.isConnected) void this.#render();
  }

  disconnectedCallback(): void {
    this.#clear();
    this.#query = null;
  }

  #clear(): void {
    if (this.#app) void unmount(this.#app);
    this.#app = null;
  }

  async #render(): Promise<void> {
    const query = attributeQuery((name) => this.getAttribute(name));
    if (query === this.#query) return;
    this.#query = query;
    const boot = await start(`${FOLDER}${query}`, navigator.languages);
    if (query !== this.#query || !this.isConnected) return;
    this.#clear();
    const root = this.shadowRoot ?? this.attachShadow({ mode: "open" });
    const style = document.createElement("style");
    style.textContent = hostStyles(theme);
    const frame = document.createElement("div");
    frame.className = "atlas-root";
    frame.lang = boot.lang === "zh" ? "zh-CN" : "en";
    root.replaceChildren(style, frame);
    this.#app = mount(App, {
      target: frame,
      props: { boot, fullView: FOLDER, keepAddress: false },
    });
    this.setAttribute("data-ready", "");
  }
}

if (!customElements.get("cooperation-atlas"))
  customElements.define("cooperation-atlas", AtlasElement);
