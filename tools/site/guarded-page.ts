/**
 * A browser tab that records everything a strict, self-contained site must never do: Content-Security-Policy
 * violations (securitypolicyviolation events, in every frame), console errors, uncaught errors, failed requests,
 * HTTP errors and requests to origins other than the allowed ones (blocked as well as recorded); and axe-core's
 * WCAG 2.1 A/AA check, with the one tag list every test uses.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { BrowserContext, Page } from 'playwright-core';
import type { AxeResults } from 'axe-core';

export interface GuardedTab {
  page: Page;
  problems: string[];
}

export interface GuardOptions {
  origins: string[]; // origins the tab may load from, e.g. ['http://127.0.0.1:41234']
  width?: number; // viewport width (default 1280)
  height?: number; // viewport height (default 900)
  expectedStatus?: (url: string, status: number) => boolean; // HTTP errors that are the point of a test (a 404 page)
}

export async function guardedTab(context: BrowserContext, options: GuardOptions): Promise<GuardedTab> {
  const page = await context.newPage();
  await page.setViewportSize({ width: options.width ?? 1280, height: options.height ?? 900 });
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

/** The accessibility standard every page is held to: WCAG 2.1 A and AA. */
export const AXE_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'];

const axeSource = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

/**
 * axe-core's WCAG 2.1 A/AA violations in the page's current state, one message per violation with the elements.
 * axe is injected through the DevTools protocol (which the page's Content-Security-Policy does not govern), once
 * per document, so it can run again after the page changes (a mode switch, the next questionnaire screen).
 */
export async function axeViolations(page: Page, options: { include?: string } = {}): Promise<string[]> {
  if (!(await page.evaluate(() => 'axe' in window))) await page.evaluate(axeSource);
  const { violations } = await page.evaluate(
    ({ tags, include }) =>
      (window as unknown as { axe: { run: (context: unknown, options: object) => Promise<AxeResults> } }).axe.run(include ?? document, {
        runOnly: { type: 'tag', values: tags },
        resultTypes: ['violations'],
      }),
    { tags: AXE_TAGS, include: options.include },
  );
  return violations.map((violation) => {
    const nodes = violation.nodes.slice(0, 5).map((node) => `    at ${node.target.join(' ')}: ${node.failureSummary?.replace(/\s+/g, ' ')}`);
    return [`axe ${violation.id} (${violation.impact}): ${violation.help} — ${violation.helpUrl}`, ...nodes].join('\n');
  });
}
