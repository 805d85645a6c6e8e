/**
 * The definition as a chain of checks, derived from the engine: for the child under 18, take the outcome rule
 * branches in the engine's order (OUTCOME_RULE_KEYS) and describe, for each, which pairs of parents' standings
 * still undecided take it. Each description is searched for, not written: the simplest pattern (both parents
 * X; one X and the other Y; either parent X; both within a set) that picks out exactly those pairs. If the rules
 * change so that no pattern fits, this throws, and the chart's unit test says so.
 */
import { OUTCOME_RULE_KEYS, type DocumentId, type OutcomeRuleKey } from '../../eligibility/keys';
import type { Outcome, Standing } from '../../eligibility/types';
import { rowsForAge, sharedVerdict, type DecisionRow } from '../decision-table';
import { STANDINGS } from '../../eligibility/keys';

/** (father's standing, mother's standing) */
export type Pair = readonly [Standing, Standing];

/** Which pairs a check picks out; both parents are treated alike. */
export type Condition =
  | { kind: 'both'; standing: Standing } // 父母双方都 X
  | { kind: 'one_each'; standings: readonly [Standing, Standing] } // 一方 X，另一方 Y
  | { kind: 'either'; standing: Standing } // 有一方 X
  | { kind: 'both_within'; standings: readonly Standing[] }; // 父母双方都在 {X, Y…} 之中

export interface FlowCheck {
  rule: OutcomeRuleKey; // the engine's branch
  outcome: Outcome;
  documentIds: DocumentId[];
  condition: Condition; // true for exactly the pairs, among those still undecided, that take this branch
  otherwise: boolean; // every pair still undecided takes this branch: the chart's last box
  pairs: Pair[];
}

export interface DefinitionFlow {
  age: Pick<DecisionRow, 'outcome' | 'rule' | 'documentIds'>; // the child is 18 or older: the same for every pair
  checks: FlowCheck[]; // the child is under 18: in order
}

export function holds(condition: Condition, [father, mother]: Pair): boolean {
  switch (condition.kind) {
    case 'both':
      return father === condition.standing && mother === condition.standing;
    case 'one_each': {
      const [x, y] = condition.standings;
      return (father === x && mother === y) || (father === y && mother === x);
    }
    case 'either':
      return father === condition.standing || mother === condition.standing;
    case 'both_within':
      return condition.standings.includes(father) && condition.standings.includes(mother);
  }
}

/** Candidate descriptions, simplest first. */
function candidates(): Condition[] {
  const list: Condition[] = STANDINGS.map((standing) => ({ kind: 'both', standing }));
  STANDINGS.forEach((x, i) => STANDINGS.slice(i + 1).forEach((y) => list.push({ kind: 'one_each', standings: [x, y] })));
  STANDINGS.forEach((standing) => list.push({ kind: 'either', standing }));
  for (let mask = 1; mask < 1 << STANDINGS.length; mask++) {
    const standings = STANDINGS.filter((_, i) => mask & (1 << i));
    if (standings.length >= 2 && standings.length < STANDINGS.length) list.push({ kind: 'both_within', standings });
  }
  return list.sort((a, b) => rank(a) - rank(b));
}
const rank = (c: Condition) => ({ both: 0, one_each: 1, either: 2, both_within: 3 })[c.kind] * 100 + sizeOf(c);
const sizeOf = (c: Condition) => (c.kind === 'both_within' ? c.standings.length : 0);

const key = ([father, mother]: Pair) => `${father}/${mother}`;

function describe(taken: readonly Pair[], remaining: readonly Pair[]): Condition | undefined {
  const wanted = new Set(taken.map(key));
  return candidates().find((condition) => {
    const picked = remaining.filter((pair) => holds(condition, pair));
    return picked.length === wanted.size && picked.every((pair) => wanted.has(key(pair)));
  });
}

export function definitionFlow(): DefinitionFlow {
  const age = sharedVerdict(rowsForAge(false));
  if (!age) throw new Error('definitionFlow: for a child of 18 or older the engine gives different outcomes; the chart cannot show it as one check');
  const rows = rowsForAge(true);
  let remaining: Pair[] = rows.map((row) => [row.father, row.mother] as const);
  const ruleOf = (pair: Pair) => rows.find((row) => key([row.father, row.mother]) === key(pair))!;
  const checks: FlowCheck[] = [];
  for (const rule of OUTCOME_RULE_KEYS) {
    const taken = remaining.filter((pair) => ruleOf(pair).rule === rule);
    if (taken.length === 0) continue;
    const condition = describe(taken, remaining);
    if (!condition) throw new Error(`definitionFlow: no simple description picks out the pairs of ${rule}: ${taken.map(key).join(', ')}`);
    const { outcome, documentIds } = ruleOf(taken[0]);
    if (taken.some((pair) => ruleOf(pair).outcome !== outcome)) throw new Error(`definitionFlow: ${rule} gives more than one outcome`);
    checks.push({ rule, outcome, documentIds, condition, otherwise: taken.length === remaining.length, pairs: taken });
    remaining = remaining.filter((pair) => ruleOf(pair).rule !== rule);
  }
  return { age, checks };
}

/** Follows the chart for one pair: the first check whose condition holds. */
export function walk(flow: DefinitionFlow, pair: Pair): FlowCheck | undefined {
  return flow.checks.find((check) => check.otherwise || holds(check.condition, pair));
}
