// Every interface text of a language, the first view's and the views', as the views get it.
import { en as enCore } from "../../src/lib/i18n/en.ts";
import type { ViewMessages } from "../../src/lib/i18n/messages.ts";
import { viewsEn } from "../../src/lib/i18n/views-en.ts";
import { viewsZh } from "../../src/lib/i18n/views-zh.ts";
import { zh as zhCore } from "../../src/lib/i18n/zh.ts";

export const en: ViewMessages = { ...enCore, ...viewsEn };
export const zh: ViewMessages = { ...zhCore, ...viewsZh };
