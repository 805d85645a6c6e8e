/**
 * How the result leads, derived from the engine's Assessment without changing its outcome: which headline (可能符合
 * is split from 还不能判断), and which answers the family must still find out before anything can be decided.
 */
import type { SituationRuleKey } from '../eligibility/keys';
import type { Assessment, Outcome, Parent, SituationKind } from '../eligibility/types';
import { PARENTS } from './draft';

/**
 * The kind of result a family reads: the engine's outcome, except that 18 or older has its own (不符合), and
 * possibly_eligible reads 还不能判断 (undecided) when answers of 不清楚 decide it, 可能符合 when only a step the
 * family can take is missing (the police report of a parent 失联).
 */
export type ResultKind = Outcome | 'undecided' | 'over_18';
export const RESULT_KINDS = ['orphan', 'eligible', 'possibly_eligible', 'undecided', 'not_eligible', 'over_18'] as const satisfies readonly ResultKind[];

/** The rule branches that leave a situation's standing unknown: each has its own way to find out (content). */
export const FIND_OUT_RULES = [
  'severe_disability.grade_unknown',
  'severe_disability.grade_3_4_type_unknown',
  'serious_illness.list_unknown',
  'imprisoned.duration_unknown',
  'compulsory_rehab.duration_unknown',
  'restricted.duration_unknown',
  'lost_contact.details_unknown',
  'lost_contact.not_reported',
  'deported.support_unknown',
  'unknown.unknown',
] as const satisfies readonly SituationRuleKey[];
export type FindOutRule = (typeof FIND_OUT_RULES)[number];

/** A rule that is no 不清楚: the family answered, and only has a step to take. */
const STEP_ONLY: readonly SituationRuleKey[] = ['lost_contact.not_reported'];

/** One open question that decides the result: whose, which situation, and which rule left it open. */
export interface FindOut {
  parent: Parent;
  situation: SituationKind;
  rule: FindOutRule;
}

/** The open questions that decide a 可能符合 / 还不能判断 result, parent by parent, in answer order; none otherwise. */
export function findOuts(assessment: Assessment): FindOut[] {
  if (assessment.outcome !== 'possibly_eligible') return [];
  return PARENTS.flatMap((parent) =>
    assessment.parents[parent] !== 'unknown'
      ? []
      : assessment.reasons[parent]
          .filter((reason) => reason.standing === 'unknown')
          .map((reason) => ({ parent, situation: reason.situation, rule: reason.rule as FindOutRule })),
  );
}

export function resultKind(assessment: Assessment): ResultKind {
  if (assessment.basis.rule === 'outcome.not_under_18') return 'over_18';
  const open = findOuts(assessment);
  return open.some((item) => !STEP_ONLY.includes(item.rule)) ? 'undecided' : assessment.outcome;
}
