/**
 * What answer would change the result: try every other value of every field of every situation given
 * (and the child's age), one at a time, re-run the rules, and keep those that change the outcome.
 */
import { judgeAnswers } from './rules';
import { FIELD_VALUES, fieldsOf } from './schema';
import type { Answers, Change, Parent, QualifierValue, Situation } from './types';

const PARENTS: readonly Parent[] = ['father', 'mother'];

export function findChanges(answers: Answers): Change[] {
  const current = judgeAnswers(answers);
  const changes: Change[] = [];
  for (const parent of PARENTS) {
    answers[parent].forEach((situation, index) => {
      for (const field of fieldsOf(situation.kind)) {
        const from = (situation as Record<string, unknown>)[field] as QualifierValue;
        for (const to of FIELD_VALUES[field] as readonly QualifierValue[]) {
          if (to === from) continue;
          const changed = { ...situation, [field]: to } as Situation;
          const list = answers[parent].map((s, i) => (i === index ? changed : s));
          const outcomeWould = judgeAnswers({ ...answers, [parent]: list });
          if (outcomeWould !== current) {
            changes.push({ parent, index, situation: situation.kind, field, from, to, outcomeWould });
          }
        }
      }
    });
  }
  const olderOrYounger = judgeAnswers({ ...answers, childUnder18: !answers.childUnder18 });
  if (olderOrYounger !== current) {
    changes.push({
      field: 'childUnder18',
      from: answers.childUnder18,
      to: !answers.childUnder18,
      outcomeWould: olderOrYounger,
    });
  }
  return changes;
}
