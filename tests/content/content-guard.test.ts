/**
 * The real content passes the build's guard against code in content (src/integrations/content-guard.ts), and the
 * components content may import exist where the guard says.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { contentProblems } from '../../src/integrations/content-guard';
import { IMPORTABLE_COMPONENTS } from '../../src/lib/guard/importable';
import { contentRoot, listContentFiles, repoRoot } from '../support/content';

describe('content/ against the guard', () => {
  it('no Markdown or MDX file has code, inline script, style or handler, or a link outside https:, http: and the site', () => {
    expect(contentProblems(repoRoot)).toEqual([]);
  });

  it('the components content may import exist, and content imports nothing else', () => {
    for (const path of Object.values(IMPORTABLE_COMPONENTS)) expect(existsSync(join(repoRoot, path)), path).toBe(true);
    const imported = listContentFiles(contentRoot)
      .flatMap((path) => [...readFileSync(path, 'utf8').matchAll(/^import\s+(\w+)/gm)].map((match) => match[1]));
    expect(imported.filter((name) => !(name in IMPORTABLE_COMPONENTS))).toEqual([]);
  });
});
