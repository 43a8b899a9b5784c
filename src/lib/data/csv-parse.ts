// Reading spreadsheet files: RFC 4180 as csv.ts writes it, and as Excel, WPS and LibreOffice
// save it. Excel's "CSV UTF-8" starts with a byte-order mark and ends lines with CRLF; its plain
// "CSV" on a Chinese Windows is GB18030 (code page 936), not UTF-8; a Mac may end lines with CR
// alone; Excel in locales that write decimal commas separates cells with semicolons.

export type CsvEncoding = "utf-8" | "gb18030";

/** The file's text without its byte-order mark, and the encoding it was read in. */
export function decodeCsv(bytes: Uint8Array): {
  text: string;
  encoding: CsvEncoding;
} {
  try {
    const text = new TextDecoder("utf-8", { fatal: true }).decode(bytes);
    return { text: text.replace(/^\uFEFF/, ""), encoding: "utf-8" };
  } catch {
    // Not UTF-8: the one other encoding a spreadsheet in China saves CSV in.
    const text = new TextDecoder("gb18030").decode(bytes);
    return { text, encoding: "gb18030" };
  }
}

/** A sheet's separator, from its header: a comma, unless the header has none and has semicolons. */
export function detectSeparator(text: string): string {
  const first = text.slice(0, text.search(/[\r\n]|$/));
  return !first.includes(",") && first.includes(";") ? ";" : ",";
}

/**
 * Rows of cells. Quoted cells may hold separators, doubled quotes and line breaks; a row ends
 * at CRLF, LF or CR outside quotes. A byte-order mark at the start is dropped.
 */
export function parseCsv(text: string, separator = ","): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = "";
  let quoted = false;
  const endRow = () => {
    row.push(cell);
    rows.push(row);
    row = [];
    cell = "";
  };
  const start = text.startsWith("\uFEFF") ? 1 : 0;
  for (let i = start; i < text.length; i++) {
    const c = text[i]!;
    if (quoted) {
      if (c !== '"') cell += c;
      else if (text[i + 1] === '"') ((cell += '"'), i++);
      else quoted = false;
    } else if (c === '"' && cell === "") quoted = true;
    else if (c === separator) (row.push(cell), (cell = ""));
    else if (c === "\r" || c === "\n") {
      if (c === "\r" && text[i + 1] === "\n") i++;
      endRow();
    } else cell += c;
  }
  if (cell || row.length || quoted) endRow();
  return rows;
}
