/**
 * content/search.yaml against the built site: every site word it maps to finds a page, every place and next step
 * is a section that exists, every common question finds an answer first, and no file of the question reader loads
 * with a page.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { beforeAll, describe, expect, it } from 'vitest';
import { readSearchLexicon } from '../../src/integrations/search-lexicon';
import { contentRoot } from '../support/content';
import { distDir, listPages, parsePage } from '../support/dist';
import { loadPagefindInNode, type NodeSearch } from '../support/pagefind-node';
import { searchContent } from '../support/search-content';

let pagefind: NodeSearch;
beforeAll(async () => {
  pagefind = await loadPagefindInNode();
});

const glossaryTerms = new Set((parse(readFileSync(join(contentRoot, 'glossary.yaml'), 'utf8')) as { term: string }[]).map((e) => e.term));

/** The ids on a built page (content page id, 'index' for the home page). */
function idsOn(pageId: string): Set<string> {
  const html = parsePage(pageId === 'index' ? 'index.html' : `${pageId}/index.html`);
  return new Set(html.querySelectorAll('[id]').map((element) => element.getAttribute('id') ?? ''));
}

describe('the site words of content/search.yaml', () => {
  const siteWords = [...Object.keys(searchContent.words), ...Object.keys(searchContent.kinship.carers)].filter((w) => !glossaryTerms.has(w));

  it.each(siteWords)('%s finds a page as typed', async (word) => {
    expect((await pagefind.search(word)).length).toBeGreaterThan(0);
  });
});

describe('places and next steps are sections of the built site', () => {
  const lexicon = readSearchLexicon(contentRoot);
  const places = lexicon.lines.split('\n').map((line) => line.split(' ')[0].slice(1).split('@')[1]).filter(Boolean);

  it.each(places)('%s', (place) => {
    const [page, id] = place.split('#');
    if (id) expect(idsOn(page).has(id), `no id “${id}” on ${page}`).toBe(true);
    else expect(idsOn(page).size).toBeGreaterThan(0);
  });

  it.each(searchContent.nextSteps.map((step) => [step.text, step] as const))('%s', (_text, step) => {
    const ids = idsOn(step.page);
    if (step.anchor) expect(ids.has(step.anchor), `no id “${step.anchor}” on ${step.page}`).toBe(true);
  });
});

describe('the common questions under the box', () => {
  it.each(searchContent.suggestions)('%s finds an answer first', async (question) => {
    const outcome = await pagefind.ask(question);
    expect(outcome.shown.length).toBeGreaterThan(0);
    expect(outcome.answer?.heading, `first result: ${outcome.shown[0]?.url}`).toBeTruthy();
  });
});

describe('nothing of the question reader loads with a page', () => {
  it('no page script imports it; it is a file of its own', () => {
    const readers = listPages().flatMap(({ file }) =>
      parsePage(file)
        .querySelectorAll('script[src], link[rel="modulepreload"]')
        .map((element) => element.getAttribute('src') ?? element.getAttribute('href') ?? '')
        .filter((src) => /questions\./.test(src)),
    );
    expect(readers).toEqual([]);
    expect(readFileSync(join(distDir, 'index.html'), 'utf8')).not.toMatch(/questions\.[\w-]+\.js/);
  });
});
