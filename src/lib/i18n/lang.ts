/** The interface languages. Dataset text carries both; the interface loads only the one in use. */
export const LANGS = ["en", "zh"] as const;
export type Lang = (typeof LANGS)[number];

/** BCP 47 tags for Intl: Simplified Chinese as used in mainland China. */
export const INTL_LOCALE: Record<Lang, string> = { en: "en", zh: "zh-CN" };

/**
 * A value made for a language on first use and kept: Intl formatters and collators cost more
 * to make than to use, and a filter change at scale uses them hundreds of times.
 */
export function perLang<T>(make: (lang: Lang) => T): (lang: Lang) => T {
  const made = new Map<Lang, T>();
  return (lang) => {
    let value = made.get(lang);
    if (value === undefined) {
      value = make(lang);
      made.set(lang, value);
    }
    return value;
  };
}

export function isLang(value: unknown): value is Lang {
  return (LANGS as readonly unknown[]).includes(value);
}

/** The browser's preferred language when it is one we speak, else English. */
export function preferredLang(languages: readonly string[]): Lang {
  for (const tag of languages) {
    const base = tag.toLowerCase().split("-")[0];
    if (isLang(base)) return base;
  }
  return "en";
}
