/**
 * Runs the built site's own Pagefind bundle (dist/pagefind/pagefind.js, its WebAssembly and index) in Node, the way
 * a page of the site does: the page language comes from the built page's <html lang> (Pagefind segments Chinese
 * queries only when that language is zh), files are fetched from the dist folder under the base path, and the
 * search options are the site's own (src/lib/search/options.ts). Results are shaped as the search page shows them;
 * ask() runs the site's whole search (src/lib/search/ask.ts) with the lexicon built from content/, as the browser does.
 */
import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { join, resolve, sep } from 'node:path';
import { pathToFileURL } from 'node:url';
import { PAGEFIND_OPTIONS, pagefindBundlePath } from '../../src/lib/search/options';
import { KIND_FILTER } from '../../src/lib/search/kinds';
import { shapeResult, type PagefindData, type ShownResult } from '../../src/lib/search/results';
import type { PagefindSearch, SearchOutcome } from '../../src/lib/search/as-typed';
import { askQuestion } from '../../src/lib/search/question';
import { siteSearch } from '../../src/lib/search/site-search';
import { readSearchLexicon } from '../../src/integrations/search-lexicon';
import { basePath, distDir, repoRoot } from './dist';

interface PagefindModule extends PagefindSearch {
  options(options: Record<string, unknown>): Promise<void>;
  search(term: string | null, options?: Record<string, unknown>): Promise<{ results: { id: string; score: number; data(): Promise<PagefindData> }[] }>;
}

export interface NodeSearch {
  lang: string; // the <html lang> the bundle was loaded with
  /** Every matching page, best first, shaped as the site shows it. */
  search(term: string, kind?: string): Promise<ShownResult[]>;
  /** The site's search as the browser runs it (site-search.ts, the question reader with content/'s lexicon). */
  ask(query: string, options?: { kind?: string; limit?: number }): Promise<SearchOutcome>;
  /** The query as Pagefind normalised and segmented it (words separated by spaces). */
  segmented(term: string): Promise<string>;
}

/** Loads the Pagefind bundle of a built site (default: DIST_DIR under BASE_PATH). One site per test file. */
export async function loadPagefindInNode(root = distDir, base = basePath): Promise<NodeSearch> {
  const site = resolve(root);
  const bundle = join(site, 'pagefind', 'pagefind.js');
  if (!existsSync(bundle)) throw new Error(`No Pagefind index at ${bundle}: run npm run build (astro build && pagefind --site dist).`);

  const html = await readFile(join(site, 'index.html'), 'utf8');
  const lang = /<html[^>]*\slang="([^"]+)"/i.exec(html)?.[1];
  if (!lang) throw new Error(`${site}/index.html has no <html lang>`);

  // What pagefind.js reads from a page: document.querySelector('html').getAttribute('lang') and
  // document.currentScript. There is no window, so Pagefind runs on the main thread as the site asks (noWorker).
  const html_ = { getAttribute: (name: string) => (name === 'lang' ? lang : null) };
  Object.assign(globalThis, { document: { currentScript: null, querySelector: (s: string) => (s === 'html' ? html_ : null) } });
  globalThis.fetch = async (input: RequestInfo | URL) => {
    const { pathname } = new URL(String(input), 'http://site.invalid');
    const file = pathname.startsWith(base) ? resolve(site, decodeURIComponent(pathname.slice(base.length))) : '';
    if (!file.startsWith(site + sep) || !existsSync(file)) return new Response('Not found', { status: 404 });
    return new Response(await readFile(file), { status: 200 });
  };

  const pagefind = (await import(pathToFileURL(bundle).href)) as PagefindModule;
  await pagefind.options({ ...PAGEFIND_OPTIONS, basePath: pagefindBundlePath(base), baseUrl: base });
  const lexicon = readSearchLexicon(join(repoRoot, 'content'));

  return {
    lang,
    async search(term, kind) {
      const response = await pagefind.search(term, kind ? { filters: { [KIND_FILTER]: kind } } : {});
      const data = await Promise.all(response.results.map((result) => result.data()));
      return data.map((item) => shapeResult(item, KIND_FILTER));
    },
    ask: (query, options = {}) =>
      siteSearch(pagefind, query, { kind: options.kind ?? '', limit: options.limit ?? 3 }, async () => (pf, q, o) => askQuestion(pf, lexicon, q, o)),
    async segmented(term) {
      const log = console.log;
      let normalised = '';
      console.log = (line: unknown) => {
        const match = /^Normalized search term to (.*)$/.exec(String(line));
        if (match) normalised = match[1];
      };
      try {
        await pagefind.search(term, { verbose: true });
      } finally {
        console.log = log;
      }
      return normalised;
    },
  };
}
