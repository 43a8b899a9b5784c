// The code a web team pastes to embed the atlas as it is now: an iframe on the app's address
// with embed=1 (and one view, if chosen), and the script that keeps the iframe as tall as its
// content (dist/embed.js, src/embed/resizer.ts).

/** The embedded address of the state a page address shows: its parameters stay as written. */
export function embedAddress(pageHref: string, view: string | null): string {
  const url = new URL(pageHref);
  const kept = url.search
    .replace(/^\?/, "")
    .split("&")
    .filter((pair) => pair && !/^(embed|view)(=|$)/.test(pair));
  const query = ["embed=1", ...(view ? [`view=${view}`] : []), ...kept];
  return `${url.origin}${url.pathname}?${query.join("&")}`;
}

const escapeAttribute = (value: string) =>
  value
    .replace(/&/g, "&amp;")
    .replace(/"/g, "&quot;")
    .replace(/</g, "&lt;")
    .replace(/>/g, "&gt;");

export function embedSnippet(
  pageHref: string,
  view: string | null,
  title: string,
): string {
  const src = embedAddress(pageHref, view);
  const script = new URL("embed.js", src).href;
  return [
    `<iframe data-cooperation-atlas src="${escapeAttribute(src)}" title="${escapeAttribute(title)}" loading="lazy" style="display:block;width:100%;height:640px;border:0"></iframe>`,
    `<script src="${escapeAttribute(script)}" async></script>`,
  ].join("\n");
}
