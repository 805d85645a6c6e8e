/** The search page's address: /sousuo/?q=坐牢&kind=办事指南. Only the search words go there, never answers. */

export interface SearchQuery {
  q: string; // the words searched for, trimmed
  kind: string; // a filter label such as 办事指南, or '' for 全部
}

/**
 * The longest search the boxes take (their maxlength). A family's question fits in far fewer characters; a longer
 * one, as a link's ?q= can carry, would make the browser search word after word: it is not searched, and the
 * results area says so (text.tooLong in content/search.yaml).
 */
export const MAX_QUERY_LENGTH = 100;

/** True for search words longer than the boxes take. */
export const isTooLong = (q: string): boolean => q.length > MAX_QUERY_LENGTH;

/** The too-long message with its limit filled in. */
export const tooLongMessage = (template: string): string => template.split('{max}').join(String(MAX_QUERY_LENGTH));

/** Reads ?q= and ?kind= from a location.search string. */
export function readQuery(search: string): SearchQuery {
  const params = new URLSearchParams(search);
  return { q: (params.get('q') ?? '').trim(), kind: (params.get('kind') ?? '').trim() };
}

/** The query string for a search, '' when there is nothing to search. */
export function queryString({ q, kind }: SearchQuery): string {
  const params = new URLSearchParams();
  if (q.trim()) params.set('q', q.trim());
  if (q.trim() && kind) params.set('kind', kind);
  const text = params.toString();
  return text ? `?${text}` : '';
}
