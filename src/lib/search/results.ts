/**
 * Turns Pagefind's result data into what the site shows: one link per page, to the section that matches best,
 * with the page title, the section heading, an excerpt and the page kind.
 */

/** The parts of Pagefind's result data (`await result.data()`) the site uses. */
export interface PagefindWord {
  balanced_score: number; // how much this matching word counts
  weight?: number; // where it stands: 1 running text, 5 an h3, 6 an h2, 8 a 常见说法 line
}
export interface PagefindSubResult {
  url: string; // page URL, with #anchor for a section
  title: string; // the section heading (or the page title for the text before the first heading)
  excerpt: string; // HTML with <mark>
  weighted_locations: PagefindWord[];
}
/** A heading or element with an id in the page, at a word position of raw_content. */
export interface PagefindAnchor {
  element: string; // h2, section …
  id: string;
  text: string; // the heading's text ('' for other elements)
  location: number; // index of its first word in raw_content split at U+200B
}
export interface PagefindData {
  url: string;
  excerpt: string;
  meta: Record<string, string | undefined>;
  filters?: Record<string, string[] | undefined>;
  sub_results?: PagefindSubResult[];
  raw_content?: string; // the page's indexed text, words separated by U+200B, < and > escaped
  anchors?: PagefindAnchor[];
}

export interface ShownResult {
  url: string; // where the link goes
  title: string; // page title
  section?: string; // heading of the matching section, when it is not the top of the page
  excerpt: string; // HTML excerpt with <mark> (split with excerptPieces before showing)
  kind?: string; // 办事指南, 政策文件 …
}

/** How strongly a section matches: the sum of its matching words' scores. */
export function sectionWeight(sub: PagefindSubResult): number {
  return sub.weighted_locations.reduce((sum, word) => sum + word.balanced_score, 0);
}

/** The result as shown: the best-matching section when there is one, else the page with its excerpt or description. */
export function shapeResult(data: PagefindData, kindFilter = 'kind'): ShownResult {
  const title = data.meta.title ?? data.url;
  const kind = data.filters?.[kindFilter]?.[0];
  const best = [...(data.sub_results ?? [])].sort((a, b) => sectionWeight(b) - sectionWeight(a))[0];
  if (best && best.url.includes('#') && best.title && best.title !== title) {
    return { url: best.url, title, section: best.title, excerpt: best.excerpt || data.excerpt, kind };
  }
  const excerpt = data.excerpt || escapeHtml(data.meta.description ?? '');
  return { url: data.url, title, excerpt, kind };
}

function escapeHtml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}
