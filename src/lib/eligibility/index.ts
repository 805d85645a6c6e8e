/**
 * The eligibility engine: `assess(answers)` validates the answers, then applies the rules.
 * Pure TypeScript: runs in the browser, in Node and in tests.
 */
import { explain } from './explain';
import type { Assessment } from './types';
import { parseAnswers } from './validate';

/** Throws InvalidAnswersError when `answers` is not of the contract shape. */
export function assess(answers: unknown): Assessment {
  return explain(parseAnswers(answers));
}

export { InvalidAnswersError, parseAnswers } from './validate';
export { judgeAnswers, judgeOutcome, judgeParent, judgeSituation, judgeStandings } from './rules';
export type { OutcomeVerdict, ParentVerdict, SituationVerdict } from './rules';
export { FIELD_VALUES, SITUATION_FIELDS, SITUATION_KINDS } from './schema';
export * from './keys';
export type * from './types';
