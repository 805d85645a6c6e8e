/**
 * Browser helpers for the search tests: a guarded tab (CSP violations, console and page errors, failed and foreign
 * requests) that also records every response with its size as a gzip-serving server would send it.
 */
import { gzipSync } from 'node:zlib';
import type { BrowserContext, Page } from 'playwright-core';
import { guardedTab } from '../../tools/site/guarded-page';

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

/** A guarded tab (tools/site/guarded-page.ts) that also records every response of the site with its size as sent. */
export async function recordedTab(context: BrowserContext, origin: string, width = 1280): Promise<RecordedTab> {
  const { page, problems } = await guardedTab(context, { origins: [origin], width, height: 800 });
  const downloads: Download[] = [];
  const pending: Promise<void>[] = [];
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
