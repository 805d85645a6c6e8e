/**
 * The pages' fixed words come from content/ (site.yaml labels, training.yaml, search.yaml, questionnaire.yaml), never
 * from the templates: no Chinese in src/components, src/layouts, src/pages or src/islands outside comments and the
 * messages thrown for editors. A word found here belongs in content/, with its field in src/lib/schemas/.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { fixedWording, scanFixedWording } from '../support/fixed-wording';
import { repoRoot } from '../support/content';

const TEMPLATE_DIRS = ['src/components', 'src/layouts', 'src/pages', 'src/islands'];

/** Editors' messages built on a line of their own before they are thrown (file → a fragment of that line). */
const EDITOR_MESSAGES: Record<string, string[]> = {
  'src/components/Confirmed.astro': ['请写确认日期 date'], // the problem passed to componentError on the next line
};

describe('fixed wording lives in content/', () => {
  it('finds Chinese outside comments and editors’ messages, with its line (fixture)', () => {
    const source = readFileSync(join(repoRoot, 'tests', 'fixtures', 'fixed-wording', 'Sample.astro'), 'utf8');
    const found = fixedWording(source);
    expect(found.map(({ line }) => line)).toEqual([9, 10, 14]);
    expect(found[1].text).toContain("'暂未公布'");
    expect(fixedWording(source, ['暂未公布', '依据', '页面']).map(({ line }) => line)).toEqual([]);
  });

  it('no template hard-codes a visible word', () => {
    expect(scanFixedWording(repoRoot, TEMPLATE_DIRS, EDITOR_MESSAGES)).toEqual([]);
  });

  it('each allowed editors’ message is still there (the allow-list does not go stale)', () => {
    for (const [file, fragments] of Object.entries(EDITOR_MESSAGES)) {
      const source = readFileSync(join(repoRoot, file), 'utf8');
      for (const fragment of fragments) expect(source, `${file}: ${fragment}`).toContain(fragment);
    }
  });
});
