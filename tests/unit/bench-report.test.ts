/** npm run bench reports the questionnaire's JavaScript on its own, file by file, against its budget. */
import { describe, expect, it } from 'vitest';
import { BUDGETS } from '../../scripts/bench/budgets';
import type { BenchResult } from '../../scripts/bench/results';
import { questionnaireSection } from '../../scripts/bench/report';

const size = (gzip: number) => ({ raw: gzip * 3, gzip });
type Page = BenchResult['pages'][number];
function page(url: string, category: Page['category'], scripts: Array<[string, number]>): Page {
  const js = scripts.reduce((sum, [, gzip]) => sum + gzip, 0);
  return {
    url,
    file: `${url}index.html`,
    category,
    html: size(1000),
    css: size(2000),
    js: size(js),
    other: size(0),
    total: size(3000 + js),
    fonts: [],
    missing: [],
    external: [],
    assets: [
      { url: '/_astro/site.css', kind: 'css', via: 'stylesheet', gzip: 2000 },
      ...scripts.map(([name, gzip]) => ({ url: name, kind: 'js', via: 'script', gzip })),
    ],
  };
}

describe('the bench’s questionnaire section', () => {
  const budget = BUDGETS.jsGzip.questionnaire!;

  it('gives the total against the budget, what is left, and each script', () => {
    const report = questionnaireSection({
      pages: [page('/', 'content', [['/_astro/boot.js', 900]]), page('/ziping/', 'questionnaire', [['/_astro/prefs.js', 600], ['/_astro/island.js', 13000]])],
    });
    const lines = report.split('\n');
    expect(lines[0]).toMatch(/^QUESTIONNAIRE/);
    expect(lines[1]).toContain('/ziping/');
    expect(lines[1]).toContain('✓');
    expect(lines[1]).toContain(`${budget - 13600} B to spare`);
    expect(lines.slice(2).map((line) => line.trim().split(':')[0])).toEqual(['/_astro/prefs.js', '/_astro/island.js']);
    expect(report).not.toContain('boot.js');
  });

  it('marks a questionnaire over its budget', () =>
    expect(questionnaireSection({ pages: [page('/ziping/', 'questionnaire', [['/_astro/island.js', budget + 1]])] })).toContain('✗'));

  it('says nothing when no questionnaire is built', () => expect(questionnaireSection({ pages: [] })).toBe(''));
});
