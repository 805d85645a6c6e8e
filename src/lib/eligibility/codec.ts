/**
 * Compact, versioned URL-hash encoding of Answers, for share links. Answers never leave the page:
 * they live only in the `#…` part of the address.
 *
 * Version 1: `v1.<A><F…>.<M…>.<CC>`
 *   A    '1' if the child is under 18, '0' if not
 *   F…   one symbol per situation of the father, M… of the mother (possibly none)
 *   CC   checksum of `<A><F…>.<M…>`, two symbols
 * A symbol is a position in the list of every concrete Situation (48 of them), built from the tables in
 * schema.ts, written with the alphabet 0-9a-zA-Z. The checksum is a position-weighted sum modulo a prime,
 * so any single changed symbol, and any swap of two neighbouring symbols, is always detected.
 *
 * decodeAnswers never throws: it returns the answers, or why they could not be read.
 *
 * The decoder builds its answers from the table alone (every symbol stands for a valid situation), so that a page
 * that only reads links, like the questionnaire's, does not carry the validator's code and messages.
 */
import { FIELD_VALUES, SITUATION_KINDS, fieldsOf } from './schema';
import type { Answers, Situation, SituationKind } from './types';
import { parseAnswers } from './validate';

export type DecodeError =
  | 'empty' // no hash at all: start afresh
  | 'version' // written by another version of the site
  | 'malformed' // not a version-1 string, or damaged (checksum does not match)
  | 'invalid'; // intact, but does not describe valid answers
export type DecodeResult = { ok: true; answers: Answers } | { ok: false; error: DecodeError };

const VERSION = '1';
/** The symbols of a link (also those of the questionnaire's draft links, src/lib/questionnaire/link.ts). */
export const ALPHABET = '0123456789abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ';
const PRIME = 3833; // largest prime below 62 * 62, so the checksum fits in two symbols
const MAX_LENGTH = 500; // far beyond any real answers; keeps the checksum's guarantee (length < PRIME)
const V1 = /^([0-9a-zA-Z])([0-9a-zA-Z]*)\.([0-9a-zA-Z]*)\.([0-9a-zA-Z]{2})$/;

/** Every concrete situation, in table order: a situation's position is its symbol. */
const SITUATIONS: readonly Situation[] = SITUATION_KINDS.flatMap(expand);
const SYMBOL_OF = /* @__PURE__ */ new Map(SITUATIONS.map((situation, i) => [key(situation), ALPHABET[i]]));

function expand(kind: SituationKind): Situation[] {
  let situations: Record<string, unknown>[] = [{ kind }];
  for (const field of fieldsOf(kind)) {
    situations = situations.flatMap((s) => FIELD_VALUES[field].map((value) => ({ ...s, [field]: value })));
  }
  return situations as Situation[];
}

/** Situations from parseAnswers and from expand() list their fields in the same (table) order. */
function key(situation: Situation): string {
  return JSON.stringify(situation);
}

/**
 * Two symbols that change whenever one symbol of the body changes or two neighbours swap. Any character outside the
 * alphabet but '.' counts as nothing in the sum (the draft links' '_' for an unanswered question) and still moves
 * the weights of the rest.
 */
export function checksum(body: string): string {
  let sum = body.length;
  for (let i = 0; i < body.length; i++) {
    const code = body[i] === '.' ? ALPHABET.length : ALPHABET.indexOf(body[i]);
    sum = (sum + (i + 1) * (code + 1)) % PRIME;
  }
  return ALPHABET[Math.floor(sum / ALPHABET.length)] + ALPHABET[sum % ALPHABET.length];
}

/** Throws InvalidAnswersError if `answers` is not valid. */
export function encodeAnswers(answers: Answers): string {
  const valid = parseAnswers(answers);
  const symbols = (list: Situation[]) => list.map((s) => SYMBOL_OF.get(key(s))).join('');
  const body = `${valid.childUnder18 ? '1' : '0'}${symbols(valid.father)}.${symbols(valid.mother)}`;
  return `v${VERSION}.${body}.${checksum(body)}`;
}

export function decodeAnswers(hash: string): DecodeResult {
  try {
    return decodeLink(hash);
  } catch {
    return { ok: false, error: 'malformed' }; // a safety net for the page; tests call decodeLink, which must not need it
  }
}

/** The decoder without the safety net: exported so that fuzz tests see any exception it would throw. */
export function decodeLink(hash: string): DecodeResult {
  if (typeof hash !== 'string') return { ok: false, error: 'malformed' };
  const text = hash.startsWith('#') ? hash.slice(1) : hash;
  if (text === '') return { ok: false, error: 'empty' };
  if (text.length > MAX_LENGTH) return { ok: false, error: 'malformed' };
  const version = /^v(\d+)\./.exec(text);
  if (!version) return { ok: false, error: 'malformed' };
  if (version[1] !== VERSION) return { ok: false, error: 'version' };
  const parts = V1.exec(text.slice(version[0].length));
  if (!parts) return { ok: false, error: 'malformed' };
  const [, age, father, mother, check] = parts;
  if (checksum(`${age}${father}.${mother}`) !== check) return { ok: false, error: 'malformed' };
  if (age !== '0' && age !== '1') return { ok: false, error: 'invalid' };
  const fatherList = situationsOf(father);
  const motherList = situationsOf(mother);
  if (!fatherList || !motherList) return { ok: false, error: 'invalid' }; // a symbol beyond the table
  return { ok: true, answers: { childUnder18: age === '1', father: fatherList, mother: motherList } };
}

/** Fresh copies of the situations the symbols stand for, or undefined when one is beyond the table. */
function situationsOf(symbols: string): Situation[] | undefined {
  const situations = [...symbols].map((symbol) => SITUATIONS[ALPHABET.indexOf(symbol)]);
  return situations.every(Boolean) ? situations.map((situation) => ({ ...situation })) : undefined;
}
