/**
 * The decision table is generated from the engine and covers every combination: 2 ages × 4 × 4 standings. Its
 * outcomes are checked against an oracle: the outcome rules written out here as a table, independently of
 * src/lib/eligibility/rules.ts.
 */
import { describe, expect, it } from 'vitest';
import { judgeOutcome, type Outcome, type Standing } from '../../../src/lib/eligibility';
import { decisionRows, outcomeGrid, rowsForAge, sharedVerdict } from '../../../src/lib/training/decision-table';
import { STANDINGS } from '../../../src/lib/eligibility/keys';

// Design notes, "Outcome", as a table: rows father, columns mother, in the order absent, qualifying, not_qualifying, unknown.
const A = 'orphan', E = 'eligible', P = 'possibly_eligible', N = 'not_eligible';
const UNDER_18: Outcome[][] = [
  [A, E, N, P], // father absent
  [E, E, N, P], // father qualifying
  [N, N, N, N], // father not qualifying
  [P, P, N, P], // father unknown
];

describe('decisionRows()', () => {
  const rows = decisionRows();

  it('has 32 rows: every age × father × mother exactly once', () => {
    expect(rows).toHaveLength(32);
    const keys = new Set(rows.map((r) => `${r.childUnder18}/${r.father}/${r.mother}`));
    expect(keys.size).toBe(32);
    for (const childUnder18 of [true, false]) {
      for (const father of STANDINGS) for (const mother of STANDINGS) expect(keys.has(`${childUnder18}/${father}/${mother}`)).toBe(true);
    }
  });

  it('each row is what judgeOutcome says, with the documents of its rule', () => {
    for (const row of rows) {
      const verdict = judgeOutcome(row.childUnder18, row.father, row.mother);
      expect([row.outcome, row.rule]).toEqual([verdict.outcome, verdict.rule]);
      expect(row.documentIds.length).toBeGreaterThan(0);
    }
  });

  it.each(STANDINGS.flatMap((father, i) => STANDINGS.map((mother, j) => [father, mother, UNDER_18[i][j]] as const)))(
    'under 18: father %s, mother %s → %s (oracle)',
    (father: Standing, mother: Standing, outcome: Outcome) => {
      expect(rowsForAge(true).find((r) => r.father === father && r.mother === mother)!.outcome).toBe(outcome);
    },
  );

  it('18 or older: all 16 rows share one verdict, not eligible by the age rule', () => {
    expect(rowsForAge(false)).toHaveLength(16);
    expect(sharedVerdict(rowsForAge(false))).toMatchObject({ outcome: 'not_eligible', rule: 'outcome.not_under_18' });
  });

  it('sharedVerdict is undefined when rows differ (under 18)', () => {
    expect(sharedVerdict(rowsForAge(true))).toBeUndefined();
    expect(sharedVerdict([])).toBeUndefined();
  });

  it('outcomeGrid is the 4×4 oracle for a child under 18', () => {
    expect(outcomeGrid(true)).toEqual(UNDER_18);
    expect(outcomeGrid(false).flat()).toEqual(Array(16).fill(N));
  });
});
