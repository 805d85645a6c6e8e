/**
 * Bytes a browser downloads for a first search, measured in Chromium against the built site served with gzip.
 * On a page with a search box (the header box on the home page, or the /sousuo/ page) the query is typed into it
 * and every response from the first interaction on, plus anything under pagefind/ at any time, is counted. Without a UI yet, the same
 * files are fetched through the Pagefind API (search, then the fragments of the first 5 results, as the UI shows).
 * Sizes are response bodies as sent (Content-Length of the gzip-serving server, zlib level 9), headers excluded.
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import type { Page, Request } from 'playwright-core';
import { launchBrowser } from '../../tools/site/browser.ts';
import { startStaticServer } from '../../tools/site/serve.ts';
import type { Site } from './page-assets.ts';

export interface FirstSearch {
  status: 'measured' | 'no-index';
  mode?: 'ui' | 'api'; // typed into the page's search box, or through the Pagefind API (no UI yet)
  page?: string; // where the query was typed
  query: string;
  bytes: number; // response bodies, as transferred
  requests: number;
  results?: number; // results the API found (api mode)
  files: Array<{ url: string; bytes: number }>;
}

const SEARCH_INPUT = 'input[type=search], [role=searchbox], search input, form[role=search] input, [data-search] input';
const API_RESULTS = 5;

/**
 * Measures a first search on one page (a path under the base, '' for the home page). Without a search box there,
 * the Pagefind API is used on that page instead (mode 'api').
 */
export async function measureFirstSearch(site: Site, query: string, pagePath = ''): Promise<FirstSearch> {
  if (!existsSync(join(site.root, 'pagefind', 'pagefind.js'))) return { status: 'no-index', query, bytes: 0, requests: 0, files: [] };
  const server = await startStaticServer({ root: site.root, base: site.base, gzip: true });
  const browser = await launchBrowser();
  try {
    const page = await browser.context.newPage();
    const files: Array<{ url: string; bytes: number }> = [];
    const pending: Promise<void>[] = [];
    let counting = false;
    let lastActivity = Date.now();
    page.on('request', () => (lastActivity = Date.now()));
    page.on('requestfinished', (request: Request) => {
      lastActivity = Date.now();
      const url = new URL(request.url());
      if (!counting && !url.pathname.startsWith(`${site.base}pagefind/`)) return;
      pending.push(transferred(request).then((bytes) => void files.push({ url: url.pathname, bytes })));
    });

    await page.goto(server.url + pagePath, { waitUntil: 'load' });
    await networkQuiet(() => lastActivity);
    counting = true;
    const input = page.locator(SEARCH_INPUT).first();
    let mode: 'ui' | 'api' = 'ui';
    let results: number | undefined;
    if ((await input.count()) > 0 && (await input.isVisible())) {
      await input.focus();
      await input.fill(query);
    } else {
      mode = 'api';
      results = await searchThroughApi(page, site.base, query);
    }
    await networkQuiet(() => lastActivity);
    await Promise.all(pending);
    return {
      status: 'measured',
      mode,
      page: site.base + pagePath,
      query,
      bytes: files.reduce((sum, f) => sum + f.bytes, 0),
      requests: files.length,
      results,
      files: files.sort((a, b) => b.bytes - a.bytes),
    };
  } finally {
    await browser.close();
    await server.close();
  }
}

/** The response body as sent: the Content-Length our gzip server sets (Playwright reports 0 for worker scripts). */
async function transferred(request: Request): Promise<number> {
  const response = await request.response();
  const length = Number(await response?.headerValue('content-length'));
  return Number.isFinite(length) && length > 0 ? length : (await request.sizes()).responseBodySize;
}

/** What the Pagefind UI does for a first query: load pagefind.js, search, fetch the first results' fragments. */
async function searchThroughApi(page: Page, base: string, query: string): Promise<number> {
  return page.evaluate(
    async ({ base, query, shown }) => {
      const pagefind = await import(`${base}pagefind/pagefind.js`);
      const search = await pagefind.search(query);
      await Promise.all(search.results.slice(0, shown).map((result: { data: () => Promise<unknown> }) => result.data()));
      return search.results.length as number;
    },
    { base, query, shown: API_RESULTS },
  );
}

/** Waits until no request has started or finished for a second (at most 20 s). */
async function networkQuiet(lastActivity: () => number): Promise<void> {
  const deadline = Date.now() + 20_000;
  while (Date.now() - lastActivity() < 1000 && Date.now() < deadline) await new Promise((r) => setTimeout(r, 200));
}
