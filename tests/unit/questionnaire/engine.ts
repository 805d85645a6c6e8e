/** The engine as the questionnaire tests use it: assess() of answers known to be complete, and the share-link codec. */
import { assess as assessAnswers, type Answers } from '../../../src/lib/eligibility';
import { encodeAnswers } from '../../../src/lib/eligibility/codec';

export function assess(answers: Answers | undefined) {
  if (!answers) throw new Error('the questionnaire is not finished: no answers for the engine');
  return assessAnswers(answers);
}

export const encodeAnswersForTest = encodeAnswers;
