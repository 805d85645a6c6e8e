/**
 * What to prepare and what to do next, as keys the pages resolve against content/.
 */
import type { GeneralMaterial, NextStep } from './keys';
import type { Answers, Outcome, ProofKind, Reason } from './types';

const HELPERS: readonly NextStep[] = ['ask_child_director', 'ask_child_supervisor', 'district_decides'];
const APPLY: readonly NextStep[] = ['apply_at_hukou_street', 'apply_anywhere_kuasheng'];

/**
 * Proofs for the situations that decide each parent's standing (deduplicated, in answer order),
 * and the general items. Nothing to prepare when the child does not qualify.
 * The application form is the only general item the policy names; 孤儿认定 is a separate procedure.
 */
export function materialsFor(
  outcome: Outcome,
  reasons: { father: Reason[]; mother: Reason[] },
): { proofs: ProofKind[]; general: GeneralMaterial[] } {
  if (outcome === 'not_eligible') return { proofs: [], general: [] };
  const proofs: ProofKind[] = [];
  for (const reason of [...reasons.father, ...reasons.mother]) {
    const kind = reason.situation;
    if (reason.decisive && kind !== 'unknown' && !proofs.includes(kind)) proofs.push(kind);
  }
  const general: GeneralMaterial[] = outcome === 'orphan' ? [] : ['application_form'];
  return { proofs, general };
}

/** The next steps for an outcome, in the order the page shows them. */
export function nextStepsFor(outcome: Outcome, answers: Answers): NextStep[] {
  if (!answers.childUnder18) return ['over18_schooling', 'district_decides'];
  // A parent 失联 not yet reported: reporting comes first, since the police receipt is the proof.
  const policeFirst = hasUnreportedLostContact(answers) ? (['report_lost_contact_to_police'] as const) : [];
  switch (outcome) {
    case 'orphan':
      return ['orphan_recognition', ...HELPERS];
    case 'eligible':
      return [...APPLY, ...HELPERS];
    case 'possibly_eligible': {
      const clarify = hasNotKnown(answers) ? (['clarify_unknowns'] as const) : [];
      const orphanToo = mayBeOrphan(answers) ? (['orphan_possible'] as const) : [];
      return [...policeFirst, ...clarify, ...orphanToo, ...APPLY, ...HELPERS];
    }
    case 'not_eligible':
      return [...policeFirst, 'hardship_assistance', 'case_by_case', ...HELPERS];
  }
}

const situationsOf = (answers: Answers) => [...answers.father, ...answers.mother];

/** A parent 失联 whom the family has not (or does not know whether they have) reported to the police. */
function hasUnreportedLostContact(answers: Answers): boolean {
  return situationsOf(answers).some(
    (situation) => situation.kind === 'lost_contact' && situation.reportedToPolice !== true,
  );
}

/** Some answer was 不清楚: a parent's whole situation, or one of its details. */
function hasNotKnown(answers: Answers): boolean {
  return situationsOf(answers).some(
    (situation) => situation.kind === 'unknown' || Object.values(situation).some((value) => value === null),
  );
}

/**
 * One parent is dead or declared missing and the other's situation is not known at all: if the other parent, too,
 * has died or cannot be found, the child is a 孤儿 case (国办发〔2010〕54号: 失去父母、查找不到生父母).
 */
function mayBeOrphan(answers: Answers): boolean {
  const absent = (list: Answers['father']) => list.some((s) => s.kind === 'deceased' || s.kind === 'missing');
  const notKnownAtAll = (list: Answers['father']) => list.some((s) => s.kind === 'unknown');
  return (absent(answers.father) && notKnownAtAll(answers.mother)) || (absent(answers.mother) && notKnownAtAll(answers.father));
}
