/**
 * Loads Pagefind (its script, WebAssembly and index) from <base>pagefind/ the first time it is needed, and runs
 * searches with the site's options. Nothing here runs until the visitor focuses or types in a search box.
 */
import { PAGEFIND_OPTIONS, pagefindBundlePath } from '../../lib/search/options';
import { KIND_FILTER } from '../../lib/search/kinds';
import { shapeResult, type PagefindData, type ShownResult } from '../../lib/search/results';

interface PagefindModule {
  options(options: Record<string, unknown>): Promise<void>;
  init(): Promise<void>;
  search(
    term: string,
    options?: { filters?: Record<string, string> },
  ): Promise<{ results: { data(): Promise<PagefindData> }[] } | null>;
}

export interface SearchOutcome {
  total: number; // how many pages match
  shown: ShownResult[]; // the first `limit` of them
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

/** Searches, optionally within one kind of page, and shapes the first `limit` results for display. */
export async function search(term: string, kind: string, limit: number): Promise<SearchOutcome> {
  const pagefind = await loadPagefind();
  const response = await pagefind.search(term, kind ? { filters: { [KIND_FILTER]: kind } } : {});
  if (!response) throw new Error('Pagefind returned no response');
  const data = await Promise.all(response.results.slice(0, limit).map((result) => result.data()));
  return { total: response.results.length, shown: data.map((item) => shapeResult(item, KIND_FILTER)) };
}
