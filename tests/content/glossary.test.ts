/**
 * The glossary (content/glossary.yaml): its schema, the helpers the pages and the questionnaire use, and what the
 * real file must hold (one term per everyday word, real pages, an entry for each situation the engine knows).
 */
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { z } from 'astro/zod';
import { describe, expect, it } from 'vitest';
import { makeSchemas } from '../../src/lib/schemas';
import {
  ambiguousWords,
  definingPath,
  entryForSituation,
  everydayWordsAt,
  pageKeywords,
  sortTerms,
  termAnchor,
  type GlossaryEntry,
} from '../../src/lib/glossary';
import { contentRoot, documentIds, readData } from '../support/content';

const schema = makeSchemas(documentIds(), () => z.string()).glossaryTerm;
const entries = (readData(join(contentRoot, 'glossary.yaml')) as Array<GlossaryEntry & { id: string }>).map((raw) => ({
  ...(schema.parse(raw) as Omit<GlossaryEntry, 'id'>),
  id: raw.id,
}));

const imprisoned: GlossaryEntry = {
  id: 'imprisoned',
  term: '服刑在押',
  definition: '父亲或母亲正在监狱服刑。',
  everyday: ['坐牢', '判刑'],
  page: 'tiaojian',
  anchor: 'situation-imprisoned',
  situation: 'imprisoned',
};
const disability: GlossaryEntry = { ...imprisoned, id: 'x', term: '残疾人证', everyday: ['残疾证'], anchor: 'situation-severe_disability', situation: undefined };
const severe: GlossaryEntry = { ...disability, id: 'y', term: '重残', everyday: ['重度残疾', '残疾证'], situation: 'severe_disability' };

describe('schema', () => {
  const valid = { term: '服刑在押', definition: '父亲或母亲正在监狱服刑。', page: 'tiaojian', anchor: 'situation-imprisoned' };

  it('accepts a situation entry without a definition of its own', () => {
    expect(schema.safeParse({ ...valid, definition: undefined, situation: 'imprisoned' }).success).toBe(true);
  });

  it('accepts a minimal entry and defaults everyday words and sources to empty lists', () => {
    expect(schema.parse(valid)).toMatchObject({ everyday: [], sources: [] });
  });

  it.each([
    ['a page that is not a file name', { ...valid, page: '/tiaojian/' }, 'page'],
    ['an unknown situation kind', { ...valid, situation: 'jail' }, 'situation'],
    ['a one-character everyday word', { ...valid, everyday: ['牢'] }, 'everyday'],
    ['an unknown document', { ...valid, sources: ['mz-2099-1'] }, 'sources'],
    ['a definition that says nothing', { ...valid, definition: '见上' }, 'definition'],
    ['a term without a definition', { ...valid, definition: undefined }, 'definition'],
    ['a situation that repeats its meaning (it comes from content/situations)', { ...valid, situation: 'imprisoned' }, 'definition'],
    ['a situation that repeats its pending note', { ...valid, definition: undefined, situation: 'serious_illness', pending: '病种范围待确认' }, 'pending'],
    ['a situation that repeats its sources', { ...valid, definition: undefined, situation: 'imprisoned', sources: ['mz-2019-62'] }, 'sources'],
  ])('rejects %s', (_what, entry, field) => {
    const result = schema.safeParse(entry);
    expect(result.success).toBe(false);
    expect(result.error!.issues.map((issue) => String(issue.path[0]))).toContain(field);
  });
});

describe('helpers', () => {
  it('termAnchor and definingPath', () => {
    expect(termAnchor('imprisoned')).toBe('term-imprisoned');
    expect(definingPath(imprisoned)).toBe('/tiaojian/#situation-imprisoned');
  });

  it('entryForSituation finds the entry of a situation kind, and nothing for a kind without one', () => {
    expect(entryForSituation([disability, severe, imprisoned], 'imprisoned')).toBe(imprisoned);
    expect(entryForSituation([disability, severe], 'severe_disability')).toBe(severe);
    expect(entryForSituation([imprisoned], 'unknown')).toBeUndefined();
  });

  it('everydayWordsAt merges the words of every term explained in one section, without repeats', () => {
    expect(everydayWordsAt([imprisoned, disability, severe], 'tiaojian', 'situation-severe_disability')).toEqual(['残疾证', '重度残疾']);
    expect(everydayWordsAt([imprisoned], 'shenqing', 'situation-imprisoned')).toEqual([]);
  });

  it('pageKeywords lists the terms of a page and their everyday words', () => {
    expect(pageKeywords([imprisoned, disability], 'tiaojian')).toEqual(['服刑在押', '坐牢', '判刑', '残疾人证', '残疾证']);
    expect(pageKeywords([imprisoned], 'baozhang')).toEqual([]);
  });

  it('sortTerms orders by pinyin', () => {
    const terms = sortTerms([{ term: '重残' }, { term: '低保' }, { term: '服刑在押' }, { term: '孤儿' }]).map((e) => e.term);
    expect(terms).toEqual(['低保', '服刑在押', '孤儿', '重残']);
  });

  it('ambiguousWords finds a word used by two terms or equal to a term', () => {
    expect(ambiguousWords([imprisoned, disability, severe])).toEqual(['残疾证']);
    expect(ambiguousWords([imprisoned, { term: '坐牢', everyday: [] }])).toEqual(['坐牢']);
    expect(ambiguousWords([imprisoned, disability])).toEqual([]);
  });
});

describe('content/glossary.yaml', () => {
  const pages = new Set(readdirSync(join(contentRoot, 'pages')).map((name) => name.replace(/\.mdx$/, '')));
  const situations = readdirSync(join(contentRoot, 'situations')).map((name) => name.replace(/\.yaml$/, ''));

  it('each everyday word belongs to one term only', () => expect(ambiguousWords(entries)).toEqual([]));

  it('each term is explained on a page that exists', () => {
    expect(entries.filter((entry) => !pages.has(entry.page)).map((entry) => `${entry.term} → ${entry.page}`)).toEqual([]);
  });

  it('死亡, 失踪 and each of the eight situations has its entry, for the questionnaire hints', () => {
    expect(situations.filter((kind) => !entryForSituation(entries, kind as GlossaryEntry['situation'] & string))).toEqual([]);
  });

  it('the words families type most are there: 坐牢, 戒毒所, 联系不上, 残疾证', () => {
    const term = (word: string) => entries.find((entry) => entry.everyday.includes(word))?.term;
    expect([term('坐牢'), term('戒毒所'), term('联系不上'), term('残疾证')]).toEqual(['服刑在押', '强制隔离戒毒', '失联', '残疾人证']);
  });

  it('the terms are spelt as GLOSSARY.md writes them (e.g. 残疾人证, not 残疾证)', () => {
    expect(entries.map((entry) => entry.term)).not.toContain('残疾证');
    expect(entries.map((entry) => entry.term)).toContain('被遣送（驱逐）出境');
  });
});
