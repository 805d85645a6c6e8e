/** Pagefind metadata attributes written into the built pages (read back by the search page). */

/** data-pagefind-meta value for hidden search keywords, or undefined when there are none. Commas separate
 * Pagefind metadata fields, so they may not appear inside a keyword. */
export function keywordsMeta(keywords: readonly string[]): string | undefined {
  const clean = keywords.map((word) => word.replace(/[,:\s]+/g, ' ').trim()).filter(Boolean);
  return clean.length > 0 ? `keywords:${clean.join(' ')}` : undefined;
}
