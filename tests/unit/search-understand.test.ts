/**
 * The query normaliser (src/lib/search/understand.ts): question words and particles left out, kinship words first,
 * everyday words read as the site's words, words split by question words, one-character typos, and queries in the
 * site's own words left as typed. First on a small lexicon made for each rule, then on the site's lexicon from
 * content/ (every term, everyday word, kinship word and document number).
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { readSearchLexicon } from '../../src/integrations/search-lexicon';
import { understand, type Understanding } from '../../src/lib/search/understand';
import { isOneWord } from '../../src/lib/search/site-search';
import { contentRoot } from '../support/content';
import { searchContent } from '../support/search-content';
import { testLexicon } from '../fixtures/search/lexicon';

const read = (query: string) => understand(query, testLexicon);
const sites = (u: Understanding) => u.tokens.map((token) => token.site);

describe('question words and particles', () => {
  it('are left out, and the query is marked as changed', () => {
    const u = read('跑了怎么办');
    expect(sites(u)).toEqual(['失联']);
    expect(u.changed).toBe(true);
  });

  it('a query of question words only leaves nothing to search for', () => expect(sites(read('能不能可以吗'))).toEqual([]));

  it('a known word split by question words is still found (谁可以申请 → 谁申请)', () => {
    expect(read('谁可以申请').tokens).toEqual([{ site: '申请人', typed: '谁申请', kind: 'term' }]);
  });

  it('question words inside a longer known word stay part of it (要多久 is not 要 + 多久)', () => expect(sites(read('要多久'))).toEqual(['办理时限']));
});

describe('kinship words', () => {
  it('a parent is read as the site word, with what was typed kept', () => {
    expect(read('孩子他爸坐牢').tokens).toEqual([
      { site: '父亲', typed: '孩子他爸', kind: 'parent' },
      { site: '服刑在押', typed: '坐牢', kind: 'situation', also: '坐牢' },
    ]);
  });

  it('are replaced before other words are read, so 爸妈都去世 reads as the glossary word 父母都去世', () => {
    expect(read('爸妈都去世了').tokens).toEqual([{ site: '孤儿', typed: '爸妈都去世', kind: 'term', also: '父母都去世' }]);
  });

  it('a carer the site writes itself is searched as typed too (爷爷奶奶)', () => {
    expect(read('爷爷奶奶').tokens).toEqual([{ site: '祖父母', typed: '爷爷奶奶', kind: 'carer', also: '爷爷奶奶' }]);
  });

  it('the longest word wins (老爸 before 爸)', () => expect(read('老爸').tokens[0]).toMatchObject({ site: '父亲', typed: '老爸' }));
});

describe('everyday words', () => {
  it('are read as the site word; a glossary everyday word the site shows is searched as typed too', () => {
    expect(read('坐牢').tokens).toEqual([{ site: '服刑在押', typed: '坐牢', kind: 'situation', also: '坐牢' }]);
    expect(read('坐大牢').tokens).toEqual([{ site: '服刑在押', typed: '坐大牢', kind: 'situation' }]);
  });

  it('a parent situation is a situation; other site words are terms', () => {
    expect(read('联系不上').tokens[0].kind).toBe('situation');
    expect(read('谁申请').tokens[0].kind).toBe('term');
  });

  it('money words name the amount and mark a money question', () => {
    const u = read('能领多少补助');
    expect(sites(u)).toContain('基本生活补贴');
    expect(u.money).toBe(true);
    expect(read('坐牢').money).toBe(false);
  });

  it('a whole question: 爸爸坐牢了孩子能领补助吗', () => {
    const u = read('爸爸坐牢了孩子能领补助吗');
    expect(sites(u)).toEqual(['父亲', '服刑在押', '基本生活补贴']);
    expect(u.changed).toBe(true);
  });

  it('full-width letters, spaces and punctuation do not matter', () => {
    expect(sites(read('  坐牢？跑了！ '))).toEqual(['服刑在押', '失联']);
  });

  it('哪儿 reads as 哪, 什么地方 as 哪里, and 哪个人 as 谁', () => {
    const lexicon = readSearchLexicon(contentRoot);
    expect(sites(understand('在哪儿办', lexicon))).toEqual(sites(understand('在哪办', lexicon)));
    expect(sites(understand('到什么地方去办', lexicon))).toEqual(sites(understand('到哪里去办', lexicon)));
    expect(sites(read('哪个人申请'))).toEqual(['申请人']);
  });
});

describe('one-character typos', () => {
  it('in a known word of three or more characters are read as that word', () => {
    expect(read('联系不尚').tokens).toEqual([{ site: '失联', typed: '联系不尚', kind: 'situation', also: '联系不上' }]);
    expect(sites(read('服刑在压'))).toEqual(['服刑在押']);
  });

  it('are not guessed in two-character words, nor where the different character is a question word (申请吗)', () => {
    expect(sites(read('坐劳'))).not.toContain('服刑在押');
    expect(sites(read('谁申请吗'))).toEqual(['申请人']);
  });

  it('in a word of three characters, only the middle one may differ (坐小牢, not 坐大狱)', () => {
    expect(sites(read('坐小牢'))).toEqual(['服刑在押']);
    expect(sites(read('坐大狱'))).not.toContain('服刑在押');
  });

  it('are corrected in a word split by question words too (谁可以中请 → 谁申请)', () => expect(sites(read('谁可以中请'))).toEqual(['申请人']));

  it('need two of the matching characters to be the visitor own words (孩子能 is not 孩子他)', () => {
    expect(sites(read('孩子能'))).toEqual([]);
  });
});

describe('queries in the site’s own words are kept as typed', () => {
  it('a site word, a number, an unknown word', () => {
    for (const query of ['服刑在押', '1374', '改嫁']) {
      const u = read(query);
      expect(u.changed, query).toBe(false);
      expect(u.tokens.map((t) => t.typed).join(''), query).toBe(query);
    }
  });
});

describe('isOneWord: one word is searched as typed, anything more is read as a question', () => {
  it('one word, or several', () => {
    expect(isOneWord('抚养')).toBe(true);
    expect(isOneWord('坐牢')).toBe(true);
    expect(isOneWord('爸爸坐牢了')).toBe(false);
    expect(isOneWord('坐牢 判刑')).toBe(false);
    expect(isOneWord('')).toBe(false);
  });
});

describe('the site’s lexicon (content/)', () => {
  const lexicon = readSearchLexicon(contentRoot);
  const glossary = parse(readFileSync(join(contentRoot, 'glossary.yaml'), 'utf8')) as Array<{ term: string; everyday?: string[] }>;

  it('every glossary term reads unchanged, as itself', () => {
    for (const { term } of glossary) {
      const u = understand(term, lexicon);
      expect(u.changed, term).toBe(false);
      expect(sites(u), term).toEqual([term]);
    }
  });

  it('every everyday word of the glossary and of content/search.yaml reads as its site word', () => {
    const pairs = [
      ...glossary.flatMap(({ term, everyday }) => (everyday ?? []).map((word) => [word, term] as const)),
      ...Object.entries(searchContent.words).flatMap(([site, words]) => words.map((word) => [word, site] as const)),
    ];
    expect(pairs.length).toBeGreaterThan(100);
    for (const [word, site] of pairs) expect(sites(understand(word, lexicon)), word).toContain(site);
  });

  it('every kinship word reads as its site word', () => {
    for (const map of [searchContent.kinship.parents, searchContent.kinship.carers]) {
      for (const [site, words] of Object.entries(map)) for (const word of words) expect(sites(understand(word, lexicon)), word).toEqual([site]);
    }
  });

  it('every document number is kept as typed (nothing is lost from a formal query)', () => {
    const numbers = readdirSync(join(contentRoot, 'documents'))
      .map((file) => (parse(readFileSync(join(contentRoot, 'documents', file), 'utf8')) as { number?: string }).number ?? '')
      .filter(Boolean);
    expect(numbers.length).toBeGreaterThan(3);
    for (const number of numbers) expect(understand(number, lexicon).changed, number).toBe(false);
  });

  it('every common question of content/search.yaml is read as a question in the site’s words', () => {
    for (const question of searchContent.suggestions) {
      const u = understand(question, lexicon);
      expect(u.changed, question).toBe(true);
      expect(u.tokens.some((t) => t.kind === 'situation' || t.kind === 'term' || t.kind === 'carer'), question).toBe(true);
    }
  });
});
