/**
 * Ranking for a question in everyday words: each word is searched on its own and the pages are ranked by the words
 * they match, each word counting by its importance (OR semantics, so a question never fails because one of its words
 * is not on the site). A parent's situation counts most, then other site words, a word of the visitor's own less,
 * a parent's kinship word least. For families
 * the guide pages, FAQ and glossary come before training cases and policy documents.
 */
import type { TokenKind } from './understand';

/** How much a matching word counts, by kind: a parent's situation decides whether a child qualifies. */
export const WEIGHTS: Record<TokenKind, number> = { situation: 4, term: 3, carer: 3, word: 1.5, parent: 0.5 };

/** One page a word found, with Pagefind's score for it. */
export interface Hit {
  id: string;
  score: number;
}

/** The pages one word found (the best of its forms per page) and how much the word counts. */
export interface WordHits {
  weight: number;
  hits: Hit[];
}

export interface RankedPage {
  id: string;
  score: number; // Σ strengths
  words: number[]; // indexes of the words it matched
  strengths: number[]; // for each of those words: weight × the page's score for it relative to the word's best page
}

/**
 * Pages ranked by the weighted words they match. `first` (page ids) come before the others, each group by score;
 * pages matching no word are not listed.
 */
export function rankPages(words: readonly WordHits[], first?: ReadonlySet<string>): RankedPage[] {
  const pages = new Map<string, RankedPage>();
  words.forEach(({ weight, hits }, index) => {
    const best = Math.max(0, ...hits.map((hit) => hit.score));
    if (best <= 0) return;
    for (const hit of hits) {
      const page = pages.get(hit.id) ?? { id: hit.id, score: 0, words: [], strengths: [] };
      const strength = (weight * hit.score) / best;
      page.score += strength;
      page.words.push(index);
      page.strengths.push(strength);
      pages.set(hit.id, page);
    }
  });
  return orderPages([...pages.values()], (page) => page.score, first);
}

/** Pages in `first` before the others, each group by score (then id, so the order is stable). */
export function orderPages<P extends { id: string }>(pages: P[], score: (page: P) => number, first?: ReadonlySet<string>): P[] {
  const group = (page: P) => (first && !first.has(page.id) ? 1 : 0);
  return pages.sort((a, b) => group(a) - group(b) || score(b) - score(a) || (a.id < b.id ? -1 : 1));
}

/** True when some page matched every word (so nothing had to be left out). */
export function someMatchAll(pages: readonly RankedPage[], wordCount: number): boolean {
  return pages.some((page) => page.words.length === wordCount);
}
