/**
 * A browser tab that records everything a strict, self-contained site must never do: Content-Security-Policy
 * violations (securitypolicyviolation events, in every frame), console errors, uncaught errors, failed requests,
 * HTTP errors and requests to origins other than the allowed ones (blocked as well as recorded).
 */
import type { BrowserContext, Page } from 'playwright-core';

export interface GuardedTab {
  page: Page;
  problems: string[];
}

export interface GuardOptions {
  origins: string[]; // origins the tab may load from, e.g. ['http://127.0.0.1:41234']
  width?: number; // viewport width (default 1280)
  expectedStatus?: (url: string, status: number) => boolean; // HTTP errors that are the point of a test (a 404 page)
}

export async function guardedTab(context: BrowserContext, options: GuardOptions): Promise<GuardedTab> {
  const page = await context.newPage();
  await page.setViewportSize({ width: options.width ?? 1280, height: 900 });
  const problems: string[] = [];
  const allowed = (url: string) => options.origins.some((origin) => url.startsWith(`${origin}/`)) || /^(data|blob|about):/.test(url);
  await page.route('**/*', (route) => (allowed(route.request().url()) ? route.continue() : route.abort()));
  await page.exposeFunction('__reportCspViolation', (text: string) => problems.push(`CSP violation: ${text}`));
  await page.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (event) => {
      const report = (window as unknown as { __reportCspViolation: (text: string) => void }).__reportCspViolation;
      void report(`${event.effectiveDirective} blocked ${event.blockedURI || '(inline)'} on ${location.href} (${event.sourceFile}:${event.lineNumber})`);
    });
  });
  page.on('console', (message) => {
    if (message.type() !== 'error') return;
    const status = /^Failed to load resource: the server responded with a status of (\d+)/.exec(message.text())?.[1];
    if (status && options.expectedStatus?.(message.location().url, Number(status))) return;
    problems.push(`console error: ${message.text()} (${message.location().url})`);
  });
  page.on('pageerror', (error) => problems.push(`page error: ${error.message}`));
  page.on('request', (request) => {
    if (!allowed(request.url())) problems.push(`request to another origin: ${request.url()}`);
  });
  page.on('requestfailed', (request) => {
    const error = request.failure()?.errorText;
    // ERR_ABORTED: the tab moved on (the next page, a reload) before an unhurried request such as the icon ended.
    if (allowed(request.url()) && error !== 'net::ERR_ABORTED') problems.push(`failed request: ${request.url()} (${error})`);
  });
  page.on('response', (response) => {
    if (response.status() >= 400 && !options.expectedStatus?.(response.url(), response.status())) {
      problems.push(`HTTP ${response.status()}: ${response.url()}`);
    }
  });
  return { page, problems };
}
