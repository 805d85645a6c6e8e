/**
 * Every script the site ships runs on Chrome 69 / Android WebView 69 and Safari 12: it parses as ES2018 (with
 * import() and import.meta, which those engines have) and calls no runtime API they lack
 * (tests/fixtures/legacy/chrome69.ts). Pagefind's own files are not checked: search may need a newer engine and
 * says so when it cannot start (tests/e2e/legacy-engine.test.ts).
 */
import { describe, expect, it } from 'vitest';
import { checkScript } from '../support/legacy-js';
import { classicScripts, shippedScripts } from '../support/shipped-files';

describe('shipped scripts on Chrome 69 / Safari 12', () => {
  const scripts = shippedScripts();
  const classic = classicScripts();

  it('the site ships scripts, among them the classic head script', () => {
    expect(scripts.length).toBeGreaterThan(0);
    expect([...classic].filter((file) => scripts.some((script) => script.file === file))).not.toEqual([]);
  });

  for (const { file, source } of scripts) {
    it(`${file} is ES2018 and uses no API those engines lack`, () => {
      const problems = checkScript(source, classic.has(file) ? 'script' : 'module');
      expect(problems.map((problem) => `${file}:${problem.line}:${problem.column} ${problem.message}`)).toEqual([]);
    });
  }
});
