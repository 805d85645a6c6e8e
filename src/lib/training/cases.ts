/**
 * Training cases as data (their pages' routes are in src/lib/paths.ts): the questionnaire link that opens a case's answers, and what the
 * library covers (situation kinds, outcomes, traps), so a test can say what is missing.
 */
import { encodeAnswers } from '../eligibility/codec';
import { ROUTES } from '../paths';
import { SITUATION_KINDS } from '../eligibility/schema';
import type { Answers, Outcome, SituationKind } from '../eligibility/types';
import { OUTCOMES } from '../eligibility/keys';
import { TRAP_KEYS, type TrapKey } from './traps';

/** What coverage needs to know of a case. */
export interface CaseFacts {
  id: string;
  answers: Answers;
  expected: Outcome;
  traps: readonly TrapKey[];
}

/** The id of a case's slide on the presenter page (also its #fragment). */
export const slideId = (id: string) => `anli-${id}`;

/** The questionnaire with the case's answers in the hash: it restores them and shows the result. */
export const questionnaireLink = (answers: Answers) => `${ROUTES.questionnaire}#${encodeAnswers(answers)}`;

export interface Coverage {
  kinds: SituationKind[]; // situation kinds no case uses
  outcomes: Outcome[]; // outcomes no case expects
  traps: TrapKey[]; // traps no case is tagged with
}

/** What the cases together leave out (all empty = full coverage). */
export function missingCoverage(cases: readonly CaseFacts[]): Coverage {
  const kinds = new Set(cases.flatMap((c) => [...c.answers.father, ...c.answers.mother].map((s) => s.kind)));
  const outcomes = new Set(cases.map((c) => c.expected));
  const traps = new Set(cases.flatMap((c) => c.traps));
  return {
    kinds: SITUATION_KINDS.filter((kind) => !kinds.has(kind)),
    outcomes: OUTCOMES.filter((outcome) => !outcomes.has(outcome)),
    traps: TRAP_KEYS.filter((trap) => !traps.has(trap)),
  };
}
