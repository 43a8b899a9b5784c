// Loads only the language in use, and fills {placeholders}.
import type { Messages } from "./en.ts";
import type { Lang } from "./lang.ts";
import type { NoticeText } from "./notices-en.ts";
import type { ViewText } from "./views-en.ts";

export type { Messages };
/** The first view's text and the text of the views below the map. */
export type ViewMessages = Messages & ViewText;

export async function loadMessages(lang: Lang): Promise<Messages> {
  return lang === "zh"
    ? (await import("./zh.ts")).zh
    : (await import("./en.ts")).en;
}

/** The views' text, loaded with their code (src/ui/LazyView.svelte). */
export async function loadViewMessages(lang: Lang): Promise<ViewText> {
  return lang === "zh"
    ? (await import("./views-zh.ts")).viewsZh
    : (await import("./views-en.ts")).viewsEn;
}

/** What went wrong with the address or the dataset: loaded only when something did. */
export async function loadNoticeText(lang: Lang): Promise<NoticeText> {
  return lang === "zh"
    ? (await import("./notices-zh.ts")).noticesZh
    : (await import("./notices-en.ts")).noticesEn;
}

export function fill(
  template: string,
  values: Record<string, string | number>,
): string {
  return template.replace(/\{(\w+)\}/g, (whole, key: string) =>
    key in values ? String(values[key]) : whole,
  );
}
