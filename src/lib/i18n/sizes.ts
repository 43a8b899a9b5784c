// File sizes for messages, in megabytes (of 1,024 × 1,024 bytes), through Intl per language.
import { INTL_LOCALE, type Lang } from "./lang.ts";

const MB = 1024 * 1024;

/**
 * "10.5 MB". `up` rounds up, so that a file a few bytes over a limit never reads as the
 * limit itself ("10.1 MB; the limit is 10 MB", not "10 MB; the limit is 10 MB").
 */
export function formatSize(bytes: number, lang: Lang, up = false): string {
  return new Intl.NumberFormat(INTL_LOCALE[lang], {
    style: "unit",
    unit: "megabyte",
    maximumFractionDigits: 1,
    ...(up ? { roundingMode: "ceil" } : {}),
  }).format(bytes / MB);
}
