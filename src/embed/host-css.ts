// The app's stylesheet (src/ui/theme.css), made to work inside a shadow root: the page-level
// rules (:root, body, #app) apply to the atlas's own frame, and the host element takes none of
// the host page's styles. (Lengths in rem are turned into px at build time, vite.config.ts: a
// host page's root font size must not scale the atlas.)

/** The host page sizes the element; inside it, the frame has its own font and colours. */
const ISOLATION = `:host{display:block!important}
.atlas-root{all:initial;display:block;color-scheme:light dark;background:var(--bg);color:var(--text);font-family:var(--font-sans);font-size:16px;line-height:1.5;text-align:start;padding:var(--space-1)}
`;

export function hostStyles(theme: string): string {
  const scoped = theme
    .replace(/:root\b/g, ".atlas-root")
    .replace(/(^|[\s,}])(body|#app)(?=\s*[{,])/g, "$1.atlas-root");
  // Last, so that the frame's own box wins over the page-level rules it took over.
  return scoped + ISOLATION;
}
