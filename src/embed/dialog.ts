// Opens the Embed dialog (src/ui/lazy/EmbedDialog.svelte): loaded, with its text, only when
// its button is pressed; then kept, and shown again for the address of the moment. (Kept rather
// than unmounted: unmount() would join the runtime that the first view's chunk carries.)
import { mount } from "svelte";
import type { Lang } from "../lib/i18n/lang.ts";
import { loadViewMessages, type Messages } from "../lib/i18n/messages.ts";
import EmbedDialog from "../ui/lazy/EmbedDialog.svelte";

let dialog:
  { show(href: string, view: string | null): Promise<void> } | undefined;
let shownLang: Lang | undefined;

export async function open(
  opener: HTMLElement,
  lang: Lang,
  t: Messages,
): Promise<void> {
  if (!dialog || shownLang !== lang) {
    const text = await loadViewMessages(lang);
    document.querySelector("[data-embed-host]")?.remove();
    const host = document.createElement("div");
    host.setAttribute("data-embed-host", "");
    document.body.append(host);
    dialog = mount(EmbedDialog, {
      target: host,
      props: { t: { ...t, ...text }, onclose: () => opener.focus() },
    });
    shownLang = lang;
  }
  await dialog.show(
    location.href,
    new URLSearchParams(location.search).get("view"),
  );
}
