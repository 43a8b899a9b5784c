// A cheap fingerprint of a dataset file's text (FNV-1a, 32 bits). The build validates the
// bundled dataset and stamps its fingerprint into the app; a fetched file with the same
// fingerprint is the one validated, so the browser skips the validator (and its ~13 KB).
// Not a security check: a file that differs is simply validated in the browser.
export function fingerprint(text: string): string {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193);
  }
  return `${(hash >>> 0).toString(16).padStart(8, "0")}-${text.length}`;
}
