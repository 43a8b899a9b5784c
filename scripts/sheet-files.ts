// The files of a spreadsheet set: the records sheet the user names, and its sibling sheets
// beside it (atlas.csv → atlas.institutions.csv, atlas.sources.csv, atlas.story.csv,
// atlas.settings.csv). Shared by scripts/import.ts and scripts/export.ts.
import type { SheetName } from "../src/lib/data/sheet.ts";

export function sheetFiles(recordsFile: string): Record<SheetName, string> {
  const stem = recordsFile.replace(/(\.records)?\.csv$/i, "");
  const sibling = (sheet: SheetName) => `${stem}.${sheet}.csv`;
  return {
    records: recordsFile,
    institutions: sibling("institutions"),
    sources: sibling("sources"),
    story: sibling("story"),
    settings: sibling("settings"),
  };
}
