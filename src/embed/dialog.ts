// Opens the Embed dialog (src/ui/lazy/EmbedDialog.svelte): loaded, with its text, only when
// its button is pressed; focus returns to the button when it closes.
import { mount, unmount } from "svelte";
import type { Lang } from "../lib/i18n/lang.ts";
import { loadViewMessages, type Messages } from "../lib/i18n/messages.ts";
import EmbedDialog from "../ui/lazy/EmbedDialog.svelte";

export async function open(
  opener: HTMLElement,
  lang: Lang,
  t: Messages,
): Promise<void> {
  const text = await loadViewMessages(lang);
  const host = document.createElement("div");
  document.body.append(host);
  const view = new URLSearchParams(location.search).get("view");
  const dialog = mount(EmbedDialog, {
    target: host,
    props: {
      t: { ...t, ...text },
      href: location.href,
      view,
      onclose() {
        void unmount(dialog);
        host.remove();
        opener.focus();
      },
    },
  });
}
