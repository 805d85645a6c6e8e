/**
 * What a page fetches before it is drawn and settles, kept short for slow mobile networks: guide pages load the site
 * stylesheet alone (the questionnaire's and the training kit's stylesheets load only in their sections), and no
 * script loaded with the page imports another file, since each file in such a chain costs one more round trip
 * (Lighthouse's LCP counted a two-file chain of the search starter before it was removed).
 */
import { describe, expect, it } from 'vitest';
import { staticImports } from '../../tools/site/page-scripts';
import { basePath, listPages, parsePage, readDistFile, urlPathToFile } from '../support/dist';

const pages = listPages();
/** Sections whose pages may add their own stylesheet to the site's. */
const SECTIONS_WITH_STYLES = ['ziping/', 'peixun/'].map((section) => basePath + section);

const stylesheetsOf = (file: string) =>
  parsePage(file)
    .querySelectorAll('link[rel="stylesheet"]')
    .map((link) => link.getAttribute('href')!);

describe('what a page loads before it is drawn', () => {
  it('guide, document and help pages load one stylesheet, the same on every page', () => {
    const plain = pages.filter((page) => !SECTIONS_WITH_STYLES.some((section) => page.url.startsWith(section)));
    expect(plain.length).toBeGreaterThan(10);
    const seen = new Map(plain.map((page) => [page.url, stylesheetsOf(page.file)]));
    const site = seen.get(basePath)!;
    expect(site).toHaveLength(1);
    const different = [...seen].filter(([, sheets]) => JSON.stringify(sheets) !== JSON.stringify(site));
    expect(different.map(([url, sheets]) => `${url}: ${sheets.join(', ')}`)).toEqual([]);
  });

  it('the questionnaire and training pages add at most one stylesheet of their own', () => {
    const site = stylesheetsOf(pages.find((page) => page.url === basePath)!.file)[0];
    const sectioned = pages.filter((page) => SECTIONS_WITH_STYLES.some((section) => page.url.startsWith(section)));
    const problems = sectioned.flatMap((page) => {
      const sheets = stylesheetsOf(page.file);
      return sheets[0] === site && sheets.length <= 2 ? [] : [`${page.url}: ${sheets.join(', ')}`];
    });
    expect(problems).toEqual([]);
  });

  it('no script a page loads imports another file (one request each, no chain)', () => {
    const problems = pages.flatMap((page) =>
      parsePage(page.file)
        .querySelectorAll('script[src]')
        .flatMap((script) => {
          const src = script.getAttribute('src')!;
          const file = urlPathToFile(new URL(src, `http://site.invalid${page.url}`).pathname);
          if (!file) return [`${page.url}: ${src} is not in the build`];
          const imports = staticImports(readDistFile(file));
          return imports.length === 0 ? [] : [`${page.url}: ${src} imports ${imports.join(', ')}`];
        }),
    );
    expect(problems).toEqual([]);
  });
});
