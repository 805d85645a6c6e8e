/** The pure parts of site search: excerpts, result shaping, the search page address, page kinds, paths. */
import { z } from 'astro/zod';
import { describe, expect, it } from 'vitest';
import { makeSchemas } from '../../src/lib/schemas';
import { excerptPieces } from '../../src/lib/search/excerpt';
import { KIND_LABELS, KIND_ORDER, kindFilterAttribute } from '../../src/lib/search/kinds';
import { keywordsMeta } from '../../src/lib/search/meta';
import { PAGEFIND_OPTIONS, pagefindBundlePath } from '../../src/lib/search/options';
import { queryString, readQuery } from '../../src/lib/search/query';
import { shapeResult, type PagefindData } from '../../src/lib/search/results';
import { pageIdOf } from '../../src/lib/paths';

describe('excerptPieces', () => {
  it('splits marked words from the text and merges adjacent marks (服刑|在|押)', () => {
    expect(excerptPieces('正在<mark>服刑</mark><mark>在</mark><mark>押</mark>的')).toEqual([
      { text: '正在', mark: false },
      { text: '服刑在押', mark: true },
      { text: '的', mark: false },
    ]);
  });

  it('decodes the entities Pagefind escapes, and never returns markup', () => {
    expect(excerptPieces('a &lt;b&gt; <mark>c&amp;d</mark>')).toEqual([
      { text: 'a <b> ', mark: false },
      { text: 'c&d', mark: true },
    ]);
  });

  it('an excerpt without marks is one plain piece; an empty one is none', () => {
    expect(excerptPieces('只有文字')).toEqual([{ text: '只有文字', mark: false }]);
    expect(excerptPieces('')).toEqual([]);
  });
});

describe('shapeResult', () => {
  const page: PagefindData = {
    url: '/zt/etbz/tiaojian/',
    excerpt: '页面<mark>坐牢</mark>',
    meta: { title: '认定条件', description: '认定条件的说明。' },
    filters: { kind: ['办事指南'] },
    sub_results: [
      { url: '/zt/etbz/tiaojian/', title: '认定条件', excerpt: '开头', weighted_locations: [{ balanced_score: 1 }] },
      { url: '/zt/etbz/tiaojian/#situation-imprisoned-title', title: '服刑在押', excerpt: '常见说法：<mark>坐牢</mark>', weighted_locations: [{ balanced_score: 9 }] },
      { url: '/zt/etbz/tiaojian/#situation-missing-title', title: '失踪', excerpt: '另一处', weighted_locations: [{ balanced_score: 2 }, { balanced_score: 3 }] },
    ],
  };

  it('links to the section with the most weight, titled page › section', () => {
    expect(shapeResult(page)).toEqual({
      url: '/zt/etbz/tiaojian/#situation-imprisoned-title',
      title: '认定条件',
      section: '服刑在押',
      excerpt: '常见说法：<mark>坐牢</mark>',
      kind: '办事指南',
    });
  });

  it('links to the page itself when the best match is above the first heading', () => {
    const top = { ...page, sub_results: [page.sub_results![0]] };
    expect(shapeResult(top)).toEqual({ url: '/zt/etbz/tiaojian/', title: '认定条件', excerpt: '页面<mark>坐牢</mark>', kind: '办事指南' });
  });

  it('falls back to the escaped description when the match is only in metadata', () => {
    const metaOnly = { ...page, excerpt: '', sub_results: [], meta: { title: 'T', description: 'a<b' }, filters: {} };
    expect(shapeResult(metaOnly)).toEqual({ url: '/zt/etbz/tiaojian/', title: 'T', excerpt: 'a&lt;b', kind: undefined });
  });
});

describe('the search page address', () => {
  it('reads and trims ?q= and ?kind=', () => {
    expect(readQuery('?q=%20%E5%9D%90%E7%89%A2%20&kind=%E5%8A%9E%E4%BA%8B%E6%8C%87%E5%8D%97')).toEqual({ q: '坐牢', kind: '办事指南' });
    expect(readQuery('')).toEqual({ q: '', kind: '' });
  });

  it('writes only non-empty search words, and the kind only with words', () => {
    expect(readQuery(queryString({ q: '残疾证', kind: '政策文件' }))).toEqual({ q: '残疾证', kind: '政策文件' });
    expect(queryString({ q: '  ', kind: '政策文件' })).toBe('');
    expect(queryString({ q: '1374', kind: '' })).toBe('?q=1374');
  });
});

describe('page kinds in the search filter', () => {
  const schemaKinds = makeSchemas(new Set(), () => z.string()).page.shape.kind.options;

  it('every page kind of the schema has an entry (add the label when a kind is added)', () => {
    expect(Object.keys(KIND_LABELS).sort()).toEqual([...schemaKinds].sort());
  });

  it('every label is offered in the filter order', () => {
    const labels = Object.values(KIND_LABELS).filter(Boolean) as string[];
    expect(labels.filter((label) => !KIND_ORDER.includes(label))).toEqual([]);
  });

  it('guides, policies and questions carry their Chinese label; the home page none', () => {
    expect(kindFilterAttribute('guide')).toBe('kind:办事指南');
    expect(kindFilterAttribute('policy')).toBe('kind:政策文件');
    expect(kindFilterAttribute('faq')).toBe('kind:常见问题');
    expect(kindFilterAttribute('home')).toBeUndefined();
  });
});

describe('Pagefind settings', () => {
  it('keywords metadata: words joined by spaces, commas and colons removed (they separate Pagefind fields)', () => {
    expect(keywordsMeta(['服刑在押', '坐牢', 'a,b', 'c:d'])).toBe('keywords:服刑在押 坐牢 a b c d');
    expect(keywordsMeta([])).toBeUndefined();
  });

  it('the bundle follows the base path', () => {
    expect(pagefindBundlePath('/')).toBe('/pagefind/');
    expect(pagefindBundlePath('/zt/etbz/')).toBe('/zt/etbz/pagefind/');
    expect(pagefindBundlePath('/zt/etbz')).toBe('/zt/etbz/pagefind/');
  });

  it('the glossary keywords weigh in ranking and search runs without a worker', () => {
    expect(PAGEFIND_OPTIONS.ranking.metaWeights.keywords).toBeGreaterThan(1);
    expect(PAGEFIND_OPTIONS.noWorker).toBe(true);
  });
});

describe('pageIdOf', () => {
  it.each([
    ['/tiaojian/', '/', 'tiaojian'],
    ['/zt/etbz/tiaojian/', '/zt/etbz/', 'tiaojian'],
    ['/zt/etbz/', '/zt/etbz/', 'index'],
    ['/', '/', 'index'],
    ['/sousuo/', '/zt/etbz', 'sousuo'],
  ])('%s under %s → %s', (path, base, id) => expect(pageIdOf(path, base)).toBe(id));
});
