/**
 * One situation → standing, every rule of the contract (src/lib/eligibility/README.md) at its boundary.
 * Each case asks the engine about one parent (the other parent fixed) and checks the standing and the rule key.
 */
import { describe, expect, test } from 'vitest';
import { assess, type Situation, type SituationRuleKey, type Standing } from '../../../src/lib/eligibility';
import {
  SAMPLE, answers, deceased, deported, disabled, ill, imprisoned, inRehab, label, lostContact, missing, notKnown,
  restricted, revoked,
} from './helpers';

type Case = [Situation, Standing, SituationRuleKey];

function expectStanding([situation, standing, rule]: Case) {
  // Father side, then mother side: the rules must not depend on which parent it is.
  const asFather = assess(answers([situation], [SAMPLE.qualifying]));
  expect(asFather.parents.father).toBe(standing);
  expect(asFather.reasons.father).toEqual([expect.objectContaining({ situation: situation.kind, standing, rule })]);
  const asMother = assess(answers([SAMPLE.qualifying], [situation]));
  expect(asMother.parents.mother).toBe(standing);
  expect(asMother.reasons.mother[0].rule).toBe(rule);
}

const groups: Record<string, Case[]> = {
  '死亡、宣告失踪': [
    [deceased(), 'absent', 'deceased.absent'],
    [missing(), 'absent', 'missing.absent'],
  ],
  '重残: 一二级, 或三四级精神、智力': [
    [disabled(1, 'other'), 'qualifying', 'severe_disability.grade_1_2'],
    [disabled(1, null), 'qualifying', 'severe_disability.grade_1_2'],
    [disabled(2, 'other'), 'qualifying', 'severe_disability.grade_1_2'],
    [disabled(2, null), 'qualifying', 'severe_disability.grade_1_2'],
    [disabled(2, 'mental'), 'qualifying', 'severe_disability.grade_1_2'],
    [disabled(3, 'intellectual'), 'qualifying', 'severe_disability.grade_3_4_intellectual_mental'],
    [disabled(3, 'mental'), 'qualifying', 'severe_disability.grade_3_4_intellectual_mental'],
    [disabled(4, 'intellectual'), 'qualifying', 'severe_disability.grade_3_4_intellectual_mental'],
    [disabled(4, 'mental'), 'qualifying', 'severe_disability.grade_3_4_intellectual_mental'],
    [disabled(3, 'other'), 'not_qualifying', 'severe_disability.grade_3_4_other'],
    [disabled(4, 'other'), 'not_qualifying', 'severe_disability.grade_3_4_other'],
    [disabled(3, null), 'unknown', 'severe_disability.grade_3_4_type_unknown'],
    [disabled(4, null), 'unknown', 'severe_disability.grade_3_4_type_unknown'],
    [disabled(null, 'intellectual'), 'unknown', 'severe_disability.grade_unknown'],
    [disabled(null, 'mental'), 'unknown', 'severe_disability.grade_unknown'],
    [disabled(null, 'other'), 'unknown', 'severe_disability.grade_unknown'],
    [disabled(null, null), 'unknown', 'severe_disability.grade_unknown'],
  ],
  '重病: 在本地重病范围': [
    [ill(true), 'qualifying', 'serious_illness.on_local_list'],
    [ill(false), 'not_qualifying', 'serious_illness.not_on_local_list'],
    [ill(null), 'unknown', 'serious_illness.list_unknown'],
  ],
  '服刑在押、强制隔离戒毒、限制人身自由: 满6个月': [
    [imprisoned(true), 'qualifying', 'imprisoned.six_months_or_more'],
    [imprisoned(false), 'not_qualifying', 'imprisoned.under_six_months'],
    [imprisoned(null), 'unknown', 'imprisoned.duration_unknown'],
    [inRehab(true), 'qualifying', 'compulsory_rehab.six_months_or_more'],
    [inRehab(false), 'not_qualifying', 'compulsory_rehab.under_six_months'],
    [inRehab(null), 'unknown', 'compulsory_rehab.duration_unknown'],
    [restricted(true), 'qualifying', 'restricted.six_months_or_more'],
    [restricted(false), 'not_qualifying', 'restricted.under_six_months'],
    [restricted(null), 'unknown', 'restricted.duration_unknown'],
  ],
  '失联: 满6个月才算; 报警是证明, 未报警 → 还需确认': [
    [lostContact(true, true), 'qualifying', 'lost_contact.reported_six_months'],
    [lostContact(false, true), 'unknown', 'lost_contact.not_reported'],
    [lostContact(false, false), 'not_qualifying', 'lost_contact.under_six_months'],
    [lostContact(false, null), 'unknown', 'lost_contact.not_reported'],
    [lostContact(true, false), 'not_qualifying', 'lost_contact.under_six_months'],
    [lostContact(null, false), 'not_qualifying', 'lost_contact.under_six_months'],
    [lostContact(true, null), 'unknown', 'lost_contact.details_unknown'],
    [lostContact(null, true), 'unknown', 'lost_contact.details_unknown'],
    [lostContact(null, null), 'unknown', 'lost_contact.details_unknown'],
  ],
  '撤销监护资格': [[revoked(), 'qualifying', 'guardianship_revoked.qualifying']],
  '被遣送出境: 且未履行抚养义务': [
    [deported(false), 'qualifying', 'deported.not_supporting_child'],
    [deported(true), 'not_qualifying', 'deported.supports_child'],
    [deported(null), 'unknown', 'deported.support_unknown'],
  ],
  '不清楚父/母的情况': [[notKnown(), 'unknown', 'unknown.unknown']],
};

for (const [group, cases] of Object.entries(groups)) {
  describe(group, () => {
    test.each(cases.map((c) => [`父亲/母亲: ${label(c[0])} → ${c[1]}`, c] as const))('%s', (_name, c) =>
      expectStanding(c),
    );
  });
}
