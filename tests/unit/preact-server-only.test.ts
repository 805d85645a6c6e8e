/** The build refuses pages with an Astro island: the Preact renderer is registered without its browser side. */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { pagesWithIslands } from '../../src/integrations/preact-server-only';

describe('pages with an Astro island', () => {
  const dir = mkdtempSync(join(tmpdir(), 'islands-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('are found in nested folders; pages without one are not listed', () => {
    mkdirSync(join(dir, 'a', 'b'), { recursive: true });
    writeFileSync(join(dir, 'index.html'), '<p>plain</p><script type="module" src="/_astro/x.js"></script>');
    writeFileSync(join(dir, 'a', 'b', 'index.html'), '<astro-island uid="1" component-url="/_astro/y.js"></astro-island>');
    writeFileSync(join(dir, 'a', 'notes.txt'), '<astro-island>');
    expect(pagesWithIslands(dir)).toEqual([join('a', 'b', 'index.html')]);
  });
});
