/** The words of a filter box, lower-cased; empty words dropped. */
export function filterWords(query: string): string[] {
  return query.toLowerCase().split(/\s+/).filter(Boolean);
}

/** Rows where every word of `query` appears (case-insensitively) in one of the row's texts. */
export function filterByWords<T>(
  rows: readonly T[],
  query: string,
  texts: (row: T) => readonly (string | null | undefined)[],
): T[] {
  const words = filterWords(query);
  if (words.length === 0) return [...rows];
  return rows.filter((row) => {
    const haystack = texts(row).filter(Boolean).join(' ').toLowerCase();
    return words.every((word) => haystack.includes(word));
  });
}
