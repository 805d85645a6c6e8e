/**
 * How each situation is classed: every concrete situation (every kind with every combination of its answers) is
 * judged by the engine's judgeSituation, and the distinct rule branches are listed with the standing they give.
 * This is the per-situation part of the decision, for the table under the flowchart.
 */
import { SITUATION_RULE_KEYS, type SituationRuleKey } from '../eligibility/keys';
import { judgeSituation } from '../eligibility/rules';
import { FIELD_VALUES, SITUATION_FIELDS, SITUATION_KINDS } from '../eligibility/schema';
import type { Situation, SituationKind, Standing } from '../eligibility/types';

export interface SituationRuleRow {
  kind: SituationKind;
  rule: SituationRuleKey;
  standing: Standing;
  examples: Situation[]; // the concrete situations that take this branch
}

/** Every concrete situation, kinds in table order, values in table order. */
export function everySituation(): Situation[] {
  return SITUATION_KINDS.flatMap((kind) => {
    let list: Record<string, unknown>[] = [{ kind }];
    for (const field of SITUATION_FIELDS[kind]) {
      list = list.flatMap((s) => (FIELD_VALUES[field] as readonly unknown[]).map((value) => ({ ...s, [field]: value })));
    }
    return list as Situation[];
  });
}

/** One row per rule branch that some situation takes: kinds in table order, branches in SITUATION_RULE_KEYS order. */
export function situationRuleRows(): SituationRuleRow[] {
  const rows = new Map<SituationRuleKey, SituationRuleRow>();
  for (const situation of everySituation()) {
    const { rule, standing } = judgeSituation(situation);
    const row = rows.get(rule);
    if (row && row.standing !== standing) throw new Error(`situationRuleRows: ${rule} gives two standings`);
    if (row) row.examples.push(situation);
    else rows.set(rule, { kind: situation.kind, rule, standing, examples: [situation] });
  }
  const kindOrder = (row: SituationRuleRow) => SITUATION_KINDS.indexOf(row.kind);
  return [...rows.values()].sort(
    (a, b) => kindOrder(a) - kindOrder(b) || SITUATION_RULE_KEYS.indexOf(a.rule) - SITUATION_RULE_KEYS.indexOf(b.rule),
  );
}
