/**
 * How the site asks Pagefind for results. The browser and the ranking test both use these options, so the test
 * ranks exactly as visitors see it.
 */

/** Ranking: the `keywords` metadata (a page's glossary terms and everyday words) weighs strongly, so 坐牢 or
 * 残疾证 finds the page that explains 服刑在押 or 重残 before pages that merely mention them. */
export const PAGEFIND_RANKING = { metaWeights: { keywords: 15 } } as const;

/** Search options passed to pagefind.options() before the first search. */
export const PAGEFIND_OPTIONS = {
  ranking: PAGEFIND_RANKING,
  excerptLength: 24, // words (CJK segments) around the best match
  noWorker: true, // the index is small: search on the page and skip downloading pagefind-worker.js
} as const;

/** Where the Pagefind bundle lives for a site built under `base` ('/' or '/zt/etbz/'). */
export function pagefindBundlePath(base: string): string {
  return `${base.endsWith('/') ? base : `${base}/`}pagefind/`;
}
