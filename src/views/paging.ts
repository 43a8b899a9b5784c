// How many rows or cards a list draws: the first page, then a page more per "Show more", so a
// dataset of 10,000 records never puts 10,000 rows in the page at once.

export const PAGE_SIZE = 100;

export interface Page {
  /** Rows drawn. */
  shown: number;
  /** Rows the next "Show more" adds (0: everything is drawn). */
  more: number;
}

export function pageOf(total: number, limit: number, size = PAGE_SIZE): Page {
  const shown = Math.max(0, Math.min(total, limit));
  return { shown, more: Math.min(size, total - shown) };
}

/** The limit after "Show more": one page further, never past the rows there are. */
export function nextLimit(total: number, limit: number, size = PAGE_SIZE) {
  return Math.min(total, limit + size);
}
