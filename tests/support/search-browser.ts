/**
 * Browser helpers for the search tests: a tab that records every response with its size as a gzip-serving server
 * would send it, and problems (console errors, page errors, requests to other origins) as pages.test.ts does.
 */
import { gzipSync } from 'node:zlib';
import type { BrowserContext, Page } from 'playwright-core';

export interface Download {
  path: string; // URL path (and query), e.g. /pagefind/pagefind.js
  type: string; // Content-Type
  bytes: number; // body size as transferred: gzip level 9 for text types; Pagefind's files are gzipped already
}

export interface RecordedTab {
  page: Page;
  downloads: Download[];
  problems: string[];
  /** Resolves when every response body seen so far has been measured. */
  settled: () => Promise<void>;
}

const COMPRESSIBLE = /^(text\/|application\/(javascript|json|xml|manifest\+json)|image\/svg\+xml)/;

/** The size a production server sends: text gzipped (level 9), everything else as is. */
export function transferredSize(body: Buffer, type: string): number {
  return COMPRESSIBLE.test(type) ? gzipSync(body, { level: 9 }).length : body.length;
}

export async function recordedTab(context: BrowserContext, origin: string, width = 1280): Promise<RecordedTab> {
  const page = await context.newPage();
  await page.setViewportSize({ width, height: 800 });
  const downloads: Download[] = [];
  const problems: string[] = [];
  const pending: Promise<void>[] = [];
  const isLocal = (url: string) => url.startsWith(`${origin}/`) || /^(data|blob|about):/.test(url);
  await page.route('**/*', (route) => (isLocal(route.request().url()) ? route.continue() : route.abort()));
  page.on('request', (request) => {
    if (!isLocal(request.url())) problems.push(`request to another origin: ${request.url()}`);
  });
  page.on('console', (message) => {
    if (message.type() === 'error') problems.push(`console error: ${message.text()}`);
  });
  page.on('pageerror', (error) => problems.push(`page error: ${error.message}`));
  page.on('response', (response) => {
    const url = new URL(response.url());
    if (url.origin !== origin) return;
    const type = response.headers()['content-type'] ?? '';
    pending.push(
      response
        .body()
        .then((body) => void downloads.push({ path: url.pathname + url.search, type, bytes: transferredSize(body, type) }))
        .catch(() => undefined), // redirects and aborted requests have no body
    );
  });
  return { page, downloads, problems, settled: async () => void (await Promise.all(pending)) };
}

/** Waits until no request has started or finished for `quietMs`. */
export async function networkQuiet(page: Page, quietMs = 400): Promise<void> {
  let last = Date.now();
  const touch = () => (last = Date.now());
  page.on('request', touch);
  page.on('requestfinished', touch);
  page.on('requestfailed', touch);
  try {
    while (Date.now() - last < quietMs) await page.waitForTimeout(100);
  } finally {
    page.off('request', touch);
    page.off('requestfinished', touch);
    page.off('requestfailed', touch);
  }
}
