/**
 * The decision table: every combination of the child's age and the two parents' standings, with the outcome, the
 * rule branch and the documents it rests on, all computed by the engine's judgeOutcome (nothing typed by hand).
 */
import { OUTCOME_DOCUMENTS } from '../eligibility/documents';
import type { DocumentId, OutcomeRuleKey } from '../eligibility/keys';
import { judgeOutcome } from '../eligibility/rules';
import type { Outcome, Standing } from '../eligibility/types';
import { STANDINGS } from '../eligibility/keys';

export interface DecisionRow {
  childUnder18: boolean;
  father: Standing;
  mother: Standing;
  outcome: Outcome;
  rule: OutcomeRuleKey; // the branch of judgeOutcome that decided it
  documentIds: DocumentId[]; // the documents that branch rests on
}

/** All 32 rows: under 18 first, then 18 or older; within each, father's standing, then mother's, in STANDINGS order. */
export function decisionRows(): DecisionRow[] {
  return [true, false].flatMap((childUnder18) =>
    STANDINGS.flatMap((father) =>
      STANDINGS.map((mother) => {
        const { outcome, rule } = judgeOutcome(childUnder18, father, mother);
        return { childUnder18, father, mother, outcome, rule, documentIds: [...OUTCOME_DOCUMENTS[rule]] };
      }),
    ),
  );
}

/** The 16 rows for one age. */
export const rowsForAge = (childUnder18: boolean): DecisionRow[] =>
  decisionRows().filter((row) => row.childUnder18 === childUnder18);

/** The outcome and rule shared by every row, or undefined when the rows differ (e.g. 18 or older: always the same). */
export function sharedVerdict(rows: readonly DecisionRow[]): Pick<DecisionRow, 'outcome' | 'rule' | 'documentIds'> | undefined {
  const [first] = rows;
  if (!first || rows.some((row) => row.rule !== first.rule || row.outcome !== first.outcome)) return undefined;
  return { outcome: first.outcome, rule: first.rule, documentIds: first.documentIds };
}

/** The 4×4 grid of outcomes for one age: grid[fatherIndex][motherIndex], indexes in STANDINGS order. */
export function outcomeGrid(childUnder18: boolean): Outcome[][] {
  const rows = rowsForAge(childUnder18);
  return STANDINGS.map((father) => STANDINGS.map((mother) => rows.find((r) => r.father === father && r.mother === mother)!.outcome));
}
