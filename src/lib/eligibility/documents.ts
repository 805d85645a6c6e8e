/**
 * Which policy documents each rule rests on, as content ids (content/documents).
 * The Yunnan notice lists all eight situations in both branches of the definition, so it is cited for every one.
 */
import type { DocumentId, OutcomeRuleKey } from './keys';
import type { SituationKind } from './types';

const FIRST_SIX: readonly DocumentId[] = ['mz-2019-62', 'yn-2021-51']; // 民发〔2019〕62号 + 云民发〔2021〕51号
const ADDED_2020: readonly DocumentId[] = ['mz-2020-125', 'yn-2021-51']; // added by 民发〔2020〕125号
const DEFINITION: readonly DocumentId[] = ['mz-2019-62', 'mz-2020-125', 'yn-2021-51']; // the whole definition

export const SITUATION_DOCUMENTS: { readonly [K in SituationKind]: readonly DocumentId[] } = {
  deceased: FIRST_SIX, // 死亡 as defined in 民发〔2019〕62号
  missing: FIRST_SIX, // 失踪 (court-declared) as defined there
  severe_disability: FIRST_SIX,
  serious_illness: FIRST_SIX,
  imprisoned: FIRST_SIX,
  compulsory_rehab: FIRST_SIX,
  restricted: FIRST_SIX,
  lost_contact: DEFINITION, // 失联 is one of the first six; 民发〔2020〕125号 sets the police procedure
  guardianship_revoked: ADDED_2020,
  deported: [...ADDED_2020, 'xs-2025-reply'], // the district letter's wording "且未履行抚养义务"
  unknown: DEFINITION, // not known yet: the whole definition it will be checked against
};

export const OUTCOME_DOCUMENTS: { readonly [K in OutcomeRuleKey]: readonly DocumentId[] } = {
  'outcome.not_under_18': DEFINITION, // 未满18周岁
  'outcome.both_absent': ['gb-2010-54'], // 孤儿
  'outcome.both_qualifying': DEFINITION, // branch (A)
  'outcome.one_absent_other_qualifying': DEFINITION, // branch (B)
  'outcome.parent_not_qualifying': [...DEFINITION, 'xs-2025-reply'], // the letter: 生活困难救助, 一事一议
  'outcome.parent_unknown': DEFINITION,
};
