/**
 * The question reader with its lexicon (compiled from content/ at build time): a file of its own, downloaded only
 * when a query is read as a question (src/lib/search/site-search.ts).
 */
import lexicon from 'virtual:search-lexicon';
import { askQuestion } from '../../lib/search/question';
import type { AskQuestion } from '../../lib/search/site-search';

export const ask: AskQuestion = (pagefind, query, options) => askQuestion(pagefind, lexicon, query, options);
