/**
 * Everyday questions, as families type them, through the site's own search (src/lib/search/ask.ts with the lexicon
 * from content/) over the built index in Node. Each must find the section that answers it among the first three
 * results; at least 90 % must find it first. The figures are printed and written to test-output/search-questions.json.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import type { SearchOutcome } from '../../src/lib/search/as-typed';
import { repoRoot } from '../support/dist';
import { loadPagefindInNode } from '../support/pagefind-node';
import { everydayQuestions, opens, placeOf, type EverydayQuestion } from '../support/search-questions';

const TOP1_MIN = 0.9;
const MIN_QUESTIONS = 60;
const questions = everydayQuestions();
const outcomes = new Map<string, SearchOutcome>();

/** 1-based rank of the first result that opens one of the question's answers, or 0. */
function rankOf(question: EverydayQuestion): number {
  const shown = outcomes.get(question.q)?.shown ?? [];
  return shown.findIndex((result) => question.answers.some((place) => opens(result, place))) + 1;
}

function firstResults(question: EverydayQuestion): string {
  const shown = outcomes.get(question.q)?.shown ?? [];
  return shown.slice(0, 3).map((result) => { const at = placeOf(result); return `${at.page}#${at.section}`; }).join(', ') || '(none)';
}

beforeAll(async () => {
  const pagefind = await loadPagefindInNode();
  for (const question of questions) outcomes.set(question.q, await pagefind.ask(question.q, { limit: 3 }));
});

describe('the question set', () => {
  it(`has at least ${MIN_QUESTIONS} questions, each typed once, covering every way of typing`, () => {
    expect(questions.length).toBeGreaterThanOrEqual(MIN_QUESTIONS);
    expect(new Set(questions.map((q) => q.q)).size).toBe(questions.length);
    const ways = new Set(questions.flatMap((q) => q.typed));
    expect([...ways].sort()).toEqual(['kinship', 'particles', 'spoken', 'typo']);
  });
});

describe('each question finds its answer among the first three results', () => {
  it.each(questions.map((question) => [question.q, question] as const))('%s', (_q, question) => {
    const wanted = question.answers.map((place) => place.label).join(' or ');
    expect(rankOf(question), `wanted ${wanted}; first results: ${firstResults(question)}`).toBeGreaterThan(0);
    expect(rankOf(question)).toBeLessThanOrEqual(3);
  });
});

describe(`at least ${TOP1_MIN * 100} % find their answer first`, () => {
  it('top-1 and top-3 over the whole set', () => {
    const ranks = questions.map(rankOf);
    const top1 = ranks.filter((rank) => rank === 1).length / questions.length;
    const top3 = ranks.filter((rank) => rank >= 1 && rank <= 3).length / questions.length;
    const misses = questions.filter((_, i) => ranks[i] !== 1).map((q) => `${q.q} → ${firstResults(q)}`);
    const report = { questions: questions.length, top1, top3, notFirst: misses };
    mkdirSync(join(repoRoot, 'test-output'), { recursive: true });
    writeFileSync(join(repoRoot, 'test-output', 'search-questions.json'), `${JSON.stringify(report, null, 2)}\n`);
    console.log(`everyday questions: ${questions.length}, top-1 ${(top1 * 100).toFixed(1)} %, top-3 ${(top3 * 100).toFixed(1)} %`);
    expect(top1, `not first:\n${misses.join('\n')}`).toBeGreaterThanOrEqual(TOP1_MIN);
    expect(top3).toBe(1);
  });
});
