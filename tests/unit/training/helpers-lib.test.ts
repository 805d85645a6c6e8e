/** The small helpers of the training kit: how situations are classed, line breaking, pending marks, case links. */
import { describe, expect, it } from 'vitest';
import { SITUATION_RULE_KEYS, judgeSituation, type Answers } from '../../../src/lib/eligibility';
import { decodeAnswers } from '../../../src/lib/eligibility/codec';
import { casePath, worksheetPath } from '../../../src/lib/paths';
import { missingCoverage, questionnaireLink, slideId } from '../../../src/lib/training/cases';
import { pendingMarks } from '../../../src/lib/training/pending-marks';
import { everySituation, situationRuleRows } from '../../../src/lib/training/situation-rules';
import { textWidth, wrapItems, wrapText } from '../../../src/lib/training/text-wrap';

describe('situationRuleRows(): how each situation is classed', () => {
  it('enumerates all 48 concrete situations', () => expect(everySituation()).toHaveLength(48));

  it('has one row for each rule branch of judgeSituation, each with the standing it gives', () => {
    const rows = situationRuleRows();
    expect(rows.map((r) => r.rule).sort()).toEqual([...SITUATION_RULE_KEYS].sort());
    for (const row of rows) for (const example of row.examples) expect(judgeSituation(example)).toEqual({ standing: row.standing, rule: row.rule });
  });

  it('lists 重残 grade 3 or 4 of another type as not qualifying, and 失联 not reported as still to be confirmed', () => {
    const rows = situationRuleRows();
    expect(rows.find((r) => r.rule === 'severe_disability.grade_3_4_other')?.standing).toBe('not_qualifying');
    expect(rows.find((r) => r.rule === 'lost_contact.not_reported')?.standing).toBe('unknown');
  });
});

describe('line breaking for the SVG', () => {
  it('keeps lines within the width and never starts one with closing punctuation', () => {
    const lines = wrapText('一方“死亡或失踪”，另一方“属于八种情形之一”？', 5);
    expect(lines.join('')).toBe('一方“死亡或失踪”，另一方“属于八种情形之一”？');
    for (const line of lines) expect(textWidth(line)).toBeLessThanOrEqual(6);
    for (const line of lines.slice(1)) expect(line[0]).not.toMatch(/[，。？”、]/);
  });

  it('counts ASCII narrower than CJK', () => expect(textWidth('18周岁')).toBeCloseTo(3.2));

  it('puts whole items on a line when they fit', () => {
    expect(wrapItems(['死亡或失踪', '属于八种情形之一', '不属于八种情形'], '｜', 15)).toEqual(['死亡或失踪｜属于八种情形之一', '不属于八种情形']);
  });
});

describe('pendingMarks()', () => {
  it('numbers the distinct topics in order of first appearance; a marker shows the marks of its topics', () => {
    const marker = (note: string, ...topics: string[]) => ({ note, topics });
    const marks = pendingMarks([undefined, marker('b', 't1'), marker('a', 't2', 't1'), marker('c', 't1')]);
    expect(marks.topics).toEqual(['t1', 't2']);
    expect([marks.label(marker('b', 't1')), marks.label(marker('a', 't2', 't1'))]).toEqual(['①', '②①']);
    expect(() => marks.mark('t3')).toThrow(/no mark/);
  });
});

describe('case links', () => {
  const answers: Answers = { childUnder18: true, father: [{ kind: 'imprisoned', sixMonthsOrMore: false }], mother: [] };

  it('the questionnaire link carries the answers in the hash, and they decode back', () => {
    const link = questionnaireLink(answers);
    expect(link).toMatch(/^\/ziping\/#v1\./);
    expect(decodeAnswers(link.split('#')[1])).toEqual({ ok: true, answers });
  });

  it('pages of a case', () => {
    expect([casePath('lele'), worksheetPath('lele'), slideId('lele')]).toEqual(['/peixun/anli/lele/', '/peixun/anli/lele/lianxi/', 'anli-lele']);
  });

  it('coverage of no cases misses everything', () => {
    const gaps = missingCoverage([]);
    expect(gaps.outcomes).toHaveLength(4);
    expect(gaps.kinds).toHaveLength(11);
  });
});
