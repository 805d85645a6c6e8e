/**
 * A question in everyday words: it is read in the site's words (understand.ts); a query already in the site's words
 * is searched as typed. Otherwise each word is searched on its own and the pages ranked by the words they match
 * (rank.ts), guide pages, FAQ and glossary first; the link goes to the section the words point to (sections.ts),
 * and the answer comes first as for any search (as-typed.ts). In the browser this module and the lexicon load only
 * when a query is more than one word or finds nothing as typed (site-search.ts).
 */
import { answerAmong, dataOf, FAMILY_KINDS, resultsOf, searchAsTyped, type PagefindResult, type PagefindSearch, type SearchOptions, type SearchOutcome } from './as-typed';
import { KIND_FILTER } from './kinds';
import type { Lexicon } from './lexicon';
import { orderPages, rankPages, someMatchAll, WEIGHTS, type WordHits } from './rank';
import { shapeResult } from './results';
import { mergeSections, type PageSections, type WordData } from './sections';
import { readerFor, understand, type Token, type Understanding } from './understand';

/** Added to a section's score for each site word it answers, so a section answering more of them comes first. */
const COVERED_BONUS = 1;

/** A situation or other site word (not a family word, not a word of the visitor's own). */
function isSiteWord(token: Token): boolean {
  return token.kind === 'situation' || token.kind === 'term';
}

/** The forms a word is searched in: the site word, and the everyday word when the site writes it too. */
function formsOf(token: Token): string[] {
  return token.also ? [token.site, token.also] : [token.site];
}

export interface QuestionOutcome extends SearchOutcome {
  understood: Understanding;
}

/** Searches for a question typed by a visitor; see the module comment. */
export async function askQuestion(pagefind: PagefindSearch, lexicon: Lexicon, query: string, options: SearchOptions): Promise<QuestionOutcome> {
  const understood = understand(query, lexicon);
  const filters = options.kind ? { [KIND_FILTER]: options.kind } : undefined;
  const names = understood.tokens.filter(isSiteWord).map((t) => t.site);
  const mapped = understood.tokens.filter((t) => isSiteWord(t) && t.typed !== t.site).map((t) => t.site);
  const money = understood.money ? lexicon.money : undefined;

  if (!understood.changed) {
    const outcome = await searchAsTyped(pagefind, understood.query, options, names, money);
    if (outcome.total > 0 || understood.tokens.length < 2) return { ...outcome, understood };
  }

  // Whether a child qualifies turns on the parents' situation, not on who looks after the child: family words count
  // only when the question names nothing else the site explains.
  const named = understood.tokens.some(isSiteWord);
  const tokens = understood.tokens.filter((token) => !named || (token.kind !== 'parent' && token.kind !== 'carer'));
  const words: Array<WordHits & { token: Token; results: Map<string, PagefindResult> }> = [];
  for (const token of tokens) {
    const results = new Map<string, PagefindResult>();
    for (const form of formsOf(token)) {
      for (const result of await resultsOf(pagefind, form, filters)) {
        const before = results.get(result.id);
        if (!before || result.score > before.score) results.set(result.id, result);
      }
    }
    const hits = [...results.values()].map(({ id, score }) => ({ id, score }));
    words.push({ token, results, weight: WEIGHTS[token.kind], hits });
  }
  const familyFirst = understood.changed && !options.kind;
  const family = familyFirst ? new Set((await resultsOf(pagefind, null, { [KIND_FILTER]: { any: FAMILY_KINDS } })).map((r) => r.id)) : undefined;
  const ranked = rankPages(words, family);

  // The pages shown are ordered again by their best section (see sections.ts), which gains for each site word named
  // in the question that it answers.
  const candidates: Array<PageSections & { id: string }> = [];
  for (const page of ranked.slice(0, options.limit)) {
    const parts: WordData[] = [];
    for (let i = 0; i < page.words.length; i++) {
      const word = words[page.words[i]];
      const [data] = await dataOf([word.results.get(page.id)!]);
      parts.push({ weight: word.weight, strength: page.strengths[i], place: readerFor(lexicon).places.get(word.token.site), named: isSiteWord(word.token), data });
    }
    candidates.push({ id: page.id, ...mergeSections(parts) });
  }
  const ordered = orderPages(candidates, (page) => page.covered * COVERED_BONUS + page.score, family);
  const shown = ordered.map((page) => shapeResult(page.data, KIND_FILTER));
  const top = ordered.length > 0 ? ranked.find((page) => page.id === ordered[0].id) : undefined;
  const relaxed =
    top && !someMatchAll(ranked, words.length)
      ? top.words
          .slice()
          .sort((a, b) => words[b].weight - words[a].weight || a - b)
          .map((index) => words[index].token.site)
      : undefined;
  return { total: ranked.length, shown, understood, mapped, relaxed, answer: answerAmong(ordered.map((page) => page.data), shown, names, money) };
}
