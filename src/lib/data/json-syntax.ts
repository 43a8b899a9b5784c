// A file's text read as JSON, or where its syntax breaks (line and column, 1-based) and the
// parser's own words. Used for a dataset (parse.ts) and a replaced base map
// (src/views/map/custom-basemap.ts); no sentence here: the refusal is worded by problems.ts.

/** Line and column (1-based) of a JSON.parse error, from V8's message. */
export function jsonErrorLocation(
  message: string,
  text: string,
): { line: number; column: number } {
  const lineColumn = /line (\d+) column (\d+)/.exec(message);
  if (lineColumn)
    return { line: Number(lineColumn[1]), column: Number(lineColumn[2]) };
  const position = /position (\d+)/.exec(message);
  const offset = position ? Number(position[1]) : text.length;
  const before = text.slice(0, offset).split("\n");
  return { line: before.length, column: (before.at(-1)?.length ?? 0) + 1 };
}

/** The value, or where the syntax breaks. A byte-order mark (Excel writes one) is skipped. */
export function parseJson(
  text: string,
):
  | { value: unknown }
  | { error: { line: number; column: number; detail: string } } {
  try {
    return { value: JSON.parse(text.replace(/^\uFEFF/, "")) };
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    const detail = message.replace(
      /\s*\(line \d+ column \d+\)|\s*(in JSON )?at position \d+.*$/g,
      "",
    );
    return { error: { ...jsonErrorLocation(message, text), detail } };
  }
}
