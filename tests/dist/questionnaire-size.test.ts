/**
 * The questionnaire page (/ziping/) as built: all the JavaScript it loads stays within 15 KB gzip (Preact, the
 * island, the engine and codec, and whatever else the page carries), its wording travels as data in the HTML rather
 * than in the script, its first screen is in the HTML, and without JavaScript it still states the criteria and
 * links to 认定条件.
 */
import { describe, expect, it } from 'vitest';
import { readContent } from '../support/content';
import { basePath, parsePage, readDistFile, urlPathToFile } from '../support/dist';
import { pageScripts } from '../support/page-scripts';
import { BUDGETS } from '../../scripts/bench/budgets';

const BUDGET = BUDGETS.jsGzip.questionnaire!; // scripts/bench/budgets.ts, the one place of the budgets
const file = urlPathToFile(`${basePath}ziping/`);
const page = () => {
  expect(file, `${basePath}ziping/ is not built`).toBeDefined();
  return parsePage(file!);
};

describe('/ziping/: the size of its JavaScript', () => {
  it(`loads at most ${BUDGET / 1024} KB gzip of JavaScript in total, counting every static import`, () => {
    page();
    const scripts = pageScripts(file!);
    const total = scripts.reduce((sum, script) => sum + script.gzip, 0);
    const table = scripts.map((s) => `  ${s.name}: ${s.raw} B raw, ${s.gzip} B gzip`).join('\n');
    console.log(`/ziping/ JavaScript: ${total} B gzip in total\n${table}`);
    // Preact alone is about 4.4 KB gzip and lives in its own chunk: less means the imports were not followed.
    expect(scripts.filter((script) => !script.name.startsWith('inline')).length).toBeGreaterThanOrEqual(2);
    expect(total).toBeGreaterThan(5 * 1024);
    expect(total, `JavaScript of /ziping/ is ${total} B gzip, over ${BUDGET} B:\n${table}`).toBeLessThanOrEqual(BUDGET);
  });

  it('fetches the island’s script at low priority, so the server-rendered first screen is drawn before it arrives', () => {
    const island = page().querySelector('script#q-data')!.nextElementSibling;
    expect(island?.getAttribute('type')).toBe('module');
    expect(island?.getAttribute('fetchpriority')).toBe('low');
    expect(page().querySelectorAll('script[fetchpriority]')).toHaveLength(1);
  });

  it('keeps the wording out of the script: the result headlines are in the page’s JSON data, not in any script', () => {
    const scripts = pageScripts(file!).filter((script) => !script.name.startsWith('inline'));
    const json = page().querySelector('script#q-data[type="application/json"]');
    expect(json, 'no <script id="q-data" type="application/json">').not.toBeNull();
    const data = JSON.parse(json!.rawText);
    const { headline } = readContent<{ result: { outcomes: { eligible: { headline: string } } } }>('questionnaire.yaml').result.outcomes.eligible;
    expect(data.text.result.outcomes.eligible.headline).toBe(headline);
    for (const script of scripts) expect(readDistFile(script.name)).not.toContain(headline);
  });
});

describe('/ziping/: links inside the questionnaire', () => {
  it('every link the island can show (documents, next steps) points to a built page and an existing anchor', () => {
    const data = JSON.parse(page().querySelector('script#q-data')!.rawText) as {
      documents: Record<string, { href: string }>;
      links: Record<string, string>;
    };
    const hrefs = [...Object.values(data.documents).map((d) => d.href), ...Object.values(data.links)];
    expect(hrefs.length).toBeGreaterThan(8);
    const broken = hrefs.filter((href) => {
      const url = new URL(href, 'http://site.invalid');
      if (!url.pathname.startsWith(basePath)) return true;
      const target = urlPathToFile(url.pathname);
      if (!target) return true;
      const id = decodeURIComponent(url.hash.slice(1));
      return id !== '' && parsePage(target).querySelector(`[id="${id}"]`) === null;
    });
    expect(broken).toEqual([]);
  });
});

describe('/ziping/ without JavaScript', () => {
  it('the criteria in brief are in the page, shown until the island starts, with a link to 认定条件', () => {
    const fallback = page().querySelector('[data-q-fallback]');
    expect(fallback?.hasAttribute('hidden')).toBe(false);
    expect(fallback?.text).toContain('未满18周岁');
    expect(fallback?.text).toContain('八种情形');
    expect(fallback?.innerHTML).toMatch(new RegExp(`href="${basePath}tiaojian/"`));
  });

  it('the first screen is rendered on the server, button included (the browser tests check it is hidden where no script runs)', () => {
    const { start } = readContent<{ start: { heading: string; lead: string; promise: string; button: string } }>('questionnaire.yaml');
    const root = page().querySelector('#q-root');
    expect(root?.querySelector('#q-heading')?.text).toBe(start.heading);
    expect(root?.text).toContain(start.lead);
    expect(root?.text).toContain(start.promise);
    expect(root?.querySelector('button.q-start')?.text).toBe(start.button);
  });
});
