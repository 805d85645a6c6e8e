/**
 * Share links: answers ⇄ `#v1.…`. Round trips, golden strings (the v1 format must never drift),
 * tamper detection, and fuzzing that the decoder never throws.
 */
import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { decodeAnswers, encodeAnswers } from '../../../src/lib/eligibility/codec';
import { InvalidAnswersError, parseAnswers, type Answers, type Situation } from '../../../src/lib/eligibility';
import { ALL_LISTS, ALL_SITUATIONS, answers, deceased, disabled, imprisoned, lostContact, missing, notKnown } from './helpers';

const ERRORS = ['empty', 'version', 'malformed', 'invalid'];
const URL_SAFE = /^[0-9A-Za-z._~-]+$/;
const N = ALL_LISTS.length;

/** decodeAnswers must never throw, and an ok result must be valid answers. */
function decodeSafely(input: string) {
  const result = decodeAnswers(input);
  if (result.ok) expect(parseAnswers(result.answers)).toEqual(result.answers);
  else expect(ERRORS).toContain(result.error);
  return result;
}

describe('round trips', () => {
  test('every list of 0–2 situations, on each side, both ages', () => {
    const failures: string[] = [];
    let longest = 0;
    for (let i = 0; i < N; i++) {
      for (const childUnder18 of [true, false]) {
        const other = ALL_LISTS[(i * 31 + 7) % N];
        for (const a of [{ childUnder18, father: ALL_LISTS[i], mother: other }, { childUnder18, father: other, mother: ALL_LISTS[i] }]) {
          const encoded = encodeAnswers(a);
          longest = Math.max(longest, encoded.length);
          const decoded = decodeAnswers(encoded);
          if (!URL_SAFE.test(encoded) || !encoded.startsWith('v1.') || !decoded.ok || JSON.stringify(decoded.answers) !== JSON.stringify(a)) {
            if (failures.length < 5) failures.push(`${JSON.stringify(a)} → ${encoded} → ${JSON.stringify(decoded)}`);
          }
        }
      }
    }
    expect(failures).toEqual([]);
    expect(longest).toBeLessThanOrEqual('v1.1ab.cd.XY'.length); // 12 characters for two situations each
  });
  test('every pair of single situations (and none), both ages', () => {
    const short = ALL_LISTS.slice(0, 49);
    for (const father of short) for (const mother of short) for (const childUnder18 of [true, false]) {
      const a = { childUnder18, father, mother };
      expect(decodeAnswers(encodeAnswers(a))).toEqual({ ok: true, answers: a });
    }
  });
  test('random answers of any length (fast-check)', () => {
    const situation = fc.constantFrom(...ALL_SITUATIONS);
    const anyAnswers = fc.record({
      childUnder18: fc.boolean(),
      father: fc.array(situation, { maxLength: 11 }),
      mother: fc.array(situation, { maxLength: 11 }),
    });
    fc.assert(fc.property(anyAnswers, (a) => {
      expect(decodeAnswers(encodeAnswers(a))).toEqual({ ok: true, answers: a });
      expect(decodeAnswers(`#${encodeAnswers(a)}`)).toEqual({ ok: true, answers: a });
    }), { numRuns: 500 });
  });
  test('a leading # is tolerated', () => {
    const a = answers([deceased()], [lostContact(true, null)]);
    expect(decodeAnswers(`#${encodeAnswers(a)}`)).toEqual({ ok: true, answers: a });
  });
  test('decoded answers are fresh objects, not shared with the codec', () => {
    const encoded = encodeAnswers(answers([imprisoned(true)], []));
    const first = decodeAnswers(encoded);
    if (!first.ok) throw new Error('expected ok');
    (first.answers.father[0] as { sixMonthsOrMore: boolean | null }).sixMonthsOrMore = false;
    expect(decodeAnswers(encoded)).toEqual({ ok: true, answers: answers([imprisoned(true)], []) });
  });
});

describe('version 1 format is stable (links already shared must keep working)', () => {
  const golden: [Answers, string][] = [
    [answers([], []), 'v1.1..26'],
    [answers([deceased()], [missing()], false), 'v1.00.1.3i'],
    // 重残 三级 其他 = symbol 12 ('c'), 失联 已报警 时长不清楚 = 40 ('E'), 不清楚 = 47 ('L')
    [answers([disabled(3, 'other'), lostContact(true, null)], [notKnown()]), 'v1.1cE.L.as'],
  ];
  test.each(golden.map(([a, s]) => [s, a] as const))('%s', (encoded, a) => {
    expect(encodeAnswers(a)).toBe(encoded);
    expect(decodeAnswers(encoded)).toEqual({ ok: true, answers: a });
  });
});

describe('errors are typed, never thrown', () => {
  test('empty → empty', () => {
    expect(decodeAnswers('')).toEqual({ ok: false, error: 'empty' });
    expect(decodeAnswers('#')).toEqual({ ok: false, error: 'empty' });
  });
  test('another version → version', () => {
    expect(decodeAnswers('v0.1..26')).toEqual({ ok: false, error: 'version' });
    expect(decodeAnswers('#v2.1..26')).toEqual({ ok: false, error: 'version' });
    expect(decodeAnswers('v10.anything')).toEqual({ ok: false, error: 'version' });
  });
  // Each is the valid 'v1.1..26' (no situations) with one defect.
  test.each(['v1', 'v1.', 'v1.1..', 'v1.1.26', 'v1.1...26', 'hello', '##v1.1..26', 'v1.1..26 ', ' v1.1..26', 'V1.1..26', 'v1.1..2', 'v1.1..266', 'v1.1 ..26', 'v1.1..2%', 'v1.1.,26', '1..26'])(
    '%j → malformed',
    (input) => expect(decodeAnswers(input)).toEqual({ ok: false, error: 'malformed' }),
  );
  test('a wrong checksum → malformed', () => {
    expect(decodeAnswers('v1.1..27')).toEqual({ ok: false, error: 'malformed' });
    expect(decodeAnswers('v1.11..26')).toEqual({ ok: false, error: 'malformed' }); // a situation added
  });
  test('too long → malformed', () => expect(decodeAnswers(`v1.1${'0'.repeat(600)}..00`)).toEqual({ ok: false, error: 'malformed' }));
  test('intact (checksum right) but meaning nothing → invalid', () => {
    // Find the checksum by trying all of them: the decoder must call only the right one 'invalid'.
    const alphabet = '0123456789abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ';
    for (const body of ['1Z.', '10.M', '2.', 'x0.0']) {
      const results = [...alphabet].flatMap((a) => [...alphabet].map((b) => decodeAnswers(`v1.${body}.${a}${b}`)));
      expect(results.filter((r) => !r.ok && r.error === 'invalid')).toHaveLength(1);
      expect(results.filter((r) => !r.ok && r.error === 'malformed')).toHaveLength(alphabet.length ** 2 - 1);
    }
  });
  test('non-string input from untyped callers does not throw', () => {
    for (const input of [null, undefined, 5, {}, ['v1.1..26']]) {
      expect(decodeAnswers(input as never)).toEqual({ ok: false, error: 'malformed' });
    }
  });
  test('encodeAnswers refuses invalid answers with InvalidAnswersError', () => {
    expect(() => encodeAnswers({ childUnder18: true, father: [{ kind: 'jailed' }], mother: [] } as never)).toThrow(InvalidAnswersError);
  });
});

describe('decoded answers are built from the table without the validator', () => {
  test('they are fresh objects: changing one changes neither the table nor the next decode', () => {
    const link = encodeAnswers(answers([imprisoned(true)], [imprisoned(true)]));
    const first = decodeAnswers(link);
    if (!first.ok) throw new Error('the link should decode');
    expect(first.answers.father[0]).not.toBe(first.answers.mother[0]);
    (first.answers.father[0] as { sixMonthsOrMore: unknown }).sixMonthsOrMore = false;
    expect(decodeAnswers(link)).toEqual({ ok: true, answers: answers([imprisoned(true)], [imprisoned(true)]) });
  });
});

describe('tampering', () => {
  const samples: Answers[] = [
    answers([], []),
    answers([deceased(), imprisoned(true)], [lostContact(null, true)]),
    answers([disabled(4, 'mental')], [notKnown(), missing()], false),
    // A systematic spread: every 97th list against another, ages alternating.
    ...ALL_LISTS.filter((_, i) => i % 97 === 0).map((list, k) => answers(list, ALL_LISTS[(k * 211 + 5) % N], k % 2 === 0)),
  ];
  const pool = [...'0123456789abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ.-_~#v%'];

  test('every single changed character of a valid link is detected', () => {
    for (const a of samples) {
      const encoded = encodeAnswers(a);
      for (let i = 0; i < encoded.length; i++) {
        for (const c of pool) {
          if (c === encoded[i]) continue;
          const tampered = encoded.slice(0, i) + c + encoded.slice(i + 1);
          const result = decodeAnswers(tampered);
          if (result.ok) throw new Error(`${encoded} → ${tampered} decoded as ${JSON.stringify(result.answers)}`);
        }
      }
    }
  });
  test('every swap of two neighbouring different characters is detected', () => {
    for (const a of samples) {
      const encoded = encodeAnswers(a);
      for (let i = 0; i + 1 < encoded.length; i++) {
        if (encoded[i] === encoded[i + 1]) continue;
        const swapped = encoded.slice(0, i) + encoded[i + 1] + encoded[i] + encoded.slice(i + 2);
        expect(decodeAnswers(swapped).ok, swapped).toBe(false);
      }
    }
  });
  test('every truncation is detected', () => {
    for (const a of samples) {
      const encoded = encodeAnswers(a);
      for (let n = 0; n < encoded.length; n++) expect(decodeAnswers(encoded.slice(0, n)).ok).toBe(false);
    }
  });
});

describe('fuzzing: the decoder never throws and yields valid answers or a typed error', () => {
  test('any string of ASCII, any Unicode code points, any graphemes', () => {
    for (const unit of ['binary-ascii', 'binary', 'grapheme'] as const) {
      fc.assert(fc.property(fc.string({ unit, maxLength: 80 }), (s) => void decodeSafely(s)), { numRuns: 1000 });
    }
  });
  test('strings made of the codec’s own characters', () => {
    const chars = fc.constantFrom(...'v1.0#aZz9-_'.split(''));
    fc.assert(fc.property(fc.string({ unit: chars, maxLength: 20 }), (s) => void decodeSafely(s)), { numRuns: 3000 });
  });
  test('mutations of valid links: change, insert, delete characters', () => {
    const situation = fc.constantFrom<Situation>(...ALL_SITUATIONS);
    const link = fc
      .record({ childUnder18: fc.boolean(), father: fc.array(situation, { maxLength: 3 }), mother: fc.array(situation, { maxLength: 3 }) })
      .map(encodeAnswers);
    const edit = fc.record({
      at: fc.nat(),
      remove: fc.integer({ min: 0, max: 2 }),
      insert: fc.string({ unit: 'binary', maxLength: 3 }),
    });
    fc.assert(
      fc.property(link, fc.array(edit, { minLength: 1, maxLength: 3 }), (encoded, edits) => {
        let s = encoded;
        for (const { at, remove, insert } of edits) {
          const i = at % (s.length + 1);
          s = s.slice(0, i) + insert + s.slice(i + remove);
        }
        const result = decodeSafely(s);
        if (result.ok) expect(encodeAnswers(result.answers).length).toBeGreaterThan(0);
      }),
      { numRuns: 3000 },
    );
  });
});
