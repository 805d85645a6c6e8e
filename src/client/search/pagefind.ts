/**
 * Loads Pagefind (its script, WebAssembly and index) from <base>pagefind/ the first time it is needed, and runs
 * the site's search (src/lib/search/site-search.ts). Nothing here runs until the visitor focuses or types in a search
 * box; the question reader and its lexicon (./questions) load only when a query is read as a question.
 */
import { PAGEFIND_OPTIONS, pagefindBundlePath } from '../../lib/search/options';
import type { PagefindSearch, SearchOutcome } from '../../lib/search/as-typed';
import { siteSearch } from '../../lib/search/site-search';

interface PagefindModule extends PagefindSearch {
  options(options: Record<string, unknown>): Promise<void>;
  init(): Promise<void>;
}

let loading: Promise<PagefindModule> | undefined;

/** The Pagefind module, initialised once; a failed load is retried on the next call. */
export function loadPagefind(): Promise<PagefindModule> {
  loading ??= (async () => {
    const base = import.meta.env.BASE_URL;
    const bundle = pagefindBundlePath(base);
    const pagefind = (await import(/* @vite-ignore */ `${bundle}pagefind.js`)) as PagefindModule;
    await pagefind.options({ ...PAGEFIND_OPTIONS, basePath: bundle, baseUrl: base });
    await pagefind.init();
    return pagefind;
  })();
  loading.catch(() => {
    loading = undefined;
  });
  return loading;
}

/** Searches for the words typed, optionally within one kind of page, and shapes the first `limit` results. */
export async function search(term: string, kind: string, limit: number): Promise<SearchOutcome> {
  return siteSearch(await loadPagefind(), term, { kind, limit }, () => import('./questions').then((module) => module.ask));
}
