/**
 * The pure parts of answering a question: pages ranked by weighted words (family pages first), the section a page
 * points to when its words were searched one by one, and the answer's opening read from Pagefind's page data.
 */
import { describe, expect, it } from 'vitest';
import { sectionOpening, EVERYDAY_ID } from '../../src/lib/search/answer';
import { answerAmong, answerFor } from '../../src/lib/search/as-typed';
import { rankPages, someMatchAll, WEIGHTS } from '../../src/lib/search/rank';
import type { PagefindData, PagefindSubResult } from '../../src/lib/search/results';
import { shapeResult } from '../../src/lib/search/results';
import { isAt, mergeSections } from '../../src/lib/search/sections';
import { testLexicon } from '../fixtures/search/lexicon';

describe('rankPages', () => {
  const words = [
    { weight: WEIGHTS.situation, hits: [{ id: 'guide', score: 10 }, { id: 'case', score: 10 }] },
    { weight: WEIGHTS.word, hits: [{ id: 'case', score: 4 }, { id: 'faq', score: 2 }] },
  ];

  it('adds each word’s weight times the page’s score relative to the word’s best page', () => {
    const ranked = rankPages(words);
    expect(ranked.map((p) => [p.id, p.score])).toEqual([
      ['case', WEIGHTS.situation + WEIGHTS.word],
      ['guide', WEIGHTS.situation],
      ['faq', WEIGHTS.word / 2],
    ]);
    expect(ranked[0].words).toEqual([0, 1]);
  });

  it('puts the pages of `first` (guide pages, FAQ, glossary) before the others', () => {
    expect(rankPages(words, new Set(['guide', 'faq'])).map((p) => p.id)).toEqual(['guide', 'faq', 'case']);
  });

  it('a situation counts more than a site word, a site word more than the visitor’s own, a parent least', () => {
    expect(WEIGHTS.situation).toBeGreaterThan(WEIGHTS.term);
    expect(WEIGHTS.term).toBeGreaterThan(WEIGHTS.word);
    expect(WEIGHTS.word).toBeGreaterThan(WEIGHTS.parent);
  });

  it('someMatchAll tells whether any page has every word', () => {
    expect(someMatchAll(rankPages(words), 2)).toBe(true);
    expect(someMatchAll(rankPages([words[0], { weight: 1, hits: [{ id: 'faq', score: 1 }] }]), 2)).toBe(false);
  });
});

const sub = (url: string, title: string, scores: number[], weight = 1): PagefindSubResult => ({
  url,
  title,
  excerpt: `${title}…`,
  weighted_locations: scores.map((balanced_score) => ({ balanced_score, weight })),
});
const page = (subs: PagefindSubResult[]): PagefindData => ({ url: '/tiaojian/', excerpt: '', meta: { title: '认定条件' }, filters: { kind: ['办事指南'] }, sub_results: subs });

describe('mergeSections', () => {
  it('a section adds up the words it holds, each against its best section on the page', () => {
    const a = page([sub('/tiaojian/#a', 'A', [5]), sub('/tiaojian/#b', 'B', [10])]);
    const b = page([sub('/tiaojian/#a', 'A', [3]), sub('/tiaojian/#b', 'B', [0.3])]);
    const merged = mergeSections([
      { weight: 3, strength: 3, named: true, data: a },
      { weight: 3, strength: 3, named: true, data: b },
    ]);
    expect(shapeResult(merged.data).section).toBe('A'); // A: 3×0.5 + 3×1 = 4.5; B: 3×1 + 3×0.1 = 3.3
    expect(merged.covered).toBe(2);
  });

  it('where the site explains a word (its place), the word points there only, and the page counts it fully', () => {
    const data = page([sub('/tiaojian/#x', 'X', [10]), sub('/tiaojian/#situation-imprisoned-title', '服刑在押', [1])]);
    const merged = mergeSections([{ weight: 4, strength: 1, place: 'tiaojian#situation-imprisoned', named: true, data }]);
    expect(shapeResult(merged.data).section).toBe('服刑在押');
    expect(merged.score).toBe(4);
  });

  it('on that page, the word’s other sections count half: a section holding it and another word can still win', () => {
    const first = page([sub('/tiaojian/#place-title', 'P', [1]), sub('/tiaojian/#both', 'B', [10])]);
    const second = page([sub('/tiaojian/#both', 'B', [1])]);
    const merged = mergeSections([
      { weight: 3, strength: 3, place: 'tiaojian#place', named: true, data: first },
      { weight: 3, strength: 3, named: true, data: second },
    ]);
    expect(shapeResult(merged.data).section).toBe('B'); // B: 3×0.5 + 3×1 = 4.5; P: 3×1 = 3
  });

  it('a page that only mentions a word the site explains elsewhere counts it half', () => {
    const data = page([sub('/tiaojian/#x', 'X', [10])]);
    expect(mergeSections([{ weight: 4, strength: 2, place: 'wenda#faq-x', named: true, data }]).score).toBe(1);
  });

  it('isAt matches a section by its id, its heading’s id (-title, -q), on its page', () => {
    expect(isAt('/zt/etbz/tiaojian/#situation-imprisoned-title', 'tiaojian#situation-imprisoned')).toBe(true);
    expect(isAt('/wenda/#faq-x-q', 'wenda#faq-x')).toBe(true);
    expect(isAt('/wenda/#faq-x-q', 'tiaojian#faq-x')).toBe(false);
    expect(isAt('/ziping/#q-heading', 'ziping')).toBe(true);
    expect(isAt(`/shenqing/#${encodeURIComponent('办事指南')}`, 'shenqing#办事指南')).toBe(true);
  });
});

/** Page text as Pagefind keeps it: words joined by U+200B, a space after each block, '.' after blocks without a stop. */
function pageText(blocks: string[][]): { raw_content: string; starts: number[] } {
  const words: string[] = [];
  const starts: number[] = [];
  for (const block of blocks) {
    starts.push(words.length);
    block.forEach((word, i) => words.push(i === block.length - 1 ? `${word} ` : word));
  }
  return { raw_content: words.join('\u200B'), starts };
}

describe('sectionOpening', () => {
  const { raw_content, starts } = pageText([
    ['服刑', '在', '押', '. '],
    ['常见', '说法', '：', '坐牢', '. '],
    ['父亲', '或', '母亲', '现在', '被', '关押', '。'],
    ['要件', '：', '6', '个', '月', '以上', '。'],
    ['依据', '：', '民', '发', '. '],
    ['别', '的', '节', '. '],
    ['别', '的', '话', '。'],
  ]);
  const data: PagefindData = {
    url: '/tiaojian/',
    excerpt: '',
    meta: { title: '认定条件' },
    raw_content,
    anchors: [
      { element: 'h3', id: 'situation-imprisoned-title', text: '服刑在押', location: starts[0] },
      { element: 'p', id: `${EVERYDAY_ID}situation-imprisoned`, text: '', location: starts[1] },
      { element: 'h2', id: 'next', text: '别的节', location: starts[5] },
    ],
  };

  it('gives the heading and the sentences after it, without the 常见说法 line, up to the first block that is not a sentence', () => {
    expect(sectionOpening(data, '/tiaojian/#situation-imprisoned-title')).toEqual({
      heading: '服刑在押',
      text: '父亲或母亲现在被关押。要件：6个月以上。',
    });
  });

  it('nothing for a link without a section, or a section that does not open with a sentence', () => {
    expect(sectionOpening(data, '/tiaojian/')).toBeUndefined();
    const table = pageText([['办事', '指南', '. '], ['项目', '内容', '. '], ['地点', '。']]);
    const anchors = [{ element: 'h2', id: 'g', text: '办事指南', location: 0 }];
    expect(sectionOpening({ ...data, raw_content: table.raw_content, anchors }, '/shenqing/#g')).toBeUndefined();
  });

  it('a full stop inside a pending note’s brackets does not end the opening early', () => {
    const note = pageText([['标准', '. '], ['标准', '是', '1374', '元', '（', '待', '确认', '：', '何时', '执行', '。', '以', '答复', '为准', '）', '。', '另外', '一', '句', '很', '长', '的', '话', '说', '明', '补', '差', '的', '做', '法', '和', '别', '的', '事', '情', '。']]);
    const opening = sectionOpening({ ...data, raw_content: note.raw_content, anchors: [{ element: 'h2', id: 's', text: '标准', location: 0 }] }, '/b/#s');
    expect(opening?.text).toMatch(/^标准是1374元（待确认：何时执行。以答复为准）。/);
    expect(opening?.text).not.toBe('标准是1374元（待确认：何时执行。');
  });
});

describe('answerFor', () => {
  const { raw_content } = pageText([['谁', '可以', '申请', '？'], ['监护', '人', '可以', '申请', '。']]);
  const faq: PagefindData = {
    url: '/wenda/',
    excerpt: '',
    meta: { title: '常见问题' },
    filters: { kind: ['常见问题'] },
    raw_content,
    anchors: [{ element: 'h2', id: 'faq-who-q', text: '谁可以申请？', location: 0 }],
    sub_results: [sub('/wenda/#faq-who-q', '谁可以申请？', [1])],
  };

  it('answers with a FAQ; adds the amount to a money question whose opening lacks it', () => {
    const shown = shapeResult(faq);
    expect(answerFor(faq, shown, [])).toEqual({ url: '/wenda/#faq-who-q', heading: '谁可以申请？', text: '监护人可以申请。' });
    expect(answerFor(faq, shown, [], testLexicon.money)?.amount).toEqual(testLexicon.money);
  });

  it('no answer from a page that is not for families (policy documents, training cases, the home page)', () => {
    const policy = { ...faq, filters: { kind: ['政策文件'] } };
    expect(answerFor(policy, shapeResult(policy), [])).toBeUndefined();
  });

  it('a guide section answers only when its heading names a site word, or a heading or 常见说法 line matched', () => {
    const guide = { ...faq, filters: { kind: ['办事指南'] } };
    expect(answerFor(guide, shapeResult(guide), [])).toBeUndefined();
    expect(answerFor(guide, shapeResult(guide), ['申请'])?.heading).toBe('谁可以申请？');
    const matched = { ...guide, sub_results: [sub('/wenda/#faq-who-q', '谁可以申请？', [1], 8)] };
    expect(answerFor(matched, shapeResult(matched), [])?.text).toBe('监护人可以申请。');
  });

  it('answerAmong: when the best result does not answer, the first FAQ or glossary entry naming a site word does', () => {
    const table = { ...faq, filters: { kind: ['办事指南'] }, raw_content: pageText([['办事', '指南', '. '], ['项目', '. ']]).raw_content };
    const glossary = { ...faq, filters: { kind: ['名词解释'] } };
    const answer = answerAmong([table, glossary], [shapeResult(table), shapeResult(glossary)], ['申请']);
    expect(answer?.text).toBe('监护人可以申请。');
    expect(answerAmong([table, glossary], [shapeResult(table), shapeResult(glossary)], ['户籍'])).toBeUndefined();
  });
});
