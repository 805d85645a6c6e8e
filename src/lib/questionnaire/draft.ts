/**
 * The answers while the family is still answering (a Draft), and the conversions to and from the engine's Answers.
 * A Draft keeps follow-up answers of situations that were later unticked, so ticking them again restores them.
 */
import { SITUATION_FIELDS } from '../eligibility/schema';
import type { Answers, Parent, QualifierField, QualifierValue, Situation, SituationKind } from '../eligibility/types';
import { isConsistent } from './values';

export const PARENTS: readonly Parent[] = ['father', 'mother'];

export interface Draft {
  childUnder18?: boolean; // undefined until answered
  father?: SituationKind[]; // ticked kinds in table order; [] = 以上都没有; ['unknown'] = 不清楚
  mother?: SituationKind[];
  details: Record<string, QualifierValue>; // follow-up answers by detailKey()
  aliases?: Record<string, string>; // by detailKey(): the option chosen when it stands for another value (多重残疾)
}

export const emptyDraft = (): Draft => ({ details: {} });

export function detailKey(parent: Parent, kind: SituationKind, field: QualifierField): string {
  return `${parent}.${kind}.${field}`;
}

/**
 * The follow-up questions of a situation in the order they are asked. 失联 asks first whether six months have
 * passed (the condition itself), then about the police report (its proof); other situations keep the engine's order.
 */
export function askedFields(kind: SituationKind): readonly QualifierField[] {
  return kind === 'lost_contact' ? ['sixMonthsOrMore', 'reportedToPolice'] : SITUATION_FIELDS[kind];
}

/**
 * Whether a follow-up question is asked, given the answers before it: the disability type only for grade 3 or 4
 * (grades 1 and 2 are 重残 whatever the type); 失联's police report only unless it is under six months, which is
 * not 失联 whatever the report.
 */
export function isAsked(draft: Draft, parent: Parent, kind: SituationKind, field: QualifierField): boolean {
  const before = (f: QualifierField) => draft.details[detailKey(parent, kind, f)];
  if (field === 'type') return before('grade') === 3 || before('grade') === 4;
  if (kind === 'lost_contact' && field === 'reportedToPolice') return before('sixMonthsOrMore') !== false;
  return true;
}

/** The engine's Answers once every question asked has an answer, else undefined. Questions not asked count as null. */
export function answersOf(draft: Draft): Answers | undefined {
  if (draft.childUnder18 === undefined) return undefined;
  if (!draft.childUnder18) return { childUnder18: false, father: [], mother: [] };
  const father = situationsOf(draft, 'father');
  const mother = situationsOf(draft, 'mother');
  return father && mother ? { childUnder18: true, father, mother } : undefined;
}

function situationsOf(draft: Draft, parent: Parent): Situation[] | undefined {
  const kinds = draft[parent];
  if (!kinds) return undefined;
  const situations: Situation[] = [];
  for (const kind of kinds) {
    const situation: Record<string, unknown> = { kind };
    for (const field of SITUATION_FIELDS[kind]) {
      const value = isAsked(draft, parent, kind, field) ? draft.details[detailKey(parent, kind, field)] : null;
      if (value === undefined) return undefined;
      situation[field] = value;
    }
    situations.push(situation as Situation);
  }
  return situations;
}

/**
 * The Draft for valid Answers (from a share link), or undefined for answers the questionnaire cannot build: the same
 * situation twice, or a contradiction (死亡, 失踪 or 不清楚 together with anything else for one parent).
 * Fields the questionnaire would not ask are dropped: the engine ignores them.
 */
export function draftOf(answers: Answers): Draft | undefined {
  const draft: Draft = { childUnder18: answers.childUnder18, details: {} };
  if (!answers.childUnder18) return draft;
  for (const parent of PARENTS) {
    const kinds = answers[parent].map((situation) => situation.kind);
    if (new Set(kinds).size !== kinds.length || !isConsistent(kinds)) return undefined;
    draft[parent] = [...kinds].sort(byTableOrder);
    for (const situation of answers[parent]) {
      for (const field of SITUATION_FIELDS[situation.kind]) {
        draft.details[detailKey(parent, situation.kind, field)] = (situation as Record<string, unknown>)[field] as QualifierValue;
      }
    }
  }
  return draft;
}

const ORDER = Object.keys(SITUATION_FIELDS);
const byTableOrder = (a: SituationKind, b: SituationKind) => ORDER.indexOf(a) - ORDER.indexOf(b);
