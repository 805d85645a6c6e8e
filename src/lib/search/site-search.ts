/**
 * The site's search, as the search boxes run it: one word is searched as typed (as Pagefind alone would); a query
 * of more words, or one word that finds nothing as typed, is read as a question (question.ts). The question reader
 * comes with the lexicon from content/ and is handed in by the caller, so the browser downloads it only for a
 * question, and the ranking test runs the same path in Node.
 */
import { searchAsTyped, type PagefindSearch, type SearchOptions, type SearchOutcome } from './as-typed';

/** Reads a question in the site's words and searches for it (question.ts askQuestion, with the lexicon bound). */
export type AskQuestion = (pagefind: PagefindSearch, query: string, options: SearchOptions) => Promise<SearchOutcome>;

type WordSegmenter = new (locale: string, options: { granularity: 'word' }) => {
  segment(text: string): Iterable<{ isWordLike?: boolean }>;
};

/** True for a single word: no spaces or punctuation, and one word as the browser splits Chinese (Intl.Segmenter), or
 * at most two characters where the browser cannot split. */
export function isOneWord(query: string): boolean {
  const text = query.trim();
  if (!text || /[\s\p{P}\p{S}]/u.test(text)) return false;
  const Segmenter = (Intl as { Segmenter?: WordSegmenter }).Segmenter;
  if (!Segmenter) return text.length <= 2;
  let words = 0;
  for (const part of new Segmenter('zh-CN', { granularity: 'word' }).segment(text)) if (part.isWordLike !== false) words++;
  return words <= 1;
}

export async function siteSearch(pagefind: PagefindSearch, query: string, options: SearchOptions, askQuestion: () => Promise<AskQuestion>): Promise<SearchOutcome> {
  if (isOneWord(query)) {
    const outcome = await searchAsTyped(pagefind, query.trim(), options);
    if (outcome.total > 0) return outcome;
  }
  return (await askQuestion())(pagefind, query, options);
}
