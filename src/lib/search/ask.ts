/**
 * The site's search, from the words typed to what is shown: the query is read in the site's words (understand.ts);
 * a query already in the site's words goes to Pagefind as typed. Otherwise each word is searched on its own and the
 * pages ranked by the words they match (rank.ts), guide pages, FAQ and glossary first; the link goes to the
 * section the words point to (sections.ts). When the best result is a FAQ answer, a glossary entry or the section
 * about a term the visitor named, its opening sentences are given first (answer.ts), with the amount for money
 * questions. The browser and the ranking test run this same code, the test over the built index in Node.
 */
import { sectionOpening } from './answer';
import { KIND_FILTER, KIND_LABELS } from './kinds';
import type { Lexicon, MoneyAnswer } from './lexicon';
import { orderPages, rankPages, someMatchAll, WEIGHTS, type WordHits } from './rank';
import { shapeResult, type PagefindData, type ShownResult } from './results';
import { mergeSections, type PageSections, type WordData } from './sections';
import { understand, type Token, type Understanding } from './understand';

/** One result of pagefind.search(). */
export interface PagefindResult {
  id: string;
  score: number;
  data(): Promise<PagefindData>;
}

/** The part of the Pagefind API the search uses (term null: every page the filters allow). */
export interface PagefindSearch {
  search(term: string | null, options?: { filters?: Record<string, unknown> }): Promise<{ results: PagefindResult[] } | null>;
}

export interface Answer {
  url: string; // the section's link
  heading: string; // the question or term it answers
  text: string; // its opening sentences
  amount?: MoneyAnswer; // for a money question whose opening does not give the amount
}

export interface AskOutcome {
  total: number; // how many pages match
  shown: ShownResult[]; // the first `limit`, shaped for display
  understood: Understanding;
  mapped: string[]; // site words searched for in place of the visitor's everyday words
  relaxed?: string[]; // set when no page has every word: the words the results are for, most important first
  answer?: Answer;
}

export interface AskOptions {
  kind: string; // a page kind's filter label, '' for all
  limit: number; // how many results to shape
}

/** Added to a section's score for each site word it answers, so a section answering more of them comes first. */
const COVERED_BONUS = 1;

/** The kinds families are shown first when they ask in everyday words. */
export const FAMILY_KINDS: readonly string[] = [KIND_LABELS.guide!, KIND_LABELS.faq!, KIND_LABELS.glossary!];

/** A situation or other site word (not a family word, not a word of the visitor's own). */
function isSiteWord(token: Token): boolean {
  return token.kind === 'situation' || token.kind === 'term';
}

/** The forms a word is searched in: the site word, and the everyday word when the site writes it too. */
function formsOf(token: Token): string[] {
  return token.also ? [token.site, token.also] : [token.site];
}

async function resultsOf(pagefind: PagefindSearch, term: string | null, filters: Record<string, unknown> | undefined) {
  const response = await pagefind.search(term, filters ? { filters } : {});
  if (!response) throw new Error('Pagefind returned no response');
  return response.results;
}

/** The data of each page, one after another: Pagefind reuses one object per page, so each is copied at once. */
async function dataOf(results: readonly PagefindResult[]): Promise<PagefindData[]> {
  const out: PagefindData[] = [];
  for (const result of results) out.push({ ...(await result.data()) });
  return out;
}

function answerFor(understood: Understanding, money: MoneyAnswer, data: PagefindData | undefined, shown: ShownResult | undefined): Answer | undefined {
  if (!data || !shown || !shown.section) return undefined;
  const namesTerm = understood.tokens.some((token) => isSiteWord(token) && shown.section!.includes(token.site));
  if (!namesTerm && shown.kind !== KIND_LABELS.faq && shown.kind !== KIND_LABELS.glossary) return undefined;
  const opening = sectionOpening(data, shown.url);
  if (!opening) return undefined;
  const givesAmount = opening.text.includes(money.amount.split(' ')[0]);
  return { url: shown.url, ...opening, ...(understood.money && !givesAmount ? { amount: money } : {}) };
}

/** Searches for a query as typed by a visitor; see the module comment. */
export async function ask(pagefind: PagefindSearch, lexicon: Lexicon, query: string, options: AskOptions): Promise<AskOutcome> {
  const understood = understand(query, lexicon);
  const filters = options.kind ? { [KIND_FILTER]: options.kind } : undefined;
  const mapped = understood.tokens.filter((t) => isSiteWord(t) && t.typed !== t.site).map((t) => t.site);

  if (!understood.changed) {
    const results = understood.query ? await resultsOf(pagefind, understood.query, filters) : [];
    if (results.length > 0 || understood.tokens.length < 2) {
      const data = await dataOf(results.slice(0, options.limit));
      const shown = data.map((item) => shapeResult(item, KIND_FILTER));
      return { total: results.length, shown, understood, mapped, answer: answerFor(understood, lexicon.money, data[0], shown[0]) };
    }
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
      parts.push({ weight: word.weight, strength: page.strengths[i], place: lexicon.places[word.token.site], named: isSiteWord(word.token), data });
    }
    candidates.push({ id: page.id, ...mergeSections(parts) });
  }
  const ordered = orderPages(candidates, (page) => page.covered * COVERED_BONUS + page.score, family);
  const shown = ordered.map((page) => shapeResult(page.data, KIND_FILTER));
  const first = ordered.length > 0 ? ordered[0].data : undefined;
  const top = ordered.length > 0 ? ranked.find((page) => page.id === ordered[0].id) : undefined;
  const relaxed =
    top && !someMatchAll(ranked, words.length)
      ? top.words
          .slice()
          .sort((a, b) => words[b].weight - words[a].weight || a - b)
          .map((index) => words[index].token.site)
      : undefined;
  return { total: ranked.length, shown, understood, mapped, relaxed, answer: answerFor(understood, lexicon.money, first, shown[0]) };
}
