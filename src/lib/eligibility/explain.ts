/**
 * Builds the whole Assessment of valid answers: the verdicts of the rules, with the keys of the branches
 * taken and the documents they rest on, what to prepare, what would change the result, and what to do next.
 */
import { findChanges } from './changes';
import { OUTCOME_DOCUMENTS, SITUATION_DOCUMENTS } from './documents';
import { materialsFor, nextStepsFor } from './guidance';
import { judgeOutcome, judgeSituation, judgeStandings } from './rules';
import type { Answers, Assessment, Reason, Situation } from './types';

export function explain(answers: Answers): Assessment {
  const father = explainParent(answers.father);
  const mother = explainParent(answers.mother);
  const verdict = judgeOutcome(answers.childUnder18, father.standing, mother.standing);
  const reasons = { father: father.reasons, mother: mother.reasons };
  return {
    outcome: verdict.outcome,
    parents: { father: father.standing, mother: mother.standing },
    basis: { rule: verdict.rule, documentIds: [...OUTCOME_DOCUMENTS[verdict.rule]] },
    parentRules: { father: father.rule, mother: mother.rule },
    reasons,
    materials: materialsFor(verdict.outcome, reasons),
    changes: findChanges(answers),
    nextSteps: nextStepsFor(verdict.outcome, answers),
  };
}

function explainParent(situations: readonly Situation[]) {
  const verdicts = situations.map(judgeSituation);
  const parent = judgeStandings(verdicts.map((v) => v.standing));
  const reasons: Reason[] = verdicts.map((v, i) => ({
    situation: situations[i].kind,
    standing: v.standing,
    rule: v.rule,
    documentIds: [...SITUATION_DOCUMENTS[situations[i].kind]],
    decisive: v.standing === parent.standing,
  }));
  return { standing: parent.standing, rule: parent.rule, reasons };
}
