/**
 * The case library and the rules can never drift apart: every case's answers, run through the engine's assess,
 * give the outcome the case expects. The cases together cover every situation kind, every outcome and every trap;
 * cases that touch an unconfirmed point say so; a malformed case fails validation naming the file and the field.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { findPending } from '../../src/lib/pending';
import { describe, expect, it } from 'vitest';
import { assess, SITUATION_KINDS } from '../../src/lib/eligibility';
import { missingCoverage, type CaseFacts } from '../../src/lib/training/cases';
import { OUTCOMES } from '../../src/lib/eligibility/keys';
import { TRAP_KEYS } from '../../src/lib/training/traps';
import { listContentFiles, problemAt, repoRoot, validateFile } from '../support/content';
import { readCases } from '../support/training-content';

const cases = readCases();
const facts = (): CaseFacts[] =>
  cases.map(({ id, data }) => ({ id, answers: data.answers as CaseFacts['answers'], expected: data.expected, traps: data.traps ?? [] }));

describe('the case library', () => {
  it('holds at least 16 cases', () => expect(cases.length).toBeGreaterThanOrEqual(16));

  it.each(cases.map((c) => [c.file, c.data.title, c]))('%s（%s）passes the case schema', (_file, _title, c) => {
    expect(validateFile(join(repoRoot, c.file))).toEqual([]);
  });
});

describe('every case agrees with the rules (answers → assess → outcome = expected)', () => {
  it.each(cases.map((c) => [c.id, c.data.title, c.data.expected, c]))('%s（%s）→ %s', (_id, title, expected, c) => {
    const { outcome } = assess(c.data.answers);
    expect(outcome, `${c.file}（${title}）: the rules give “${outcome}”, the case expects “${expected}”`).toBe(expected);
  });
});

describe('the cases together cover the rules and the traps', () => {
  it('every situation kind, every outcome and every trap appears in at least one case', () => {
    expect(missingCoverage(facts())).toEqual({ kinds: [], outcomes: [], traps: [] });
  });

  it('the coverage check itself reports what a smaller library would miss', () => {
    const onlyFirst = missingCoverage(facts().slice(0, 1));
    expect(onlyFirst.outcomes.length).toBe(OUTCOMES.length - 1);
    expect(onlyFirst.kinds.length).toBeGreaterThan(SITUATION_KINDS.length / 2);
    expect(onlyFirst.traps.length).toBeGreaterThan(TRAP_KEYS.length / 2);
  });

  it('each of the traps the training kit names has its case, with the outcome the rules give it', () => {
    const byTrap = (trap: string) => cases.filter((c) => (c.data.traps ?? []).includes(trap as never));
    const expectations: Array<[trap: string, outcome: string]> = [
      ['grade3_physical', 'not_eligible'],
      ['missing_without_court', 'eligible'],
      ['dead_and_declared_missing', 'orphan'],
      ['detention_under_6_months', 'not_eligible'],
      ['lost_contact_under_6_months', 'not_eligible'],
      ['lost_contact_not_reported', 'possibly_eligible'],
      ['deported_still_supports', 'not_eligible'],
      ['one_of_two_qualifies', 'eligible'],
      ['over_18_in_school', 'not_eligible'],
      ['guardianship_abuse', 'not_eligible'],
    ];
    for (const [trap, outcome] of expectations) {
      const found = byTrap(trap);
      expect(found.length, `no case is tagged ${trap}`).toBeGreaterThan(0);
      for (const c of found) expect(assess(c.data.answers).outcome, `${c.file} (${trap})`).toBe(outcome);
    }
    const differentParents = byTrap('different_situations').filter((c) => {
      const answers = c.data.answers as CaseFacts['answers'];
      return answers.father[0]?.kind !== answers.mother[0]?.kind;
    });
    expect(differentParents.length, 'no case has the parents in different situations').toBeGreaterThan(0);
    expect(byTrap('hukou_elsewhere').every((c) => c.data.kuasheng === true), 'the 户籍-elsewhere case is flagged kuasheng').toBe(true);
  });

  it('the guardianship-abuse case has parents in no situation at all, and leads to 一事一议', () => {
    for (const c of cases.filter((c) => (c.data.traps ?? []).includes('guardianship_abuse'))) {
      const answers = c.data.answers as CaseFacts['answers'];
      expect([answers.father, answers.mother]).toEqual([[], []]);
      expect(assess(answers).nextSteps).toContain('case_by_case');
    }
  });
});

describe('cases that touch an open question say so (pending), while it is open', () => {
  // The questions of content/pending-topics.yaml a case's answers touch.
  const touches = (c: (typeof cases)[number]): string[] => {
    const answers = c.data.answers as CaseFacts['answers'];
    const situations = [...answers.father, ...answers.mother];
    const topics: string[] = [];
    if (!answers.childUnder18) topics.push('over-18-schooling');
    if (situations.some((s) => s.kind === 'deported')) topics.push('unfulfilled-duty', 'deported-both-parents');
    if (situations.some((s) => s.kind === 'serious_illness')) topics.push('serious-illness-list');
    if (situations.some((s) => s.kind === 'lost_contact' && (s.reportedToPolice !== true || s.sixMonthsOrMore === false))) topics.push('lost-contact-start');
    return topics;
  };
  // A question is open while some marker outside the cases still names it; once the bureau answers, none need it.
  const open = new Set(
    findPending(listContentFiles().filter((path) => !path.includes('/cases/')).map((path) => ({ path, text: readFileSync(path, 'utf8') }))).flatMap(
      (item) => item.topics,
    ),
  );
  const touching = cases.flatMap((c) => {
    const topics = touches(c).filter((topic) => open.has(topic));
    return topics.length > 0 ? [[c.file, topics.join(', '), c] as const] : [];
  });

  it('the rule is not vacuous: some case touches an open question, or none is open', () => {
    expect(touching.length > 0 || open.size === 0).toBe(true);
  });

  it.each(touching)('%s touches %s and carries a pending note naming one of them', (_f, topics, c) => {
    const named = [c.data.pending?.topic ?? []].flat();
    expect(named.filter((topic) => topics.split(', ').includes(topic)), `${c.file}: pending.topic`).not.toEqual([]);
  });
});

describe('a malformed case stops the build, naming the file and the field', () => {
  const fixtures = join(repoRoot, 'tests', 'fixtures', 'bad-content');
  const errorsOf = (name: string) => validateFile(join(fixtures, 'cases', name), fixtures).join('\n');

  it('a value the engine does not accept names the exact field (answers.father.0.grade)', () => {
    expect(errorsOf('bad-grade.md')).toMatch(/content\/cases\/bad-grade\.md 第\d+行，answers\.father\.0\.grade：.*father\[0\]\.grade/);
  });

  it('an expected outcome the rules do not give is rejected at expected', () => {
    expect(errorsOf('wrong-expected.md')).toMatch(/content\/cases\/wrong-expected\.md 第\d+行，expected：与判断规则不一致.*not_eligible/);
  });

  it('an unknown trap tag and a single discussion question are rejected', () => {
    const errors = errorsOf('bad-fields.md');
    expect(errors).toMatch(problemAt('content/cases/bad-fields.md', 'traps.0'));
    expect(errors).toMatch(problemAt('content/cases/bad-fields.md', 'discussion'));
  });
});
