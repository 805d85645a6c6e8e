/**
 * The rest of an Assessment: documents behind each reason, what to prepare, what to do next,
 * and what answer would change the result.
 */
import { describe, expect, test } from 'vitest';
import { DOCUMENT_IDS, NEXT_STEPS, assess, type Change } from '../../../src/lib/eligibility';
import {
  SAMPLE, answers, deceased, deported, disabled, ill, imprisoned, lostContact, missing, notKnown, revoked,
} from './helpers';

describe('documents behind each reason', () => {
  const docsOf = (s: Parameters<typeof answers>[0][number]) => assess(answers([s], [SAMPLE.qualifying])).reasons.father[0].documentIds;
  test('the first six situations rest on 民发〔2019〕62号 and the Yunnan notice', () => {
    for (const s of [deceased(), missing(), disabled(1, 'other'), ill(true), imprisoned(true)]) {
      expect(docsOf(s)).toEqual(expect.arrayContaining(['mz-2019-62', 'yn-2021-51']));
    }
  });
  test('失联 also rests on 民发〔2020〕125号 (the police procedure)', () =>
    expect(docsOf(lostContact(true, true))).toEqual(expect.arrayContaining(['mz-2019-62', 'mz-2020-125', 'yn-2021-51'])));
  test('撤销监护资格 and 被遣送 were added by 民发〔2020〕125号, not 62号', () => {
    for (const s of [revoked(), deported(false)]) {
      expect(docsOf(s)).toEqual(expect.arrayContaining(['mz-2020-125', 'yn-2021-51']));
      expect(docsOf(s)).not.toContain('mz-2019-62');
    }
  });
  test('every document id is a known content id', () => {
    const result = assess(answers([lostContact(null, true), deported(null)], [notKnown()]));
    for (const reason of [...result.reasons.father, ...result.reasons.mother]) {
      expect(reason.documentIds.length).toBeGreaterThan(0);
      for (const id of reason.documentIds) expect(DOCUMENT_IDS).toContain(id);
    }
  });
  test('orphan cites the 孤儿 definition; not eligible cites the district letter (生活困难救助, 一事一议)', () => {
    expect(assess(answers([deceased()], [deceased()])).basis.documentIds).toEqual(['gb-2010-54']);
    expect(assess(answers([ill(false)], [deceased()])).basis.documentIds).toContain('xs-2025-reply');
  });
  test('the arrays are fresh: changing one assessment does not change the next', () => {
    const first = assess(answers([deceased()], [revoked()]));
    first.reasons.father[0].documentIds.push('gb-2010-54');
    first.basis.documentIds.length = 0;
    const second = assess(answers([deceased()], [revoked()]));
    expect(second.reasons.father[0].documentIds).not.toContain('gb-2010-54');
    expect(second.basis.documentIds.length).toBeGreaterThan(0);
  });
});

describe('what to prepare', () => {
  test('eligible: proofs of the deciding situations, deduplicated, in answer order, plus the application form', () => {
    const result = assess(answers([imprisoned(true), ill(false)], [deceased(), imprisoned(true)]));
    expect(result.outcome).toBe('eligible');
    expect(result.materials).toEqual({ proofs: ['imprisoned', 'deceased'], general: ['application_form'] });
  });
  test('possibly eligible: also the proofs that would settle what is not known, but nothing for 不清楚', () => {
    const result = assess(answers([notKnown(), lostContact(true, null)], [missing()]));
    expect(result.outcome).toBe('possibly_eligible');
    expect(result.materials.proofs).toEqual(['lost_contact', 'missing']);
  });
  test('orphan: proofs of death / declared missing only (孤儿认定 is a separate procedure)', () => {
    const result = assess(answers([deceased(), imprisoned(true)], [missing()]));
    expect(result.materials).toEqual({ proofs: ['deceased', 'missing'], general: [] });
  });
  test('not eligible: nothing to prepare', () => {
    expect(assess(answers([ill(false)], [deceased()])).materials).toEqual({ proofs: [], general: [] });
    expect(assess(answers([deceased()], [deceased()], false)).materials).toEqual({ proofs: [], general: [] });
  });
});

describe('next steps', () => {
  const steps = (...args: Parameters<typeof answers>) => assess(answers(...args)).nextSteps;
  test('eligible → apply where the child is registered, or anywhere (跨省通办); helpers; the district decides', () =>
    expect(steps([imprisoned(true)], [deceased()])).toEqual([
      'apply_at_hukou_street', 'apply_anywhere_kuasheng', 'ask_child_director', 'ask_child_supervisor', 'district_decides',
    ]));
  test('orphan → 孤儿认定', () =>
    expect(steps([deceased()], [missing()])).toEqual(['orphan_recognition', 'ask_child_director', 'ask_child_supervisor', 'district_decides']));
  test('not eligible → 生活困难救助 and 一事一议', () =>
    expect(steps([ill(false)], [deceased()])).toEqual([
      'hardship_assistance', 'case_by_case', 'ask_child_director', 'ask_child_supervisor', 'district_decides',
    ]));
  test('possibly eligible → find out what is not known first', () =>
    expect(steps([notKnown()], [imprisoned(true)])[0]).toBe('clarify_unknowns'));
  test('失联 not reported (or not known) → ask the police first; reported → no such step', () => {
    expect(steps([lostContact(false, true)], [deceased()])[0]).toBe('report_lost_contact_to_police');
    expect(steps([lostContact(null, true)], [deceased()])).toContain('report_lost_contact_to_police');
    expect(steps([lostContact(true, null)], [deceased()])).not.toContain('report_lost_contact_to_police');
    expect(steps([lostContact(true, true)], [deceased()])).not.toContain('report_lost_contact_to_police');
  });
  test('失联 满6个月 but not reported → 可能符合: report first; nothing was 不清楚, so nothing to clarify', () => {
    const result = assess(answers([lostContact(false, true)], [deceased()]));
    expect(result.outcome).toBe('possibly_eligible');
    expect(result.nextSteps).toEqual([
      'report_lost_contact_to_police', 'apply_at_hukou_street', 'apply_anywhere_kuasheng', 'ask_child_director', 'ask_child_supervisor', 'district_decides',
    ]);
  });
  test('something answered 不清楚 → clarify it first; only a detail not known counts too', () => {
    expect(steps([ill(null)], [deceased()])[0]).toBe('clarify_unknowns');
    expect(steps([lostContact(true, null)], [deceased()])[0]).toBe('clarify_unknowns');
    expect(steps([deported(null), imprisoned(true)], [notKnown()])[0]).toBe('clarify_unknowns');
  });
  test('eligible: no step about what is not known, even when a situation that does not decide it was 不清楚', () => {
    for (const result of [steps([imprisoned(true)], [deceased()]), steps([imprisoned(true), ill(null)], [deceased()])]) {
      expect(result).toEqual(['apply_at_hukou_street', 'apply_anywhere_kuasheng', 'ask_child_director', 'ask_child_supervisor', 'district_decides']);
    }
  });
  test('一方死亡 and the other 不清楚 along with other situations → still may be a 孤儿 case; only one side is not enough', () => {
    expect(steps([imprisoned(null), deceased()], [ill(null), notKnown()])).toContain('orphan_possible');
    expect(steps([notKnown()], [imprisoned(null)])).not.toContain('orphan_possible');
    expect(steps([missing()], [ill(null)])).not.toContain('orphan_possible');
  });
  test('one parent dead or declared missing, the other not known at all → it may also be a 孤儿 case', () => {
    expect(steps([deceased()], [notKnown()])).toContain('orphan_possible');
    expect(steps([notKnown()], [missing()])).toContain('orphan_possible');
    expect(steps([deceased()], [ill(null)])).not.toContain('orphan_possible');
    expect(steps([imprisoned(true)], [notKnown()])).not.toContain('orphan_possible');
  });
  test('18 or older → ask about children still at school; the district decides', () =>
    expect(steps([deceased()], [deceased()], false)).toEqual(['over18_schooling', 'district_decides']));
  test('every step is a declared key, and the district always decides', () => {
    for (const f of Object.values(SAMPLE)) for (const m of Object.values(SAMPLE)) for (const age of [true, false]) {
      const result = steps([f], [m], age);
      for (const step of result) expect(NEXT_STEPS).toContain(step);
      expect(result.at(-1)).toBe('district_decides');
      expect(new Set(result).size).toBe(result.length);
    }
  });
});

describe('what would change the result', () => {
  test('父亲: 失联 是否报警不清楚 满6个月, 母亲: 死亡 → reporting to the police would make it eligible', () => {
    const result = assess(answers([lostContact(null, true)], [deceased()]));
    expect(result.outcome).toBe('possibly_eligible');
    // Not reported yet leaves it open (the report is the proof), so "no" is not a change of outcome.
    expect(result.changes).toEqual<Change[]>([
      { parent: 'father', index: 0, situation: 'lost_contact', field: 'reportedToPolice', from: null, to: true, outcomeWould: 'eligible' },
      { parent: 'father', index: 0, situation: 'lost_contact', field: 'sixMonthsOrMore', from: true, to: false, outcomeWould: 'not_eligible' },
      { field: 'childUnder18', from: true, to: false, outcomeWould: 'not_eligible' },
    ]);
  });
  test('母亲: 重残 三级 其他 → a grade of 1 or 2, or a mental / intellectual type, would change it', () => {
    const result = assess(answers([deceased()], [disabled(3, 'other')]));
    expect(result.outcome).toBe('not_eligible');
    const hints = result.changes.map((c) => ('parent' in c ? `${c.field}=${c.to}→${c.outcomeWould}` : c.field));
    expect(hints).toEqual([
      'grade=1→eligible', 'grade=2→eligible', 'grade=null→possibly_eligible',
      'type=intellectual→eligible', 'type=mental→eligible', 'type=null→possibly_eligible',
    ]);
  });
  test('a change that does not alter the outcome is not reported (another situation already decides)', () => {
    const result = assess(answers([imprisoned(true), ill(null)], [deceased()]));
    expect(result.changes.filter((c) => 'parent' in c && c.index === 1)).toEqual([]);
  });
  test('18 or older: only the age would change it', () => {
    const result = assess(answers([imprisoned(true)], [deceased()], false));
    expect(result.changes).toEqual([{ field: 'childUnder18', from: false, to: true, outcomeWould: 'eligible' }]);
  });
  test('nothing at all would change it → empty', () => {
    // 未满18, both parents 都不是: no field to change; the age only keeps it not eligible.
    expect(assess(answers([], [])).changes).toEqual([]);
  });
});
