/**
 * The page-weight budget checker on small built-site fixtures (tests/fixtures/bench): a site within budget,
 * a page over its JS budget (through a static import) beside a questionnaire that may load more, a web font,
 * and files that are missing or come from another origin.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { checkBudgets } from '../../scripts/bench/budget-check.ts';
import { BUDGETS, type Budgets } from '../../scripts/bench/budgets.ts';
import { siteWeights, type PageWeight } from '../../scripts/bench/page-weights.ts';

const fixtures = join(import.meta.dirname, '..', 'fixtures', 'bench');
const weights = (name: string) => siteWeights({ root: join(fixtures, name), base: '/' });
const page = (pages: PageWeight[], url: string) => pages.find((p) => p.url === url)!;
const gzipOf = (site: string, file: string) => gzipSync(readFileSync(join(fixtures, site, file)), { level: 9 }).length;

describe('a site within budget', () => {
  const pages = weights('under');

  it('has no violations', () => {
    expect(checkBudgets(pages, BUDGETS)).toEqual([]);
  });

  it('counts the HTML, its stylesheet, its module script, inline code and the icon, but not a prefetch or JSON data', () => {
    const home = page(pages, '/');
    expect(home.assets.map((a) => `${a.kind} ${a.url}`).sort()).toEqual(['css /_astro/site.css', 'image /favicon.svg', 'js /_astro/toggle.js']);
    expect(home.js.raw).toBe(72 + 'document.documentElement.classList.add("js")'.length);
    expect(home.html.gzip).toBe(gzipOf('under', 'index.html'));
    expect(home.total.gzip).toBe(
      gzipOf('under', 'index.html') + gzipOf('under', '_astro/site.css') + gzipOf('under', '_astro/toggle.js') + gzipOf('under', 'favicon.svg'),
    );
  });

  it('counts an inline <style> as CSS of its page', () => {
    const criteria = page(pages, '/tiaojian/');
    expect(criteria.css.raw).toBe(87 + 'h1{color:#1d4f91}'.length);
  });

  it('reports a page over the total budget when the budget is small enough', () => {
    const tight: Budgets = { ...BUDGETS, totalGzip: 300 };
    const violations = checkBudgets(pages, tight);
    expect(violations.map((v) => `${v.rule} ${v.page}`).sort()).toEqual(['total /', 'total /tiaojian/']);
    expect(violations[0].message).toMatch(/gzip in all .*the budget is 300 B/);
  });

  it('warns, without failing, when the largest HTML exceeds one round trip', () => {
    const violations = checkBudgets(pages, { ...BUDGETS, largestHtmlGzip: 100 });
    expect(violations).toEqual([expect.objectContaining({ severity: 'warning', rule: 'largest-html', page: '/' })]);
  });
});

describe('a content page over its JavaScript budget', () => {
  const pages = weights('over');

  it('follows static imports but not dynamic import()', () => {
    const home = page(pages, '/');
    expect(home.assets.map((a) => a.url).sort()).toEqual(['/_astro/chunk.js', '/_astro/entry.js']);
    expect(home.js.gzip).toBe(gzipOf('over', '_astro/entry.js') + gzipOf('over', '_astro/chunk.js'));
  });

  it('fails the content page and names the measured size and the budget', () => {
    const violations = checkBudgets(pages, BUDGETS);
    expect(violations).toHaveLength(1);
    expect(violations[0]).toMatchObject({ severity: 'error', rule: 'js', page: '/' });
    expect(violations[0].message).toMatch(/^\/: 2\.\d KB gzip of JavaScript before interaction; the budget for a content page is 2\.0 KB$/);
  });

  it('counts an island’s component, renderer and their imports on the questionnaire, which may load more', () => {
    const questionnaire = page(pages, '/ziping/');
    expect(questionnaire.category).toBe('questionnaire');
    expect(questionnaire.assets.map((a) => `${a.via} ${a.url}`).sort()).toEqual([
      'import /_astro/chunk.js',
      'island /_astro/Questionnaire.js',
      'island /_astro/client.js',
    ]);
    expect(questionnaire.js.gzip).toBeGreaterThan(BUDGETS.jsGzip.content!);
  });

  it('fails the questionnaire too once its own budget is lower than what it loads', () => {
    const violations = checkBudgets(pages, { ...BUDGETS, jsGzip: { ...BUDGETS.jsGzip, questionnaire: 1024 } });
    expect(violations.map((v) => `${v.rule} ${v.page}`).sort()).toEqual(['js /', 'js /ziping/']);
  });
});

describe('a page loading a web font', () => {
  it('is an error naming the font file', () => {
    const pages = weights('font');
    const violations = checkBudgets(pages, BUDGETS);
    expect(violations).toHaveLength(1);
    expect(violations[0]).toMatchObject({ rule: 'font', page: '/' });
    expect(violations[0].message).toContain('/_astro/site.woff2');
    expect(page(pages, '/').other.raw).toBe(800);
  });
});

describe('a page loading files that are missing or from another origin', () => {
  it('reports each file, once', () => {
    const violations = checkBudgets(weights('missing'), BUDGETS);
    expect(violations.map((v) => v.message).sort()).toEqual([
      '/: loads /_astro/gone.css, which is not in the build',
      '/: loads /images/none.png, which is not in the build',
      '/: loads https://cdn.example.com/lib.js from another origin; the site loads nothing from elsewhere',
    ]);
  });
});
