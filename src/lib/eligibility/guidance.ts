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
  const policeFirst = hasUnreportedLostContact(answers) ? (['report_lost_contact_to_police'] as const) : [];
  switch (outcome) {
    case 'orphan':
      return ['orphan_recognition', ...HELPERS];
    case 'eligible':
      return [...APPLY, ...HELPERS];
    case 'possibly_eligible':
      return ['clarify_unknowns', ...policeFirst, ...APPLY, ...HELPERS];
    case 'not_eligible':
      return [...policeFirst, 'hardship_assistance', 'case_by_case', ...HELPERS];
  }
}

/** A parent 失联 whom the family has not (or does not know whether they have) reported to the police. */
function hasUnreportedLostContact(answers: Answers): boolean {
  return [...answers.father, ...answers.mother].some(
    (situation) => situation.kind === 'lost_contact' && situation.reportedToPolice !== true,
  );
}
