/**
 * The rules, and the only statement of them (the contract is restated in README.md in this folder):
 * one situation → standing; a parent's list → standing; both parents and the child's age → outcome.
 * Each judge returns the result together with the key of the exact branch that decided it.
 */
import type { OutcomeRuleKey, ParentRuleKey, SituationRuleKey } from './keys';
import type { Answers, Outcome, Situation, Standing } from './types';

export interface SituationVerdict {
  standing: Standing;
  rule: SituationRuleKey;
}
export interface ParentVerdict {
  standing: Standing;
  rule: ParentRuleKey;
}
export interface OutcomeVerdict {
  outcome: Outcome;
  rule: OutcomeRuleKey;
}

type Grade = Extract<Situation, { kind: 'severe_disability' }>['grade'];
type DisabilityType = Extract<Situation, { kind: 'severe_disability' }>['type'];

// 重残: 一级、二级残疾, or 三级、四级精神或智力残疾.
const isGradeOneOrTwo = (grade: Grade) => grade === 1 || grade === 2;
const isGradeThreeOrFour = (grade: Grade) => grade === 3 || grade === 4;
const isMentalOrIntellectual = (type: DisabilityType) => type === 'intellectual' || type === 'mental';

function judgeSevereDisability(grade: Grade, type: DisabilityType): SituationVerdict {
  if (isGradeOneOrTwo(grade)) return { standing: 'qualifying', rule: 'severe_disability.grade_1_2' };
  if (isGradeThreeOrFour(grade)) {
    if (type === null) return { standing: 'unknown', rule: 'severe_disability.grade_3_4_type_unknown' };
    return isMentalOrIntellectual(type)
      ? { standing: 'qualifying', rule: 'severe_disability.grade_3_4_intellectual_mental' }
      : { standing: 'not_qualifying', rule: 'severe_disability.grade_3_4_other' };
  }
  return { standing: 'unknown', rule: 'severe_disability.grade_unknown' };
}

// 重病: on the local list of serious illnesses.
function judgeSeriousIllness(onLocalList: boolean | null): SituationVerdict {
  if (onLocalList === null) return { standing: 'unknown', rule: 'serious_illness.list_unknown' };
  return onLocalList
    ? { standing: 'qualifying', rule: 'serious_illness.on_local_list' }
    : { standing: 'not_qualifying', rule: 'serious_illness.not_on_local_list' };
}

// 服刑在押、强制隔离戒毒、被执行其他限制人身自由的措施: for six months or more.
function judgeLossOfLiberty(
  kind: 'imprisoned' | 'compulsory_rehab' | 'restricted',
  sixMonthsOrMore: boolean | null,
): SituationVerdict {
  if (sixMonthsOrMore === null) return { standing: 'unknown', rule: `${kind}.duration_unknown` };
  return sixMonthsOrMore
    ? { standing: 'qualifying', rule: `${kind}.six_months_or_more` }
    : { standing: 'not_qualifying', rule: `${kind}.under_six_months` };
}

// 失联: lost contact and not performing duties for six months or more. The police report is the proof, not an
// extra condition: a family that has not reported yet is "unknown" (report first), never "not qualifying".
function judgeLostContact(reportedToPolice: boolean | null, sixMonthsOrMore: boolean | null): SituationVerdict {
  if (sixMonthsOrMore === false) return { standing: 'not_qualifying', rule: 'lost_contact.under_six_months' };
  if (reportedToPolice === true && sixMonthsOrMore === true) {
    return { standing: 'qualifying', rule: 'lost_contact.reported_six_months' };
  }
  if (reportedToPolice === false) return { standing: 'unknown', rule: 'lost_contact.not_reported' };
  return { standing: 'unknown', rule: 'lost_contact.details_unknown' };
}

// 被遣送（驱逐）出境 and not performing the duty to support the child.
function judgeDeported(supportsChild: boolean | null): SituationVerdict {
  if (supportsChild === null) return { standing: 'unknown', rule: 'deported.support_unknown' };
  return supportsChild
    ? { standing: 'not_qualifying', rule: 'deported.supports_child' }
    : { standing: 'qualifying', rule: 'deported.not_supporting_child' };
}

/** One situation → standing. */
export function judgeSituation(situation: Situation): SituationVerdict {
  switch (situation.kind) {
    case 'deceased':
      return { standing: 'absent', rule: 'deceased.absent' };
    case 'missing':
      return { standing: 'absent', rule: 'missing.absent' };
    case 'severe_disability':
      return judgeSevereDisability(situation.grade, situation.type);
    case 'serious_illness':
      return judgeSeriousIllness(situation.onLocalList);
    case 'imprisoned':
    case 'compulsory_rehab':
    case 'restricted':
      return judgeLossOfLiberty(situation.kind, situation.sixMonthsOrMore);
    case 'lost_contact':
      return judgeLostContact(situation.reportedToPolice, situation.sixMonthsOrMore);
    case 'guardianship_revoked':
      return { standing: 'qualifying', rule: 'guardianship_revoked.qualifying' };
    case 'deported':
      return judgeDeported(situation.supportsChild);
    case 'unknown':
      return { standing: 'unknown', rule: 'unknown.unknown' };
  }
}

/** A parent's standing from the standings of their situations. */
export function judgeStandings(standings: readonly Standing[]): ParentVerdict {
  if (standings.includes('absent')) return { standing: 'absent', rule: 'parent.any_absent' };
  if (standings.includes('qualifying')) return { standing: 'qualifying', rule: 'parent.any_qualifying' };
  if (standings.includes('unknown')) return { standing: 'unknown', rule: 'parent.any_unknown' };
  if (standings.length === 0) return { standing: 'not_qualifying', rule: 'parent.none_applies' };
  return { standing: 'not_qualifying', rule: 'parent.none_qualifying' };
}

/** A parent's standing from their list of situations. */
export function judgeParent(situations: readonly Situation[]): ParentVerdict {
  return judgeStandings(situations.map((situation) => judgeSituation(situation).standing));
}

const isAbsentOrQualifying = (standing: Standing) => standing === 'absent' || standing === 'qualifying';

/** The outcome from the child's age and both parents' standings. The order of the branches matters. */
export function judgeOutcome(childUnder18: boolean, father: Standing, mother: Standing): OutcomeVerdict {
  if (!childUnder18) return { outcome: 'not_eligible', rule: 'outcome.not_under_18' };
  if (father === 'absent' && mother === 'absent') return { outcome: 'orphan', rule: 'outcome.both_absent' };
  if (isAbsentOrQualifying(father) && isAbsentOrQualifying(mother)) {
    const oneAbsent = father === 'absent' || mother === 'absent';
    return { outcome: 'eligible', rule: oneAbsent ? 'outcome.one_absent_other_qualifying' : 'outcome.both_qualifying' };
  }
  if (father === 'not_qualifying' || mother === 'not_qualifying') {
    return { outcome: 'not_eligible', rule: 'outcome.parent_not_qualifying' };
  }
  return { outcome: 'possibly_eligible', rule: 'outcome.parent_unknown' };
}

/** The outcome of a whole set of (valid) answers. */
export function judgeAnswers(answers: Answers): Outcome {
  return judgeOutcome(answers.childUnder18, judgeParent(answers.father).standing, judgeParent(answers.mother).standing)
    .outcome;
}
