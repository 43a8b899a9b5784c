import { mount } from "svelte";
import App from "./App.svelte";
import { start } from "./boot.ts";
import { INTL_LOCALE } from "./lib/i18n/lang.ts";
import "./ui/theme.css";

const target = document.getElementById("app")!;
const boot = await start(location.href, navigator.languages);
document.documentElement.lang = INTL_LOCALE[boot.lang];
document.title = boot.messages.appTitle;
target.replaceChildren();
mount(App, { target, props: { boot } });
