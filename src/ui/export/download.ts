// Saves a file the app made (a chart's SVG or PNG, the table's CSV) through a temporary link.

/** A file name from a title and the filters in force: letters, digits and CJK kept, the rest dashes. */
export function fileName(parts: readonly string[], extension: string): string {
  const stem = parts
    .join("-")
    .normalize("NFKC")
    .replace(/[^\p{L}\p{N}]+/gu, "-")
    .replace(/^-+|-+$/g, "")
    .slice(0, 80);
  return `${stem || "cooperation-atlas"}.${extension}`;
}

export function download(blob: Blob, name: string): void {
  const url = URL.createObjectURL(blob);
  const link = document.createElement("a");
  link.href = url;
  link.download = name;
  link.rel = "noopener";
  document.body.append(link);
  link.click();
  link.remove();
  // The browser has taken the file once click() returns; a moment later the URL can go.
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}
