/**
 * Test helpers for the eligibility engine: builders that read like the questionnaire, Chinese labels for
 * test names, an independent enumeration of every concrete Situation, and an ORACLE written from the policy
 * (the definition in 民发〔2019〕62号 and 民发〔2020〕125号, as src/lib/eligibility/README.md restates it) as tables,
 * independently of src/lib/eligibility/rules.ts.
 */
import type { Answers, Situation, Standing } from '../../../src/lib/eligibility';

type Tri = boolean | null;
type Grade = 1 | 2 | 3 | 4 | null;
type DisabilityType = 'intellectual' | 'mental' | 'other' | null;

// ---- Builders -------------------------------------------------------------------------------------------
export const deceased = (): Situation => ({ kind: 'deceased' });
export const missing = (): Situation => ({ kind: 'missing' });
export const disabled = (grade: Grade, type: DisabilityType): Situation => ({ kind: 'severe_disability', grade, type });
export const ill = (onLocalList: Tri): Situation => ({ kind: 'serious_illness', onLocalList });
export const imprisoned = (sixMonthsOrMore: Tri): Situation => ({ kind: 'imprisoned', sixMonthsOrMore });
export const inRehab = (sixMonthsOrMore: Tri): Situation => ({ kind: 'compulsory_rehab', sixMonthsOrMore });
export const restricted = (sixMonthsOrMore: Tri): Situation => ({ kind: 'restricted', sixMonthsOrMore });
export const lostContact = (reportedToPolice: Tri, sixMonthsOrMore: Tri): Situation => ({
  kind: 'lost_contact',
  reportedToPolice,
  sixMonthsOrMore,
});
export const revoked = (): Situation => ({ kind: 'guardianship_revoked' });
export const deported = (supportsChild: Tri): Situation => ({ kind: 'deported', supportsChild });
export const notKnown = (): Situation => ({ kind: 'unknown' });

export function answers(father: Situation[], mother: Situation[], childUnder18 = true): Answers {
  return { childUnder18, father, mother };
}

/** One situation of each standing, to fill the other parent's side. */
export const SAMPLE: Record<Standing, Situation> = {
  absent: deceased(),
  qualifying: imprisoned(true),
  not_qualifying: ill(false),
  unknown: notKnown(),
};

// ---- Labels for test names ------------------------------------------------------------------------------
const KIND_LABEL: Record<Situation['kind'], string> = {
  deceased: '死亡',
  missing: '宣告失踪',
  severe_disability: '重残',
  serious_illness: '重病',
  imprisoned: '服刑在押',
  compulsory_rehab: '强制隔离戒毒',
  restricted: '限制人身自由',
  lost_contact: '失联',
  guardianship_revoked: '撤销监护资格',
  deported: '被遣送出境',
  unknown: '不清楚',
};
const GRADE_LABEL = { 1: '一级', 2: '二级', 3: '三级', 4: '四级' } as const;
const TYPE_LABEL = { intellectual: '智力', mental: '精神', other: '其他' } as const;
const tri = (value: Tri, yes: string, no: string, unknown: string) => (value === null ? unknown : value ? yes : no);

export function label(s: Situation): string {
  const name = KIND_LABEL[s.kind];
  switch (s.kind) {
    case 'severe_disability':
      return `${name} ${s.grade === null ? '等级不清楚' : GRADE_LABEL[s.grade]} ${s.type === null ? '类别不清楚' : TYPE_LABEL[s.type]}`;
    case 'serious_illness':
      return `${name} ${tri(s.onLocalList, '在本地重病范围', '不在本地重病范围', '是否在范围不清楚')}`;
    case 'imprisoned':
    case 'compulsory_rehab':
    case 'restricted':
      return `${name} ${tri(s.sixMonthsOrMore, '满6个月', '不满6个月', '时长不清楚')}`;
    case 'lost_contact':
      return `${name} ${tri(s.reportedToPolice, '已报警', '未报警', '是否报警不清楚')} ${tri(s.sixMonthsOrMore, '满6个月', '不满6个月', '时长不清楚')}`;
    case 'deported':
      return `${name} ${tri(s.supportsChild, '仍抚养孩子', '未履行抚养义务', '是否抚养不清楚')}`;
    default:
      return name;
  }
}

export const listLabel = (list: Situation[]) => (list.length ? list.map(label).join(' + ') : '都不是');

// ---- Every concrete Situation (48), enumerated here independently of the engine's tables ---------------
const TRI: Tri[] = [true, false, null];
const GRADES: Grade[] = [1, 2, 3, 4, null];
const TYPES: DisabilityType[] = ['intellectual', 'mental', 'other', null];

export const ALL_SITUATIONS: Situation[] = [
  deceased(),
  missing(),
  ...GRADES.flatMap((g) => TYPES.map((t) => disabled(g, t))),
  ...TRI.map(ill),
  ...TRI.map(imprisoned),
  ...TRI.map(inRehab),
  ...TRI.map(restricted),
  ...TRI.flatMap((r) => TRI.map((m) => lostContact(r, m))),
  revoked(),
  ...TRI.map(deported),
  notKnown(),
];

/** Every list of length 0, 1 and 2 (ordered, repeats allowed): 1 + 48 + 48² = 2353 lists. */
export const ALL_LISTS: Situation[][] = [
  [],
  ...ALL_SITUATIONS.map((s) => [s]),
  ...ALL_SITUATIONS.flatMap((a) => ALL_SITUATIONS.map((b) => [a, b])),
];

// ---- The oracle ------------------------------------------------------------------------------------------
// Q = meets one of the eight situations, N = does not, ? = not known (the family answered 不清楚).
// 重残: 一二级残疾, or 三四级精神、智力残疾 (民发〔2019〕62号).
//                      intellectual mental other  null
const DISABILITY_TABLE = {
  1: /*   */ ['Q', 'Q', 'Q', 'Q'],
  2: /*   */ ['Q', 'Q', 'Q', 'Q'],
  3: /*   */ ['Q', 'Q', 'N', '?'],
  4: /*   */ ['Q', 'Q', 'N', '?'],
  null: /**/ ['?', '?', '?', '?'],
} as const;
// 失联: reported to the police AND six months or more.
//                 six: true  false  null
// 失联 (rows: reported to the police yes/no/不清楚; columns: six months yes/no/不清楚). Under six months is not yet
// 失联; the police report is the proof, not a condition, so "not reported" leaves it open (open question lost-contact-start).
const LOST_CONTACT_TABLE = {
  true: /*  */ ['Q', 'N', '?'],
  false: /* */ ['?', 'N', '?'],
  null: /*  */ ['?', 'N', '?'],
} as const;
const LETTER: Record<string, Standing> = { Q: 'qualifying', N: 'not_qualifying', '?': 'unknown' };
const triIndex = (v: Tri) => (v === true ? 0 : v === false ? 1 : 2);
// "Yes it happened" answers that meet the definition: true for most, false for 被遣送 (未履行抚养义务).
const yesMeets = (v: Tri): Standing => (v === null ? 'unknown' : v ? 'qualifying' : 'not_qualifying');

export function oracleSituation(s: Situation): Standing {
  switch (s.kind) {
    case 'deceased':
    case 'missing':
      return 'absent';
    case 'severe_disability':
      return LETTER[DISABILITY_TABLE[String(s.grade) as keyof typeof DISABILITY_TABLE][TYPES.indexOf(s.type)]];
    case 'serious_illness':
      return yesMeets(s.onLocalList);
    case 'imprisoned':
    case 'compulsory_rehab':
    case 'restricted':
      return yesMeets(s.sixMonthsOrMore);
    case 'lost_contact':
      return LETTER[LOST_CONTACT_TABLE[String(s.reportedToPolice) as 'true'][triIndex(s.sixMonthsOrMore)]];
    case 'guardianship_revoked':
      return 'qualifying';
    case 'deported':
      return s.supportsChild === null ? 'unknown' : s.supportsChild ? 'not_qualifying' : 'qualifying';
    case 'unknown':
      return 'unknown';
  }
}

/** A parent: dead or declared missing beats everything; then meeting a situation; then not knowing. */
export function oracleParent(list: Situation[]): Standing {
  const standings = list.map(oracleSituation);
  for (const standing of ['absent', 'qualifying', 'unknown'] as const) if (standings.includes(standing)) return standing;
  return 'not_qualifying';
}
