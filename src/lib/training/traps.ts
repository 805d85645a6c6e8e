/**
 * The traps a training case can be tagged with: the mistakes trainees commonly make. Their labels live in
 * content/training.yaml; the case library must cover every one (tests/unit/training/cases.test.ts).
 */
export const TRAP_KEYS = [
  'grade3_physical', // 三级、四级的肢体等其他类别残疾 is not 重残
  'missing_without_court', // "missing" without a court declaration is 失联, not 失踪
  'dead_and_declared_missing', // one parent dead, the other declared missing: 孤儿
  'detention_under_6_months', // held for less than 6 months
  'lost_contact_under_6_months', // lost contact, reported, but not yet 6 months
  'lost_contact_not_reported', // lost contact, never reported to the police
  'deported_still_supports', // deported but still supporting the child
  'different_situations', // the two parents in different situations
  'one_of_two_qualifies', // a parent with two situations, only one of which qualifies
  'over_18_in_school', // 18 or older, still at school
  'guardianship_abuse', // guardianship abuse, parents in no situation: 一事一议 and the protection route
  'hukou_elsewhere', // 户籍 elsewhere: 跨省通办
  'one_parent_can_raise', // one parent can raise the child
  'facts_unknown', // something is not known yet
] as const;
export type TrapKey = (typeof TRAP_KEYS)[number];
