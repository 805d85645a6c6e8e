/**
 * The page-weight budget checker: a pure function from measured pages to violations, each with a message that
 * says which page, what was measured and what the budget is. Errors fail the bench; warnings are reported only.
 */
import type { Budgets, Category } from './budgets.ts';
import { formatBytes, type Size } from './sizes.ts';

/** What the checker needs to know about a page (a PageWeight has all of it). */
export interface MeasuredPage {
  url: string;
  category: Category;
  html: Size;
  js: Size;
  total: Size;
  fonts: string[];
  missing: string[];
  external: string[];
}

export interface Violation {
  severity: 'error' | 'warning';
  rule: 'js' | 'total' | 'font' | 'missing' | 'external' | 'largest-html';
  page: string;
  message: string;
}

export function checkBudgets(pages: readonly MeasuredPage[], budgets: Budgets): Violation[] {
  const violations: Violation[] = [];
  const error = (rule: Violation['rule'], page: string, message: string) =>
    violations.push({ severity: 'error', rule, page, message: `${page}: ${message}` });

  for (const page of pages) {
    const jsBudget = budgets.jsGzip[page.category];
    if (jsBudget !== undefined && page.js.gzip > jsBudget) {
      error('js', page.url, `${formatBytes(page.js.gzip)} gzip of JavaScript before interaction; the budget for a ${page.category} page is ${formatBytes(jsBudget)}`);
    }
    if (page.total.gzip > budgets.totalGzip) {
      error('total', page.url, `${formatBytes(page.total.gzip)} gzip in all (HTML + CSS + JS + other); the budget is ${formatBytes(budgets.totalGzip)}`);
    }
    if (!budgets.webFonts && page.fonts.length > 0) {
      error('font', page.url, `loads a web font (${page.fonts.join(', ')}); the site uses system fonts only`);
    }
    for (const url of page.missing) error('missing', page.url, `loads ${url}, which is not in the build`);
    for (const url of page.external) error('external', page.url, `loads ${url} from another origin; the site loads nothing from elsewhere`);
  }

  const largest = [...pages].sort((a, b) => b.html.gzip - a.html.gzip)[0];
  if (largest && largest.html.gzip > budgets.largestHtmlGzip) {
    violations.push({
      severity: 'warning',
      rule: 'largest-html',
      page: largest.url,
      message: `${largest.url}: the largest page's HTML is ${formatBytes(largest.html.gzip)} gzip, more than ${formatBytes(budgets.largestHtmlGzip)} (one round trip)`,
    });
  }
  return violations;
}
