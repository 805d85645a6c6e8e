/**
 * Long pages on the built site (issue 13): every page whose frontmatter says `contents: true` opens with a contents
 * list that links, in order, to each of its sections (and their ### parts), and only to places on the page; the
 * links that open a group of situations lead to them; 申请流程 gives the practical facts before the legal basis,
 * states the process once (the steps of content/procedure.yaml), and keeps every pending marker of its sources.
 */
import { readFileSync } from 'node:fs';
import { basename, join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { HTMLElement } from 'node-html-parser';
import { findPending } from '../../src/lib/pending';
import { contentRoot, listContentFiles, readContent, readData, repoRoot } from '../support/content';
import { basePath, parsePage, urlPathToFile } from '../support/dist';
import { writtenMarkers } from '../support/written-markers';

interface PageData {
  contents?: boolean;
}
const pageFiles = listContentFiles(join(contentRoot, 'pages'));
const idOf = (path: string) => basename(path).replace(/\.mdx?$/, '');
const urlOf = (id: string) => (id === 'index' ? basePath : `${basePath}${id}/`);
const withContents = pageFiles.filter((path) => (readData(path) as PageData).contents === true).map(idOf);
const withoutContents = pageFiles.filter((path) => (readData(path) as PageData).contents !== true).map(idOf);
const { labels } = readContent<{ labels: { contents: string } }>('site.yaml');

function builtPage(id: string): HTMLElement {
  const file = urlPathToFile(urlOf(id));
  if (!file) throw new Error(`${urlOf(id)} is not built (content/pages/${id}.mdx)`);
  return parsePage(file);
}

const text = (element: HTMLElement | null | undefined) => element?.text.replace(/\s+/g, ' ').trim() ?? '';
const fragment = (link: HTMLElement) => decodeURIComponent((link.getAttribute('href') ?? '').replace(/^#/, ''));

describe('contents lists', () => {
  it('some page asks for one (content/pages/*.mdx with contents: true)', () => {
    expect(withContents.length).toBeGreaterThan(0);
  });

  it.each(withContents)('/%s/: one contents list below the title, labelled from content/site.yaml', (id) => {
    const root = builtPage(id);
    const lists = root.querySelectorAll('nav.page-contents');
    expect(lists).toHaveLength(1);
    const label = root.getElementById(lists[0]!.getAttribute('aria-labelledby') ?? '');
    expect(text(label)).toBe(labels.contents);
    const article = root.querySelector('article[data-pagefind-body]')!;
    const first = article.childNodes.find((node) => (node as HTMLElement).tagName === 'NAV' || (node as HTMLElement).tagName === 'H2');
    expect((first as HTMLElement).tagName, 'the contents list comes before the first section').toBe('NAV');
    expect(lists[0]!.hasAttribute('data-pagefind-ignore'), 'the list is left out of the search index').toBe(true);
  });

  it.each(withContents)('/%s/: it links to every section of the page, in order, and each ### part under its section', (id) => {
    const root = builtPage(id);
    const list = root.querySelector('nav.page-contents')!;
    const article = root.querySelector('article[data-pagefind-body]')!;
    const sections = article.querySelectorAll('h2').filter((h2) => !h2.closest('nav'));
    const top = list.querySelectorAll(':scope > ol > li > a');
    expect(top.map(fragment)).toEqual(sections.map((h2) => h2.id));
    expect(top.map(text)).toEqual(sections.map(text));
    // Each ### part is linked under its own section: the part's id is found after its section's and before the next.
    const ids = article.querySelectorAll('[id]').map((element) => element.id);
    for (const item of list.querySelectorAll(':scope > ol > li')) {
      const section = fragment(item.querySelector('a')!);
      const next = sections[sections.findIndex((h2) => h2.id === section) + 1]?.id;
      for (const part of item.querySelectorAll('ul a')) {
        const at = ids.indexOf(fragment(part));
        expect(at, `#${fragment(part)} is not on /${id}/`).toBeGreaterThan(ids.indexOf(section));
        if (next) expect(at, `#${fragment(part)} is not within #${section}`).toBeLessThan(ids.indexOf(next));
      }
    }
  });

  it.each(withoutContents.filter((id) => urlPathToFile(urlOf(id))))('/%s/ (no contents: true) has none', (id) => {
    expect(builtPage(id).querySelectorAll('nav.page-contents')).toHaveLength(0);
  });

  it('every link of a contents list or a row of situation links leads to a place on its own page', () => {
    const problems = pageFiles.map(idOf).flatMap((id) => {
      const file = urlPathToFile(urlOf(id));
      if (!file) return [];
      const root = parsePage(file);
      const links = root.querySelectorAll('nav.page-contents a, .jump-links a');
      return links.filter((link) => !root.getElementById(fragment(link))).map((link) => `/${id}/: ${link.getAttribute('href')} leads nowhere`);
    });
    expect(problems).toEqual([]);
  });

  it('认定条件: the eight situations start with a link to each, in the order of content/situations', () => {
    const situations = listContentFiles(join(contentRoot, 'situations'))
      .map((path) => ({ id: idOf(path).replace(/\.ya?ml$/, ''), ...(readData(path) as { name: string; group: string; order: number }) }))
      .filter((situation) => situation.group === 'situation')
      .sort((a, b) => a.order - b.order);
    const root = builtPage('tiaojian');
    const links = root.querySelectorAll('.jump-links a');
    expect(links.map(text)).toEqual(situations.map((situation) => situation.name));
    expect(links.map(fragment)).toEqual(situations.map((situation) => `situation-${situation.id}`));
  });
});

describe('申请流程 (/shenqing/)', () => {
  const root = builtPage('shenqing');
  const article = root.querySelector('article[data-pagefind-body]')!;
  const steps = readContent<{ id: string; name: string; actor: string; order: number }[]>('procedure.yaml').sort((a, b) => a.order - b.order);

  it('its 办事指南 table gives the practical facts first and the legal basis (the row of citations only) last', () => {
    const rows = article.querySelectorAll('table')[0]!.querySelectorAll('tbody tr');
    const citationsOnly = rows.filter((row) => {
      const cell = row.querySelectorAll('td')[1]!;
      const links = cell.querySelectorAll('a').filter((a) => a.getAttribute('href')?.includes('/zhengce/'));
      const rest = links.reduce((left, link) => left.replace(text(link), ''), text(cell));
      return links.length > 0 && /^[；;、，,\s]*$/.test(rest);
    });
    expect(citationsOnly, 'one row holds the legal basis').toHaveLength(1);
    expect(rows.indexOf(citationsOnly[0]!), 'the legal basis is the last row').toBe(rows.length - 1);
    expect(rows.length, 'practical facts come before it').toBeGreaterThan(3);
  });

  it('states the process once: the steps of content/procedure.yaml, in order, and no other passage that lists them', () => {
    const lists = article.querySelectorAll('ol.steps');
    expect(lists).toHaveLength(1);
    expect(lists[0]!.querySelectorAll(':scope > li').map((li) => li.id)).toEqual(steps.map((step) => `step-${step.id}`));
    expect(lists[0]!.querySelectorAll(':scope > li .step-name strong').map(text)).toEqual(steps.map((step) => step.name));
    // Anywhere else on the page, no block names two steps or more (a table row, a diagram, a caption).
    const blocks = article.querySelectorAll('p, li, td, th, figcaption, div').filter((block) => !block.closest('ol.steps'));
    const listing = blocks.filter((block) => block.querySelectorAll('p, li, td, div').length === 0 && steps.filter((step) => text(block).includes(step.name)).length >= 2);
    expect(listing.map(text)).toEqual([]);
    expect(article.querySelectorAll('figure'), 'no diagram repeats the steps').toHaveLength(0);
  });

  it('shows every pending marker of content/pages/shenqing.mdx and content/procedure.yaml', () => {
    const sources = ['pages/shenqing.mdx', 'procedure.yaml'].map((rel) => join(contentRoot, rel));
    const markers = findPending(sources.map((path) => ({ path: relative(repoRoot, path), text: readFileSync(path, 'utf8') })));
    expect(markers.length > 0, 'markers are written in these files, but none was read').toBe(writtenMarkers(sources) > 0);
    const shown = root.querySelectorAll('[data-pending]').map((element) => element.getAttribute('data-pending'));
    const missing = markers.filter((marker) => !shown.includes(marker.note)).map((marker) => `${marker.file}: ${marker.note}`);
    expect(missing).toEqual([]);
    expect(shown.length).toBeGreaterThanOrEqual(markers.length);
  });
});
