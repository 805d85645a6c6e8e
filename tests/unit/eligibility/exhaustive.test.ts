/**
 * Exhaustive run: every concrete situation, every list of 0–2 situations for each parent (2353 lists),
 * every pair of lists and both ages (11 million answer sets), checked against the policy oracle in helpers.ts.
 * Each list's standing is computed once; every pair then goes through the engine's outcome rule.
 * The full `assess` (reasons, materials, changes) runs on a systematic sample in which every list appears
 * on both sides against every standing of the other parent.
 */
import { describe, expect, test } from 'vitest';
import {
  DOCUMENT_IDS, OUTCOME_RULE_KEYS, PARENT_RULE_KEYS, SITUATION_RULE_KEYS, assess, judgeOutcome, judgeParent,
  type Answers, type Assessment, type Change, type Outcome, type Situation, type Standing,
} from '../../../src/lib/eligibility';
import { ALL_LISTS, ALL_SITUATIONS, oracleParent, oracleSituation } from './helpers';

const STANDINGS: Standing[] = ['absent', 'qualifying', 'not_qualifying', 'unknown'];
const N = ALL_LISTS.length;
const oracleStanding = ALL_LISTS.map(oracleParent);
const byStanding = Object.fromEntries(
  STANDINGS.map((s) => [s, ALL_LISTS.filter((_, i) => oracleStanding[i] === s)]),
) as Record<Standing, Situation[][]>;

/** The outcome rules of the contract (src/lib/eligibility/README.md), each an "iff", from the oracle's standings. */
function expectedOutcome(under18: boolean, f: Standing, m: Standing): Outcome {
  const absentOrQualifying = (s: Standing) => s === 'absent' || s === 'qualifying';
  const candidates: Outcome[] = [];
  if (under18 && f === 'absent' && m === 'absent') candidates.push('orphan');
  if (under18 && absentOrQualifying(f) && absentOrQualifying(m) && !(f === 'absent' && m === 'absent')) candidates.push('eligible');
  if (!under18 || f === 'not_qualifying' || m === 'not_qualifying') candidates.push('not_eligible');
  if (under18 && f !== 'not_qualifying' && m !== 'not_qualifying' && (f === 'unknown' || m === 'unknown')) candidates.push('possibly_eligible');
  if (candidates.length !== 1) throw new Error(`oracle is not a partition for ${under18} ${f} ${m}: ${candidates}`);
  return candidates[0];
}

test('the enumeration is complete: 48 concrete situations, 2353 lists, each standing present', () => {
  expect(ALL_SITUATIONS).toHaveLength(48);
  expect(new Set(ALL_SITUATIONS.map((s) => JSON.stringify(s))).size).toBe(48);
  expect(N).toBe(1 + 48 + 48 * 48);
  for (const s of STANDINGS) expect(byStanding[s].length).toBeGreaterThan(0);
});

test('every concrete situation: standing as in the policy table, and every rule key is reachable', () => {
  const seen = new Set<string>();
  for (const s of ALL_SITUATIONS) {
    const reason = assess({ childUnder18: true, father: [s], mother: [] }).reasons.father[0];
    expect(reason.standing, JSON.stringify(s)).toBe(oracleSituation(s));
    expect(reason.rule.startsWith(`${s.kind}.`)).toBe(true);
    seen.add(reason.rule);
  }
  expect([...seen].sort()).toEqual([...SITUATION_RULE_KEYS].sort());
});

test('every list of 0–2 situations: the parent standing as in the policy, on either side', () => {
  const parentRules = new Set<string>();
  ALL_LISTS.forEach((list, i) => {
    expect(judgeParent(list).standing).toBe(oracleStanding[i]);
    const asFather = assess({ childUnder18: true, father: list, mother: [] });
    const asMother = assess({ childUnder18: false, father: [], mother: list });
    expect(asFather.parents.father).toBe(oracleStanding[i]);
    expect(asMother.parents.mother).toBe(oracleStanding[i]);
    expect(asMother.parentRules.mother).toBe(asFather.parentRules.father);
    parentRules.add(asFather.parentRules.father);
  });
  expect([...parentRules].sort()).toEqual([...PARENT_RULE_KEYS].sort());
});

test(`every pair of lists × both ages (${2 * N * N} answer sets): outcome invariants`, () => {
  const engineStanding = ALL_LISTS.map((list) => judgeParent(list).standing);
  // The oracle's answer depends only on the age and the two standings: a lookup table, indexed by numbers.
  const oracleIndex = Uint8Array.from(oracleStanding, (s) => STANDINGS.indexOf(s));
  const expected = [true, false].map((under18) => STANDINGS.map((f) => STANDINGS.map((m) => expectedOutcome(under18, f, m))));
  const counts: Record<Outcome, number> = { orphan: 0, eligible: 0, possibly_eligible: 0, not_eligible: 0 };
  const mismatches: string[] = [];
  for (const under18 of [true, false]) {
    const table = expected[under18 ? 0 : 1];
    for (let i = 0; i < N; i++) {
      const row = table[oracleIndex[i]];
      const father = engineStanding[i];
      for (let j = 0; j < N; j++) {
        const outcome = judgeOutcome(under18, father, engineStanding[j]).outcome;
        counts[outcome]++;
        if (outcome !== row[oracleIndex[j]] && mismatches.length < 5) {
          mismatches.push(`${under18} ${JSON.stringify(ALL_LISTS[i])} ${JSON.stringify(ALL_LISTS[j])} → ${outcome}`);
        }
      }
    }
  }
  expect(mismatches).toEqual([]);
  expect(counts.orphan + counts.eligible + counts.possibly_eligible + counts.not_eligible).toBe(2 * N * N);
  for (const outcome of Object.values(counts)) expect(outcome).toBeGreaterThan(0);
  const absent = byStanding.absent.length;
  expect(counts.orphan).toBe(absent * absent);
});

/** Every list on each side, against lists of every standing on the other side (rotating), both ages. */
function* sample(): Generator<Answers> {
  for (let i = 0; i < N; i++) {
    for (const standing of STANDINGS) {
      const pool = byStanding[standing];
      const other = pool[(i * 7) % pool.length];
      for (const childUnder18 of [true, false]) {
        yield { childUnder18, father: ALL_LISTS[i], mother: other };
        yield { childUnder18, father: other, mother: ALL_LISTS[i] };
      }
    }
  }
}

/**
 * Everything the contract asks of an assessment, as plain checks (a vitest `expect` per check would be
 * too slow for 37 632 assessments); returns what is wrong, empty when all is right.
 */
function problemsOf(a: Answers, result: Assessment): string[] {
  const problems: string[] = [];
  const check = (ok: boolean, what: string) => {
    if (!ok) problems.push(what);
  };
  const f = oracleParent(a.father);
  const m = oracleParent(a.mother);
  check(result.parents.father === f && result.parents.mother === m, `parents ${JSON.stringify(result.parents)}`);
  check(result.outcome === expectedOutcome(a.childUnder18, f, m), `outcome ${result.outcome}`);
  check(OUTCOME_RULE_KEYS.includes(result.basis.rule), `basis rule ${result.basis.rule}`);
  check(result.basis.documentIds.length > 0, 'basis without document');
  for (const parent of ['father', 'mother'] as const) {
    const reasons = result.reasons[parent];
    check(reasons.map((r) => r.situation).join() === a[parent].map((s) => s.kind).join(), `${parent} reasons out of order`);
    for (const reason of reasons) {
      check(SITUATION_RULE_KEYS.includes(reason.rule) && reason.rule.startsWith(`${reason.situation}.`), `rule ${reason.rule}`);
      check(reason.documentIds.length > 0, `${parent} ${reason.rule} without document`);
      check(reason.documentIds.every((id) => DOCUMENT_IDS.includes(id)), `unknown document in ${reason.documentIds}`);
      check(reason.decisive === (reason.standing === result.parents[parent]), `${parent} ${reason.rule} decisive flag`);
    }
    if (result.outcome === 'eligible' || result.outcome === 'possibly_eligible') {
      const decisive = reasons.filter((r) => r.decisive && r.rule && r.documentIds.length > 0);
      check(decisive.length > 0, `${parent} has no reason with rule and document`);
    }
  }
  const { proofs, general } = result.materials;
  if (result.outcome === 'not_eligible') check(proofs.length === 0 && general.length === 0, 'materials when not eligible');
  else if (result.outcome === 'orphan') check(general.length === 0, 'the 事实无人抚养儿童 form for an orphan');
  else check(general.join() === 'application_form', 'no application form');
  check(new Set(proofs).size === proofs.length && !proofs.includes('unknown' as never), `proofs ${proofs}`);
  const steps = result.nextSteps;
  const has = (...keys: string[]) => keys.every((k) => steps.includes(k as never));
  check(has('district_decides'), 'district_decides missing');
  if (!a.childUnder18) check(has('over18_schooling'), 'over18_schooling missing');
  else if (result.outcome === 'orphan') check(has('orphan_recognition'), 'orphan_recognition missing');
  else if (result.outcome === 'not_eligible') check(has('hardship_assistance', 'case_by_case'), 'hardship steps missing');
  else check(has('apply_at_hukou_street', 'apply_anywhere_kuasheng'), 'apply steps missing');
  return problems;
}

test('full assess on the sample: outcome, reasons with rule and document, materials, next steps', () => {
  const outcomeRules = new Set<string>();
  const failures: string[] = [];
  let count = 0;
  for (const a of sample()) {
    const result = assess(a);
    const problems = problemsOf(a, result);
    if (problems.length && failures.length < 5) failures.push(`${JSON.stringify(a)}: ${problems.join('; ')}`);
    outcomeRules.add(result.basis.rule);
    count++;
  }
  expect(failures).toEqual([]);
  expect(count).toBe(N * 4 * 2 * 2);
  expect([...outcomeRules].sort()).toEqual([...OUTCOME_RULE_KEYS].sort());
});

// ---- changes: correct (re-running gives outcomeWould) and complete (nothing missed) --------------------
const ALTERNATIVES: Record<string, unknown[]> = {
  grade: [1, 2, 3, 4, null],
  type: ['intellectual', 'mental', 'other', null],
};
const alternativesOf = (field: string) => ALTERNATIVES[field] ?? [true, false, null];

/** Every single-answer change that alters the outcome, found here by brute force. */
function expectedChanges(a: Answers): string[] {
  const current = assess(a).outcome;
  const found: string[] = [];
  for (const parent of ['father', 'mother'] as const) {
    a[parent].forEach((situation, index) => {
      for (const field of Object.keys(situation).filter((k) => k !== 'kind')) {
        const from = (situation as Record<string, unknown>)[field];
        for (const to of alternativesOf(field).filter((v) => v !== from)) {
          const list = a[parent].map((s, i) => (i === index ? { ...s, [field]: to } : s));
          const outcomeWould = assess({ ...a, [parent]: list }).outcome;
          if (outcomeWould !== current) found.push(JSON.stringify({ parent, index, field, from, to, outcomeWould }));
        }
      }
    });
  }
  const flipped = assess({ ...a, childUnder18: !a.childUnder18 }).outcome;
  if (flipped !== current) found.push(JSON.stringify({ field: 'childUnder18', from: a.childUnder18, to: !a.childUnder18, outcomeWould: flipped }));
  return found.sort();
}

function applyChange(a: Answers, change: Change): Answers {
  if (change.field === 'childUnder18') return { ...a, childUnder18: change.to };
  const list = a[change.parent].map((s, i) => (i === change.index ? ({ ...s, [change.field]: change.to } as Situation) : s));
  return { ...a, [change.parent]: list };
}

describe('what would change the result', () => {
  test('every hint, re-run, gives outcomeWould; and no single change is missed (every list on each side)', () => {
    const failures: string[] = [];
    let hints = 0;
    for (let i = 0; i < N; i++) {
      const pool = byStanding[STANDINGS[i % 4]];
      const other = pool[(i * 13) % pool.length];
      const childUnder18 = i % 10 > 1;
      const a: Answers = i % 2 ? { childUnder18, father: ALL_LISTS[i], mother: other } : { childUnder18, father: other, mother: ALL_LISTS[i] };
      const result = assess(a);
      for (const change of result.changes) {
        const rerun = assess(applyChange(a, change)).outcome;
        const fromMatches =
          change.field === 'childUnder18'
            ? change.from === a.childUnder18
            : change.from === (a[change.parent][change.index] as Record<string, unknown>)[change.field] &&
              change.situation === a[change.parent][change.index].kind;
        if ((rerun !== change.outcomeWould || rerun === result.outcome || !fromMatches) && failures.length < 5) {
          failures.push(`${JSON.stringify(a)}: ${JSON.stringify(change)} re-runs to ${rerun}`);
        }
        hints++;
      }
      const reported = result.changes
        .map((c) =>
          JSON.stringify(
            c.field === 'childUnder18'
              ? c
              : { parent: c.parent, index: c.index, field: c.field, from: c.from, to: c.to, outcomeWould: c.outcomeWould },
          ),
        )
        .sort();
      const expected = expectedChanges(a);
      if (reported.join() !== expected.join() && failures.length < 5) {
        failures.push(`${JSON.stringify(a)}: reported ${reported} expected ${expected}`);
      }
    }
    expect(failures).toEqual([]);
    expect(hints).toBeGreaterThan(N);
  });
});
