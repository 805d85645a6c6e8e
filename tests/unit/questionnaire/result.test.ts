/**
 * How a result leads (src/lib/questionnaire/result.ts): the kind of result, with 可能符合 split from 还不能判断
 * without touching the engine's outcome, and the open questions that decide it, each with its way to find out.
 */
import { describe, expect, it } from 'vitest';
import { judgeSituation, type Answers, type Situation } from '../../../src/lib/eligibility';
import { FIND_OUT_RULES, RESULT_KINDS, findOuts, resultKind, resultWording } from '../../../src/lib/questionnaire';
import { ALL_SITUATIONS, answers, deceased, disabled, ill, imprisoned, lostContact, notKnown } from '../eligibility/helpers';
import { assess } from './engine';
import { data } from './helpers';

const kindOf = (a: Answers) => resultKind(assess(a));

describe('the kind of result', () => {
  it('18 or older: over_18, whatever the parents', () => expect(kindOf(answers([notKnown()], [imprisoned(null)], false))).toBe('over_18'));

  it('eligible, orphan and not eligible read as the engine says', () => {
    expect(kindOf(answers([imprisoned(true)], [deceased()]))).toBe('eligible');
    expect(kindOf(answers([deceased()], [deceased()]))).toBe('orphan');
    expect(kindOf(answers([imprisoned(true)], []))).toBe('not_eligible');
  });

  it('可能符合 when only a step the family can take is missing: the police report of a parent 失联', () => {
    expect(kindOf(answers([lostContact(false, true)], [deceased()]))).toBe('possibly_eligible');
    expect(kindOf(answers([lostContact(false, true)], [lostContact(false, true)]))).toBe('possibly_eligible');
  });

  it('还不能判断 when an answer of 不清楚 decides it, with or without a report missing too', () => {
    expect(kindOf(answers([imprisoned(null)], [deceased()]))).toBe('undecided');
    expect(kindOf(answers([notKnown()], [imprisoned(true)]))).toBe('undecided');
    expect(kindOf(answers([lostContact(false, true)], [ill(null)]))).toBe('undecided');
    expect(kindOf(answers([lostContact(null, true)], [deceased()]))).toBe('undecided');
  });

  it('never changes the outcome: every pair of single situations, undecided and possibly_eligible only for the engine’s possibly_eligible', () => {
    const problems: string[] = [];
    for (const father of ALL_SITUATIONS) {
      for (const mother of ALL_SITUATIONS) {
        const assessment = assess(answers([father], [mother]));
        const kind = resultKind(assessment);
        const expected = assessment.outcome === 'possibly_eligible' ? ['possibly_eligible', 'undecided'] : [assessment.outcome];
        if (!expected.includes(kind)) problems.push(`${JSON.stringify([father, mother])}: ${kind}`);
        const nulls = [father, mother].some((s) => s.kind === 'unknown' || Object.values(s).includes(null));
        if (kind === 'possibly_eligible' && nulls && findOuts(assessment).some((item) => item.rule !== 'lost_contact.not_reported')) problems.push(`${JSON.stringify([father, mother])}: 可能符合 with 不清楚 deciding`);
      }
    }
    expect(problems).toEqual([]);
  });

  it('the wording of each kind comes from content', () => {
    const { result } = data.text;
    expect(resultWording(data.text, 'over_18')).toBe(result.overAge);
    expect(resultWording(data.text, 'undecided')).toBe(result.undecided);
    for (const outcome of ['orphan', 'eligible', 'possibly_eligible', 'not_eligible'] as const) expect(resultWording(data.text, outcome)).toBe(result.outcomes[outcome]);
    expect(new Set(RESULT_KINDS.map((kind) => resultWording(data.text, kind).headline)).size).toBe(RESULT_KINDS.length);
  });
});

describe('what must be found out first', () => {
  it('each open situation that decides the result, parent by parent, in answer order', () => {
    const a = answers([imprisoned(true)], [ill(false), disabled(3, null), lostContact(false, true)]);
    expect(findOuts(assess(a))).toEqual([
      { parent: 'mother', situation: 'severe_disability', rule: 'severe_disability.grade_3_4_type_unknown' },
      { parent: 'mother', situation: 'lost_contact', rule: 'lost_contact.not_reported' },
    ]); // the 重病 not on the list decides nothing
    const open = answers([imprisoned(null), disabled(null, null)], [deceased()]);
    expect(findOuts(assess(open))).toEqual([
      { parent: 'father', situation: 'imprisoned', rule: 'imprisoned.duration_unknown' },
      { parent: 'father', situation: 'severe_disability', rule: 'severe_disability.grade_unknown' },
    ]);
  });

  it('an open situation that does not decide is left out: the parent already qualifies by another', () =>
    expect(findOuts(assess(answers([imprisoned(true), ill(null)], [notKnown()])))).toEqual([{ parent: 'mother', situation: 'unknown', rule: 'unknown.unknown' }]));

  it('nothing to find out when the result is decided', () => {
    for (const a of [answers([deceased()], [deceased()]), answers([imprisoned(true)], [deceased()]), answers([], [notKnown()])]) {
      expect(findOuts(assess(a))).toEqual([]);
    }
  });

  it('FIND_OUT_RULES is exactly the set of rules that leave a situation open', () => {
    const open = new Set(ALL_SITUATIONS.map((s: Situation) => judgeSituation(s)).filter((v) => v.standing === 'unknown').map((v) => v.rule));
    expect([...open].sort()).toEqual([...FIND_OUT_RULES].sort());
  });
});
