/**
 * A parent's list → standing, and both parents + the child's age → outcome, branch by branch.
 */
import { describe, expect, test } from 'vitest';
import { assess, type Outcome, type OutcomeRuleKey, type ParentRuleKey, type Situation, type Standing } from '../../../src/lib/eligibility';
import { SAMPLE, answers, deceased, deported, disabled, ill, imprisoned, listLabel, lostContact, missing, notKnown, revoked } from './helpers';

describe('一位家长的多种情况 → 家长的结论', () => {
  const cases: [Situation[], Standing, ParentRuleKey][] = [
    [[], 'not_qualifying', 'parent.none_applies'],
    [[ill(false)], 'not_qualifying', 'parent.none_qualifying'],
    [[ill(false), deported(true)], 'not_qualifying', 'parent.none_qualifying'],
    [[ill(false), notKnown()], 'unknown', 'parent.any_unknown'],
    [[notKnown(), ill(false)], 'unknown', 'parent.any_unknown'],
    [[lostContact(null, null), imprisoned(true)], 'qualifying', 'parent.any_qualifying'],
    [[ill(false), revoked()], 'qualifying', 'parent.any_qualifying'],
    [[imprisoned(true), deceased()], 'absent', 'parent.any_absent'],
    [[notKnown(), missing()], 'absent', 'parent.any_absent'],
    [[missing(), ill(false)], 'absent', 'parent.any_absent'],
  ];
  test.each(cases.map((c) => [`父亲: ${listLabel(c[0])} → ${c[1]}`, ...c] as const))(
    '%s',
    (_name, list, standing, rule) => {
      const result = assess(answers(list, [SAMPLE.qualifying]));
      expect(result.parents.father).toBe(standing);
      expect(result.parentRules.father).toBe(rule);
      // The decisive situations are exactly those with the parent's own standing.
      expect(result.reasons.father.map((r) => r.decisive)).toEqual(result.reasons.father.map((r) => r.standing === standing));
    },
  );
});

describe('父母的结论 + 年龄 → 初步判断', () => {
  const standings: Standing[] = ['absent', 'qualifying', 'not_qualifying', 'unknown'];
  // Written out in full, one row per father standing; columns are the mother's standing in the order above.
  const table: Record<Standing, Outcome[]> = {
    absent: /*         */ ['orphan', 'eligible', 'not_eligible', 'possibly_eligible'],
    qualifying: /*     */ ['eligible', 'eligible', 'not_eligible', 'possibly_eligible'],
    not_qualifying: /* */ ['not_eligible', 'not_eligible', 'not_eligible', 'not_eligible'],
    unknown: /*        */ ['possibly_eligible', 'possibly_eligible', 'not_eligible', 'possibly_eligible'],
  };
  const ruleFor = (f: Standing, m: Standing, outcome: Outcome): OutcomeRuleKey =>
    outcome === 'orphan'
      ? 'outcome.both_absent'
      : outcome === 'eligible'
        ? f === 'absent' || m === 'absent'
          ? 'outcome.one_absent_other_qualifying'
          : 'outcome.both_qualifying'
        : outcome === 'not_eligible'
          ? 'outcome.parent_not_qualifying'
          : 'outcome.parent_unknown';

  for (const father of standings) {
    standings.forEach((mother, column) => {
      const outcome = table[father][column];
      test(`未满18, 父亲 ${father}, 母亲 ${mother} → ${outcome}`, () => {
        const result = assess(answers([SAMPLE[father]], [SAMPLE[mother]]));
        expect(result.outcome).toBe(outcome);
        expect(result.basis.rule).toBe(ruleFor(father, mother, outcome));
      });
      test(`已满18, 父亲 ${father}, 母亲 ${mother} → not_eligible`, () => {
        const result = assess(answers([SAMPLE[father]], [SAMPLE[mother]], false));
        expect(result.outcome).toBe('not_eligible');
        expect(result.basis.rule).toBe('outcome.not_under_18');
        expect(result.parents).toEqual({ father, mother }); // standings are still reported
      });
    });
  }

  test('父亲: 都不是, 母亲: 死亡 → not_eligible (the other parent must meet a situation)', () => {
    expect(assess(answers([], [deceased()])).outcome).toBe('not_eligible');
  });
  test('父亲: 重残 一级 其他, 母亲: 宣告失踪 → eligible by branch (B)', () => {
    const result = assess(answers([disabled(1, 'other')], [missing()]));
    expect(result.outcome).toBe('eligible');
    expect(result.basis.rule).toBe('outcome.one_absent_other_qualifying');
  });
  test('父亲: 死亡, 母亲: 宣告失踪 → orphan (孤儿, gb-2010-54)', () => {
    const result = assess(answers([deceased()], [missing()]));
    expect(result.outcome).toBe('orphan');
    expect(result.basis.documentIds).toEqual(['gb-2010-54']);
  });
});
