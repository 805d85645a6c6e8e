/**
 * Search ranking on the built index: the site's own Pagefind bundle, run in Node as a zh-CN page runs it.
 * Formal terms, the words families use, amounts and document numbers must each find the right page first.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { beforeAll, describe, expect, it } from 'vitest';
import { basePath, repoRoot } from '../support/dist';
import { loadPagefindInNode, type NodeSearch } from '../support/pagefind-node';
import type { ShownResult } from '../../src/lib/search/results';
import { readAmounts, readDocuments } from '../support/content';

interface Entry {
  id: string;
  term: string;
  everyday?: string[];
  page: string;
  anchor: string;
}
const glossary = parse(readFileSync(join(repoRoot, 'content', 'glossary.yaml'), 'utf8')) as Entry[];

/** query → the page (path under the base) that must come first, and optionally the section it must open at. */
const QUERIES: Array<[query: string, page: string, section?: string]> = [
  ['服刑在押', 'tiaojian/', 'situation-imprisoned'],
  ['坐牢', 'tiaojian/', 'situation-imprisoned'],
  ['判刑', 'tiaojian/', 'situation-imprisoned'],
  ['强制隔离戒毒', 'tiaojian/'],
  ['戒毒所', 'tiaojian/', 'situation-compulsory_rehab'],
  ['失联', 'tiaojian/', 'situation-lost_contact'],
  ['联系不上', 'tiaojian/', 'situation-lost_contact'],
  ['残疾人证', 'tiaojian/'],
  ['残疾证', 'tiaojian/', 'situation-severe_disability'],
  ['孤儿', 'tiaojian/'],
  ['低保', 'baozhang/'],
  ['监护人', 'shenqing/'],
  ['跨省通办', 'shenqing/'],
  // Every amount of content/standards.yaml finds the standards page; every 文号 of content/documents its document.
  ...readAmounts().map((entry): [string, string] => [String(entry.amount), 'baozhang/']),
  ...readDocuments()
    .filter((entry) => entry.number)
    .map((entry): [string, string] => [entry.number, `zhengce/${entry.id}/`]),
];

let pagefind: NodeSearch;
beforeAll(async () => {
  pagefind = await loadPagefindInNode();
});

/** Path and #fragment of a result link, the path relative to the base. */
function where(result: ShownResult | undefined): { page: string; section: string } {
  if (!result) return { page: '(no result)', section: '' };
  const url = new URL(result.url, 'http://site.invalid');
  const page = url.pathname.startsWith(basePath) ? url.pathname.slice(basePath.length) : url.pathname;
  return { page, section: decodeURIComponent(url.hash.slice(1)) };
}

/** True when a link's fragment opens the section: the section's own id, or its heading's id (<section id>-title). */
function opensSection(fragment: string, section: string): boolean {
  return fragment === section || fragment === `${section}-title`;
}

function describeResults(results: ShownResult[]): string {
  return results.slice(0, 3).map((result) => result.url).join(', ');
}

describe('the index is searched as a zh-CN page searches it', () => {
  it('the built pages declare lang="zh-CN"', () => expect(pagefind.lang).toBe('zh-CN'));

  it('a Chinese query is segmented into words (服刑在押 → 服刑 …)', async () => {
    const words = (await pagefind.segmented('服刑在押')).split(' ');
    expect(words.length, `segmented as ${words.join(' | ')}`).toBeGreaterThan(1);
    expect(words[0]).toBe('服刑');
  });
});

describe('the right page comes first', () => {
  it.each(QUERIES)('%s → %s', async (query, page, section) => {
    const results = await pagefind.search(query);
    const first = where(results[0]);
    expect(first.page, `first results: ${describeResults(results)}`).toBe(page);
    if (section) expect(opensSection(first.section, section), `opens #${first.section}, not #${section}`).toBe(true);
  });
});

describe('every everyday word in content/glossary.yaml finds the section that explains its term', () => {
  const words = glossary.flatMap((entry) => (entry.everyday ?? []).map((word) => [word, entry.term, entry] as const));

  it('the glossary lists everyday words', () => expect(words.length).toBeGreaterThan(20));

  it.each(words)('%s (%s)', async (word, _term, entry) => {
    const results = await pagefind.search(word);
    const first = where(results[0]);
    const page = entry.page === 'index' ? '' : `${entry.page}/`;
    expect(first.page, `first results: ${describeResults(results)}`).toBe(page);
    expect(opensSection(first.section, entry.anchor), `opens #${first.section}, not #${entry.anchor}`).toBe(true);
  });
});

describe('filter by kind', () => {
  it('62号 within 政策文件 finds only policy documents', async () => {
    const results = await pagefind.search('62号', '政策文件');
    expect(results.length).toBeGreaterThan(0);
    expect(results.map((result) => result.kind)).toEqual(results.map(() => '政策文件'));
  });

  it('服刑在押 within 常见问题 finds the question about a 4-month sentence', async () => {
    const results = await pagefind.search('服刑在押', '常见问题');
    expect(where(results[0])).toEqual({ page: 'wenda/', section: 'faq-prison-term-q' });
  });
});
