// Loads only the language in use, and fills {placeholders}.
import type { Messages } from "./en.ts";
import type { Lang } from "./lang.ts";

export type { Messages };

export async function loadMessages(lang: Lang): Promise<Messages> {
  return lang === "zh"
    ? (await import("./zh.ts")).zh
    : (await import("./en.ts")).en;
}

export function fill(
  template: string,
  values: Record<string, string | number>,
): string {
  return template.replace(/\{(\w+)\}/g, (whole, key: string) =>
    key in values ? String(values[key]) : whole,
  );
}
