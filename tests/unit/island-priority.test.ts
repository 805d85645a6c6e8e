import { describe, expect, it } from 'vitest';
import { lowerIslandPriority } from '../../src/lib/build/island-priority';

const data = '<script type="application/json" id="q-data">{"a":"</p>"}</script>';
const island = '<script type="module" src="/_astro/island.js"></script>';
const other = '<script type="module" src="/_astro/search.js"></script>';

describe('lowerIslandPriority', () => {
  it('gives the module script after the questionnaire data fetchpriority="low", and no other script', () => {
    const html = `<head>${other}</head><body>${data}\n${island}${other}</body>`;
    expect(lowerIslandPriority(html)).toBe(
      `<head>${other}</head><body>${data}\n<script type="module" fetchpriority="low" src="/_astro/island.js"></script>${other}</body>`,
    );
  });

  it('leaves a page without the questionnaire as it is, and a lowered page unchanged the second time', () => {
    const page = `<head>${other}</head><body><p>内容</p></body>`;
    expect(lowerIslandPriority(page)).toBe(page);
    const once = lowerIslandPriority(`${data}${island}`);
    expect(lowerIslandPriority(once)).toBe(once);
  });
});
