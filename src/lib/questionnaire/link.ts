/**
 * The answers in the address's hash from the first answer on, and where the family is: versioned and checked like
 * the share links of version 1 (src/lib/eligibility/codec.ts), which are still read. A result's link is a draft link
 * at the result: the page then needs only the v1 decoder, not its encoder and validator (the training pages still
 * write v1 links on the server).
 *
 * Draft version 1: `d1.<answers>.<position>.<CC>`
 *   answers   one token per question in the order the questions come (questionScreens), read by replaying them:
 *             a parent's situations two symbols (0 = 以上都没有, 1024 = 不清楚, else the sum of 2^i for each
 *             situation ticked, i its place in PICKABLE_KINDS); any other question one symbol, the place of the
 *             option chosen in optionsOf (the age: 0 under 18, 1 not); '_' for a question not answered yet.
 *             Trailing '_' are left out.
 *   position  's' the start, 'r' the review, 'x' the result, 'q<n>' question n (its place in questionScreens),
 *             'c<n>' question n opened with 修改
 *   CC        checksum of `<answers>.<position>`, two symbols, as the share link's (any one changed symbol and
 *             any swap of two neighbours is detected)
 * Symbols are 0-9a-zA-Z. Replaying the questions means a link can only hold answers the questionnaire could have
 * built: a contradiction (死亡 with another situation, a follow-up the route never asks) is 'invalid'.
 *
 * decodeDraft never throws: it returns the draft and position, or why they could not be read.
 */
import { ALPHABET, checksum, decodeAnswers, type DecodeError } from '../eligibility/codec';
import { draftOf, emptyDraft, type Draft } from './draft';
import { applyScreen, chosenKeys, optionsOf, validateScreen } from './form';
import { START, ask, positionKey, type Position } from './position';
import { isAnswered, questionScreens, screenId, type Screen } from './screens';
import { NONE, PICKABLE_KINDS, UNKNOWN } from './values';

export type DraftResult = { ok: true; draft: Draft; position: Position } | { ok: false; error: DecodeError };

const VERSION = '1';
const SKIP = '_';
const MAX_LENGTH = 200; // far beyond any real draft; keeps the checksum's guarantee (length below its prime)
const ALL_UNKNOWN = 1024; // the situations token for 不清楚: one past the ten situations' bits
const FORMAT = /^d(\d+)\./;
const V1 = /^([0-9a-zA-Z_]*)\.([srxqc])([0-9a-zA-Z]?)\.([0-9a-zA-Z]{2})$/;

/** True when the hash holds a draft (of any version) rather than a share link. */
export const isDraftLink = (hash: string): boolean => FORMAT.test(hash);

/** The token of one question's answer ('_' when unanswered). */
function token(draft: Draft, screen: Screen): string {
  if (!isAnswered(draft, screen)) return SKIP;
  const keys = chosenKeys(draft, screen);
  if (screen.kind !== 'situations') return ALPHABET[optionsOf(screen).indexOf(keys[0])];
  const value = keys[0] === UNKNOWN ? ALL_UNKNOWN : PICKABLE_KINDS.reduce((sum, kind, i) => (keys.includes(kind) ? sum + 2 ** i : sum), 0);
  return ALPHABET[Math.floor(value / 62)] + ALPHABET[value % 62];
}

/** The keys a token stands for (validated by the caller), or undefined when it names no option of the screen. */
function keysOf(screen: Screen, text: string): string[] | undefined {
  const [high, low] = [...text].map((symbol) => ALPHABET.indexOf(symbol));
  if (screen.kind !== 'situations') {
    const key = optionsOf(screen)[high];
    return key ? [key] : undefined;
  }
  const value = text.length === 2 && low >= 0 ? high * 62 + low : -1;
  if (value === 0) return [NONE];
  if (value === ALL_UNKNOWN) return [UNKNOWN];
  return value > 0 && value < ALL_UNKNOWN ? PICKABLE_KINDS.filter((_, i) => value & (2 ** i)) : undefined;
}

/** The positions other than a question, by their letter (positionKey). */
const PLACES: Record<string, Position> = { s: START, r: { at: 'review' }, x: { at: 'result' } };

/** The hash for a draft at a position. */
export function encodeDraft(draft: Draft, position: Position): string {
  const screens = questionScreens(draft);
  const answers = screens.map((screen) => token(draft, screen)).join('').replace(/_+$/, '');
  let at = positionKey(position);
  if (position.at === 'question') {
    const id = screenId(position.screen);
    at = (position.changing ? 'c' : 'q') + ALPHABET[screens.findIndex((screen) => screenId(screen) === id)];
  }
  const body = `${answers}.${at}`;
  return `d${VERSION}.${body}.${checksum(body)}`;
}

/** Reads a draft hash (with or without '#'). */
export function decodeDraft(hash: string): DraftResult {
  const text = hash.startsWith('#') ? hash.slice(1) : hash;
  const version = FORMAT.exec(text);
  if (!version || text.length > MAX_LENGTH) return { ok: false, error: 'malformed' };
  if (version[1] !== VERSION) return { ok: false, error: 'version' };
  const parts = V1.exec(text.slice(version[0].length));
  if (!parts) return { ok: false, error: 'malformed' };
  const [, answers, at, place, check] = parts;
  if (checksum(`${answers}.${at}${place}`) !== check) return { ok: false, error: 'malformed' };
  const draft = replay(answers);
  if (!draft) return { ok: false, error: 'invalid' };
  const screens = questionScreens(draft);
  const screen = place === '' ? undefined : screens[ALPHABET.indexOf(place)];
  const position = PLACES[at] ? !place && PLACES[at] : screen && ask(screen, at === 'c');
  return position ? { ok: true, draft, position } : { ok: false, error: 'invalid' };
}

/** The draft the tokens build, answering the questions in their order; undefined when they build none. */
function replay(answers: string): Draft | undefined {
  let draft = emptyDraft();
  for (let i = 0, read = 0; read < answers.length; i++) {
    const screen = questionScreens(draft)[i];
    if (!screen) return undefined; // more answers than questions
    const text = answers.slice(read, (read += answers[read] === SKIP || screen.kind !== 'situations' ? 1 : 2));
    if (text === SKIP) continue;
    const keys = keysOf(screen, text);
    if (!keys || validateScreen(screen, keys)) return undefined;
    draft = applyScreen(draft, screen, keys);
  }
  return draft;
}

/** The hash for a position: nothing at the start before any answer, else the draft there. */
export function positionHash(draft: Draft, position: Position): string {
  const empty = questionScreens(draft).every((screen) => !isAnswered(draft, screen));
  return position.at === 'start' && empty ? '' : encodeDraft(draft, position);
}

/**
 * What a hash holds: nothing (a fresh start), a draft (or a result's link), or a share link of version 1, whose
 * answers must be ones the questionnaire could have built (a contradiction is 'invalid'). An address ending in ##
 * gives 'empty'.
 */
export function readHash(hash: string): DraftResult {
  if (hash === '') return { ok: true, draft: emptyDraft(), position: START };
  if (isDraftLink(hash)) return decodeDraft(hash);
  const decoded = decodeAnswers(hash);
  if (!decoded.ok) return decoded;
  const draft = draftOf(decoded.answers);
  return draft ? { ok: true, draft, position: { at: 'result' } } : { ok: false, error: 'invalid' };
}
