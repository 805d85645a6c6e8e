/**
 * Every stylesheet the site ships works on Chrome 69 / Android WebView 69 and Safari 12: no cascade layers,
 * @property, @container, nesting, color-mix(), :is(), media ranges, and :has() only inside @supports selector(:has(…))
 * (tests/fixtures/legacy/chrome69.ts). The build lowers Tailwind's output for them (src/integrations/legacy-css/).
 */
import { describe, expect, it } from 'vitest';
import { scanStylesheet } from '../support/legacy-css';
import { shippedStylesheets } from '../support/shipped-files';

describe('shipped stylesheets on Chrome 69 / Safari 12', () => {
  const stylesheets = shippedStylesheets();

  it('the site ships stylesheets', () => {
    expect(stylesheets.length).toBeGreaterThan(0);
  });

  for (const { file, source } of stylesheets) {
    it(`${file} uses nothing those engines lack`, () => {
      const problems = scanStylesheet(source, file);
      expect(problems.map((problem) => `${file}:${problem.line}:${problem.column} ${problem.message}`)).toEqual([]);
    });
  }
});
