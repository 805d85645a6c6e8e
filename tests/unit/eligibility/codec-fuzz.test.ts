/**
 * Structured fuzzing of share links against an oracle. The decoder is called without its safety net
 * (decodeLink), so an exception it would throw fails the test instead of turning into "malformed"; and every
 * result is compared with what an independent reading of the version-1 format gives, not only checked for shape.
 * Inputs reach deep code: valid links mutated symbol by symbol and field by field, answer sets encoded and then
 * perturbed, non-ASCII and look-alike characters placed inside otherwise valid links.
 */
import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { decodeLink, encodeAnswers, type DecodeResult } from '../../../src/lib/eligibility/codec';
import { FIELD_VALUES, SITUATION_FIELDS, fieldsOf } from '../../../src/lib/eligibility/schema';
import type { Answers, Situation } from '../../../src/lib/eligibility';
import { ALL_SITUATIONS } from './helpers';

// ---- The oracle: version 1 read from its documentation (codec.ts header), independently of the decoder --------
const ALPHABET = '0123456789abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ';
/** The symbol table as the format defines it: every kind in table order, each field's values nested in order. */
const SYMBOLS: Situation[] = Object.entries(SITUATION_FIELDS).flatMap(([kind, fields]) =>
  (fields as readonly string[]).reduce<Record<string, unknown>[]>(
    (partial, field) => partial.flatMap((s) => (FIELD_VALUES as Record<string, readonly unknown[]>)[field].map((v) => ({ ...s, [field]: v }))),
    [{ kind }],
  ),
) as Situation[];
const code = (c: string) => (c === '.' ? ALPHABET.length : ALPHABET.indexOf(c));

function oracleChecksum(body: string): string {
  let sum = body.length;
  [...body].forEach((c, i) => (sum = (sum + (i + 1) * (code(c) + 1)) % 3833));
  return ALPHABET[Math.floor(sum / 62)] + ALPHABET[sum % 62];
}

function oracle(input: string): DecodeResult {
  const text = input.startsWith('#') ? input.slice(1) : input;
  if (text === '') return { ok: false, error: 'empty' };
  if (text.length > 500) return { ok: false, error: 'malformed' };
  const version = /^v(\d+)\./.exec(text);
  if (!version) return { ok: false, error: 'malformed' };
  if (version[1] !== '1') return { ok: false, error: 'version' };
  const parts = /^([0-9a-zA-Z])([0-9a-zA-Z]*)\.([0-9a-zA-Z]*)\.([0-9a-zA-Z]{2})$/.exec(text.slice(version[0].length));
  if (!parts) return { ok: false, error: 'malformed' };
  const [, age, father, mother, check] = parts;
  if (oracleChecksum(`${age}${father}.${mother}`) !== check) return { ok: false, error: 'malformed' };
  const symbols = [...father, ...mother].map((c) => ALPHABET.indexOf(c));
  if ((age !== '0' && age !== '1') || symbols.some((i) => i >= SYMBOLS.length)) return { ok: false, error: 'invalid' };
  const list = (s: string) => [...s].map((c) => SYMBOLS[ALPHABET.indexOf(c)]);
  return { ok: true, answers: { childUnder18: age === '1', father: list(father), mother: list(mother) } };
}

/** The decoder agrees with the oracle, and never throws. */
function expectAgrees(input: string): DecodeResult {
  let result: DecodeResult;
  expect(() => (result = decodeLink(input)), `decodeLink threw on ${JSON.stringify(input)}`).not.toThrow();
  expect(result!, JSON.stringify(input)).toEqual(oracle(input));
  return result!;
}

// ---- Generators -------------------------------------------------------------------------------------------
const situation = fc.constantFrom<Situation>(...ALL_SITUATIONS);
const someAnswers = fc.record({
  childUnder18: fc.boolean(),
  father: fc.array(situation, { maxLength: 4 }),
  mother: fc.array(situation, { maxLength: 4 }),
});
/** Characters that look like the codec's own or break naive code: non-ASCII digits and letters, wide forms, emoji. */
const TRICKY = ['１', 'ｖ', '．', '٣', 'ß', 'İ', 'ǅ', '\u0000', '\u200b', '😀', '\ud800', '%', '#', ' ', '\n', 'v', '.', '0', 'Z'];
const anyChar = fc.oneof(fc.constantFrom(...TRICKY), fc.constantFrom(...ALPHABET), fc.string({ unit: 'binary', minLength: 1, maxLength: 1 }));

describe('the oracle is right about valid links (so that it can judge the rest)', () => {
  test('its symbol table holds every concrete situation once', () => {
    expect(SYMBOLS).toHaveLength(ALL_SITUATIONS.length);
    expect(new Set(SYMBOLS.map((x) => JSON.stringify(x))).size).toBe(ALL_SITUATIONS.length);
  });
  test('every encoded answer set reads back as itself', () =>
    fc.assert(fc.property(someAnswers, (a) => {
      expect(oracle(encodeAnswers(a))).toEqual({ ok: true, answers: a });
    }), { numRuns: 300 }));
});

describe('structured fuzzing: decodeLink equals the oracle and never throws', () => {
  test('a valid link with one character replaced by any character (non-ASCII included)', () =>
    fc.assert(fc.property(someAnswers, fc.nat(), anyChar, (a, at, c) => {
      const link = encodeAnswers(a);
      const i = at % link.length;
      const result = expectAgrees(link.slice(0, i) + c + link.slice(i + 1));
      if (c !== link[i]) expect(result.ok).toBe(false); // the checksum catches every single change
    }), { numRuns: 5000 }));

  test('a valid link with characters inserted or deleted anywhere, with or without #', () =>
    fc.assert(fc.property(someAnswers, fc.nat(), fc.integer({ min: 0, max: 3 }), fc.array(anyChar, { maxLength: 3 }), fc.boolean(), (a, at, remove, insert, hash) => {
      const link = encodeAnswers(a);
      const i = at % (link.length + 1);
      expectAgrees(`${hash ? '#' : ''}${link.slice(0, i)}${insert.join('')}${link.slice(i + remove)}`);
    }), { numRuns: 5000 }));

  test('one answer changed field by field: each variant decodes to exactly its own answers', () =>
    fc.assert(fc.property(someAnswers.filter((a) => a.father.length + a.mother.length > 0), fc.nat(), fc.nat(), (a, pick, valuePick) => {
      const side = a.father.length > 0 && (a.mother.length === 0 || pick % 2 === 0) ? 'father' : 'mother';
      const index = pick % a[side].length;
      const original = a[side][index];
      for (const field of fieldsOf(original.kind)) {
        const values = FIELD_VALUES[field] as readonly unknown[];
        const value = values[valuePick % values.length];
        const changed: Answers = { ...a, [side]: a[side].map((s, i) => (i === index ? { ...s, [field]: value } : s)) };
        const result = expectAgrees(encodeAnswers(changed));
        expect(result).toEqual({ ok: true, answers: changed });
      }
    }), { numRuns: 2000 }));

  test('a body re-signed with a correct checksum: decodes to what the symbols say, or "invalid"', () =>
    fc.assert(fc.property(fc.constantFrom('0', '1', '2', 'x'), fc.array(fc.constantFrom(...ALPHABET), { maxLength: 4 }), fc.array(fc.constantFrom(...ALPHABET), { maxLength: 4 }), (age, f, m) => {
      const body = `${age}${f.join('')}.${m.join('')}`;
      expectAgrees(`v1.${body}.${oracleChecksum(body)}`);
    }), { numRuns: 3000 }));

  test('other versions, other prefixes, and text around a valid link', () =>
    fc.assert(fc.property(someAnswers, fc.string({ unit: 'binary', maxLength: 4 }), fc.string({ unit: 'binary', maxLength: 4 }), fc.nat(99), (a, before, after, v) => {
      const link = encodeAnswers(a);
      expectAgrees(before + link + after);
      expectAgrees(link.replace(/^v1\./, `v${v}.`));
    }), { numRuns: 3000 }));

  test('any string at all', () =>
    fc.assert(fc.property(fc.string({ unit: 'binary', maxLength: 60 }), (s) => void expectAgrees(s)), { numRuns: 3000 }));
});

describe('the edges the fuzzers rarely reach', () => {
  test('input that is not a string is malformed, without an exception', () => {
    for (const input of [null, undefined, 5, {}, ['v1.1..26']]) expect(decodeLink(input as never)).toEqual({ ok: false, error: 'malformed' });
  });
  test('500 characters is the longest link read; 501 is malformed even with a right checksum', () => {
    const link = (length: number) => {
      const body = `1${'0'.repeat(length - 'v1.'.length - '..XX'.length - 1)}.`;
      return `v1.${body}.${oracleChecksum(body)}`;
    };
    expect(link(500)).toHaveLength(500);
    expect(expectAgrees(link(500)).ok).toBe(true);
    expect(expectAgrees(link(501))).toEqual({ ok: false, error: 'malformed' });
  });
  test('junk between the version and a valid body is malformed', () => {
    const body = '1..';
    expect(expectAgrees(`v1.-${body}${oracleChecksum('1.')}`)).toEqual({ ok: false, error: 'malformed' });
  });
});
