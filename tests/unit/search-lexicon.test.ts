/**
 * Building the search lexicon from content/search.yaml, the glossary and the standards: what it holds, the clear
 * message (file and field) for each kind of mistake an editor can make, and the words left out because the typo rule
 * already reads them the same way.
 */
import { describe, expect, it } from 'vitest';
import { readSearchLexicon, withoutTypoVariants } from '../../src/integrations/search-lexicon';
import { buildLexicon } from '../../src/lib/search/lexicon';
import { searchSchema } from '../../src/lib/schemas/search';
import { understand } from '../../src/lib/search/understand';
import { contentRoot } from '../support/content';
import { searchContent } from '../support/search-content';
import { searchData, sources, testLexicon } from '../fixtures/search/lexicon';

describe('the compiled lexicon', () => {
  it('one line per site word: kind, place, and the typed words, those the site writes itself marked +', () => {
    const lines = testLexicon.lines.split('\n');
    expect(lines).toContain('s服刑在押@tiaojian#situation-imprisoned +坐牢 +判刑 坐大牢 +监狱');
    expect(lines).toContain('t申请人@shenqing#办事指南 谁申请');
    expect(lines).toContain('t基本生活补贴@baozhang#基本生活补贴标准 +生活费 钱 补助');
    expect(lines).toContain('p父亲 爸爸 老爸 爸 孩子他爸');
    expect(lines).toContain('c祖父母 +爷爷奶奶 +奶奶 外婆'); // 奶奶 is in the site's text, inside 爷爷奶奶
    expect(testLexicon.drop.split(' ')).toEqual(searchData.drop);
  });

  it('the money answer: the amount formatted with its unit, and its pending note in the site’s fixed wording', () => {
    expect(testLexicon.money).toEqual({
      term: '基本生活补贴',
      amount: '1374 元/人/月',
      appliesTo: '不在福利院生活的孩子',
      pending: '待确认：从何时起执行尚未确认。以街道办事处、区民政局答复为准',
    });
  });

  it('the site’s lexicon builds from content/', () => {
    const lexicon = readSearchLexicon(contentRoot);
    expect(lexicon.lines.split('\n').length).toBeGreaterThan(Object.keys(searchContent.words).length);
  });
});

describe('mistakes in the content are named with their file and field', () => {
  const words = (extra: Record<string, string[]>) => ({ ...searchData, words: { ...searchData.words, ...extra } });

  it('an everyday word given to two site words', () => {
    expect(() => buildLexicon(sources({ search: words({ 失联: ['坐牢'] }) }))).toThrow(/content\/search\.yaml（words\.失联）：“坐牢”已经是“服刑在押”的说法/);
  });

  it('a kinship word that is also an everyday word', () => {
    const search = { ...searchData, kinship: { ...searchData.kinship, parents: { 父亲: ['坐牢'] } } };
    expect(() => buildLexicon(sources({ search }))).toThrow(/kinship\.parents\.父亲/);
  });

  it('a word to leave out that is an everyday word', () => {
    expect(() => buildLexicon(sources({ search: { ...searchData, drop: ['坐牢'] } }))).toThrow(/content\/search\.yaml（drop）：“坐牢”/);
  });

  it('a place for a word that is not in words, for a glossary term, or on a page that does not exist', () => {
    expect(() => buildLexicon(sources({ search: { ...searchData, places: { 别的: 'shenqing#x' } } }))).toThrow(/places\.别的.*不是 words/);
    expect(() => buildLexicon(sources({ search: { ...searchData, places: { 失联: 'shenqing#x' } } }))).toThrow(/places\.失联.*content\/glossary\.yaml/);
    expect(() => buildLexicon(sources({ search: { ...searchData, places: { 申请人: 'nowhere#x' } } }))).toThrow(/places\.申请人.*nowhere/);
  });

  it('a money standard that is not an amount of content/standards.yaml', () => {
    expect(() => buildLexicon(sources({ search: { ...searchData, money: { standard: 'nope', words: ['钱'] } } }))).toThrow(/money\.standard “nope”/);
  });

  it('the schema: a word with a space, the same word twice, a template without its slot', () => {
    const issues = (data: unknown) => searchSchema.safeParse(data).error?.issues.map((i) => `${i.path.join('.')}: ${i.message}`) ?? [];
    expect(issues({ ...searchData, words: { 失联: ['跑 了'] } })).toEqual([expect.stringMatching(/^words\.失联\.0: .*空格/)]);
    expect(issues({ ...searchData, drop: ['吗', '吗'] })).toEqual([expect.stringMatching(/^drop\.1: “吗”已经写在 drop/)]);
    expect(issues({ ...searchData, text: { ...searchData.text, relaxed: '没有全部说法。' } })).toEqual([expect.stringMatching(/^text\.relaxed: .*\{words\}/)]);
  });
});

describe('words the typo rule already reads the same way are left out of what the browser downloads', () => {
  const lexicon = readSearchLexicon(contentRoot);

  it('each of them is still read as its site word', () => {
    const kept = new Set(lexicon.lines.split(/[\n ]/).map((w) => w.replace(/^[+]/, '')));
    const left = Object.entries(searchContent.words).flatMap(([site, typed]) => typed.filter((w) => !kept.has(w)).map((w) => [w, site] as const));
    expect(left.length).toBeGreaterThan(0);
    for (const [word, site] of left) expect(understand(word, lexicon).tokens.map((t) => t.site), word).toEqual([site]);
  });

  it('a word the site writes itself is kept (it is searched as typed too)', () => {
    const pruned = withoutTypoVariants({ ...testLexicon, lines: 't失联 +联系不上 +联系不到' });
    expect(pruned.lines).toBe('t失联 +联系不上 +联系不到');
    expect(withoutTypoVariants({ ...testLexicon, lines: 't失联 +联系不上 联系不到' }).lines).toBe('t失联 +联系不上');
  });
});
