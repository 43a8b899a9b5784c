// Finds English left in Chinese text. Ids, field paths, addresses and quoted values may stay
// Latin (they are the file's own words); sentences may not.
const ENGLISH = new Set(
  (
    "the is are was were be been should not of an in on at to from this that which with and or " +
    "it its can could cannot file entry entries line column server answered site only loaded " +
    "limit missing number whole list object text valid dataset left out problems problem shown " +
    "names page before start larger than field format knows check spelling allowed forms " +
    "calendar negative empty already reached another lower case letters digits joined like " +
    "written one items least most nothing yet fix include record none"
  ).split(" "),
);

/** The English words in `text`, once quoted values and path-like tokens are set aside. */
export function englishWords(text: string): string[] {
  const bare = text.replace(/“[^”]*”/g, " ").replace(/\S*[./:[\]-]\S*/g, " ");
  return (bare.match(/[A-Za-z]+/g) ?? []).filter((w) =>
    ENGLISH.has(w.toLowerCase()),
  );
}
