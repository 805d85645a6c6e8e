/**
 * A search for the words as typed, as Pagefind runs it (every word must be on the page), and the answer shown
 * above the results: when the best result is a FAQ answer, a glossary entry, or a section whose heading or 常见说法
 * line holds the words searched for, its opening sentences (answer.ts), with the amount for a money question.
 */
import { sectionOpening } from './answer';
import { KIND_FILTER, KIND_LABELS } from './kinds';
import type { MoneyAnswer } from './lexicon';
import { shapeResult, type PagefindData, type ShownResult } from './results';

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

export interface SearchOptions {
  kind: string; // a page kind's filter label, '' for all
  limit: number; // how many results to shape
}

export interface Answer {
  url: string; // the section's link
  heading: string; // the question or term it answers
  text: string; // its opening sentences
  amount?: MoneyAnswer; // for a money question whose opening does not give the amount
}

export interface SearchOutcome {
  total: number; // how many pages match
  shown: ShownResult[]; // the first `limit`, shaped for display
  mapped?: string[]; // site words searched for in place of the visitor's everyday words
  relaxed?: string[]; // set when no page has every word: the words the results are for, most important first
  answer?: Answer;
}

/** A location weight this high is a heading (h3 5, h2 6) or the 常见说法 line (8), not running text (1). */
const HEADING_WEIGHT = 5;

export async function resultsOf(pagefind: PagefindSearch, term: string | null, filters?: Record<string, unknown>) {
  const response = await pagefind.search(term, filters ? { filters } : {});
  if (!response) throw new Error('Pagefind returned no response');
  return response.results;
}

/** The data of each page, one after another: Pagefind reuses one object per page, so each is copied at once. */
export async function dataOf(results: readonly PagefindResult[]): Promise<PagefindData[]> {
  const out: PagefindData[] = [];
  for (const result of results) out.push({ ...(await result.data()) });
  return out;
}

/** The kinds of page whose sections answer families: guide pages, FAQ and glossary. */
export const FAMILY_KINDS: readonly string[] = [KIND_LABELS.guide!, KIND_LABELS.faq!, KIND_LABELS.glossary!];

/**
 * The answer for the best result, if it clearly answers: a section of a guide page, the FAQ or the glossary that is
 * a FAQ answer or glossary entry, names one of `names` in its heading, or matched in its heading or 常见说法 line.
 */
export function answerFor(data: PagefindData | undefined, shown: ShownResult | undefined, names: readonly string[], money?: MoneyAnswer): Answer | undefined {
  const section = shown && shown.section;
  if (!data || !shown || !section || !FAMILY_KINDS.includes(shown.kind ?? '')) return undefined;
  const sub = (data.sub_results ?? []).filter((s) => s.url === shown.url)[0];
  const clear =
    shown.kind !== KIND_LABELS.guide ||
    names.some((name) => section.includes(name)) ||
    (!!sub && sub.weighted_locations.some((l) => (l.weight ?? 0) >= HEADING_WEIGHT));
  const opening = clear ? sectionOpening(data, shown.url) : undefined;
  if (!opening) return undefined;
  const amount = money && !opening.text.includes(money.amount.split(' ')[0]) ? money : undefined;
  return amount ? { url: shown.url, ...opening, amount } : { url: shown.url, ...opening };
}

/**
 * The answer for a list of results: the best result's, or else the first FAQ answer or glossary entry among the
 * others whose heading names a site word of the question (去哪里申请 → the entry 户籍所在地, when the best result is a
 * table that does not open with a sentence).
 */
export function answerAmong(data: readonly PagefindData[], shown: readonly ShownResult[], names: readonly string[], money?: MoneyAnswer): Answer | undefined {
  const first = answerFor(data[0], shown[0], names, money);
  if (first) return first;
  for (let i = 1; i < shown.length; i++) {
    const section = shown[i].section ?? '';
    if (shown[i].kind === KIND_LABELS.guide || !names.some((name) => section.includes(name))) continue;
    const answer = answerFor(data[i], shown[i], names, money);
    if (answer) return answer;
  }
  return undefined;
}

/** Searches for the words as typed; `names` are the site words the answer's heading may name. */
export async function searchAsTyped(pagefind: PagefindSearch, query: string, options: SearchOptions, names: readonly string[] = [], money?: MoneyAnswer): Promise<SearchOutcome> {
  const results = query ? await resultsOf(pagefind, query, options.kind ? { [KIND_FILTER]: options.kind } : undefined) : [];
  const data = await dataOf(results.slice(0, options.limit));
  const shown = data.map((item) => shapeResult(item, KIND_FILTER));
  return { total: results.length, shown, answer: answerAmong(data, shown, names, money) };
}
