/**
 * Stable string keys the engine returns and the pages resolve against content/.
 * Each list is exported as a value too, so content tests can check that every key has its text.
 * Renaming a key is a breaking change for content: add new keys instead.
 */

import type { Outcome, Standing } from './types';

/** A parent's standing, in the order tables and charts walk them: 死亡或失踪, 属于八种情形之一, 不属于八种情形, 还需要确认. */
export const STANDINGS = ['absent', 'qualifying', 'not_qualifying', 'unknown'] as const satisfies readonly Standing[];

/** The outcomes, in the same way: 属于孤儿情形, 符合, 可能符合, 暂不符合. */
export const OUTCOMES = ['orphan', 'eligible', 'possibly_eligible', 'not_eligible'] as const satisfies readonly Outcome[];

// Compile-time checks that the two lists hold every value of the contract's types (no runtime cost).
type Complete<All, Listed> = [Exclude<All, Listed>] extends [never] ? true : false;
export type ListsAreComplete = [
  Complete<Standing, (typeof STANDINGS)[number]>,
  Complete<Outcome, (typeof OUTCOMES)[number]>,
] extends [true, true]
  ? true
  : never;
const listsAreComplete: ListsAreComplete = true;
void listsAreComplete;

/** Content ids of the policy documents the rules rest on (content/documents). */
export const DOCUMENT_IDS = [
  'mz-2019-62', // 民发〔2019〕62号: the first six situations, 死亡/失踪
  'mz-2020-125', // 民发〔2020〕125号: added 被撤销监护资格, 被遣送（驱逐）出境; the police route for 失联
  'yn-2021-51', // 云民发〔2021〕51号: Yunnan's list of all eight situations, in both branches
  'gb-2010-54', // 国办发〔2010〕54号: who is a 孤儿
  'xs-2025-reply', // the district's letter: 未履行抚养义务 wording, 生活困难救助, 一事一议
] as const;
export type DocumentId = (typeof DOCUMENT_IDS)[number];

/** The rule branch that gives one situation its standing: `<situation kind>.<branch>`. */
export const SITUATION_RULE_KEYS = [
  'deceased.absent',
  'missing.absent',
  'severe_disability.grade_1_2',
  'severe_disability.grade_3_4_intellectual_mental',
  'severe_disability.grade_3_4_other',
  'severe_disability.grade_3_4_type_unknown',
  'severe_disability.grade_unknown',
  'serious_illness.on_local_list',
  'serious_illness.not_on_local_list',
  'serious_illness.list_unknown',
  'imprisoned.six_months_or_more',
  'imprisoned.under_six_months',
  'imprisoned.duration_unknown',
  'compulsory_rehab.six_months_or_more',
  'compulsory_rehab.under_six_months',
  'compulsory_rehab.duration_unknown',
  'restricted.six_months_or_more',
  'restricted.under_six_months',
  'restricted.duration_unknown',
  'lost_contact.not_reported',
  'lost_contact.under_six_months',
  'lost_contact.reported_six_months',
  'lost_contact.details_unknown',
  'guardianship_revoked.qualifying',
  'deported.not_supporting_child',
  'deported.supports_child',
  'deported.support_unknown',
  'unknown.unknown',
] as const;
export type SituationRuleKey = (typeof SITUATION_RULE_KEYS)[number];

/** The rule branch that gives a parent a standing from their list. */
export const PARENT_RULE_KEYS = [
  'parent.any_absent', // at least one situation makes the parent absent
  'parent.any_qualifying', // none absent, at least one qualifying
  'parent.any_unknown', // none absent or qualifying, at least one not known
  'parent.none_qualifying', // every situation given is not qualifying
  'parent.none_applies', // the empty list: none of the situations applies
] as const;
export type ParentRuleKey = (typeof PARENT_RULE_KEYS)[number];

/** The rule branch that decides the outcome. */
export const OUTCOME_RULE_KEYS = [
  'outcome.not_under_18', // the child is 18 or older
  'outcome.both_absent', // both parents dead or declared missing: 孤儿
  'outcome.both_qualifying', // definition branch (A)
  'outcome.one_absent_other_qualifying', // definition branch (B)
  'outcome.parent_not_qualifying',
  'outcome.parent_unknown',
] as const;
export type OutcomeRuleKey = (typeof OUTCOME_RULE_KEYS)[number];

/** Every rule key, for a page that maps all of them to text in one record. */
export type RuleKey = SituationRuleKey | ParentRuleKey | OutcomeRuleKey;

/** Items to prepare whatever the situations are (the proofs per situation kind come from content). */
export const GENERAL_MATERIALS = [
  'application_form', // 《事实无人抚养儿童基本生活补贴申请表》
] as const;
export type GeneralMaterial = (typeof GENERAL_MATERIALS)[number];

/** What to do next. */
export const NEXT_STEPS = [
  'clarify_unknowns', // find out what the family answered 不清楚 (the 儿童主任 can help)
  'report_lost_contact_to_police', // 失联: ask the police to accept a search request and give a receipt
  'apply_at_hukou_street', // apply at the 街道办事处 / 乡镇 of the child's 户籍
  'apply_anywhere_kuasheng', // or at any 街道/乡镇 nationwide (跨省通办)
  'orphan_recognition', // apply for 孤儿认定 instead
  'orphan_possible', // one parent dead or missing, the other not known: if that parent cannot be found either, 孤儿
  'hardship_assistance', // 生活困难救助 for children who do not qualify
  'case_by_case', // special situations: 一事一议 by the district's child protection group
  'over18_schooling', // 18 or older: ask about children still in full-time school
  'ask_child_director', // the community's 儿童主任
  'ask_child_supervisor', // the 街道's 儿童督导员
  'district_decides', // the 区民政局 decides; this result is a first estimate
] as const;
export type NextStep = (typeof NEXT_STEPS)[number];
