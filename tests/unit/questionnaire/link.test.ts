/**
 * The draft in the address (src/lib/questionnaire/link.ts): every draft the questionnaire can build at every
 * position it can show survives the round trip; any one changed symbol is detected; a link that replays to answers
 * the questionnaire could not build is refused; v1 share links are still read; and, fuzzed against an oracle written
 * from the format's description, decodeDraft never throws and never reads a link differently.
 */
import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { encodeAnswers } from '../../../src/lib/eligibility/codec';
import {
  START,
  answersOf,
  applyScreen,
  ask,
  decodeDraft,
  emptyDraft,
  encodeDraft,
  isAnswered,
  nextScreen,
  optionsOf,
  positionHash,
  questionScreens,
  readHash,
  reviewRows,
  screenId,
  validateScreen,
  type Draft,
  type DraftResult,
  type Position,
  type Screen,
} from '../../../src/lib/questionnaire';
import { PICKABLE_KINDS } from '../../../src/lib/questionnaire/values';
import { Walk } from './helpers';

const ALPHABET = '0123456789abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ';

/** What a draft says, compared across a round trip: each question asked and the options chosen, and the engine's answers. */
const meaning = (draft: Draft) => ({ rows: reviewRows(draft).map(({ screen, keys }) => [screenId(screen), keys]), answers: answersOf(draft) });
const sameDraft = (result: DraftResult, draft: Draft, position: Position) => {
  expect(result.ok).toBe(true);
  if (!result.ok) return;
  expect(meaning(result.draft)).toEqual(meaning(draft));
  expect(result.position).toEqual(position);
};

// ---- Drafts the questionnaire can build: random walks through the real flow -------------------------------------
/** Picks the options of one screen from a seed, the way a family could (one option, or several situations). */
function choose(screen: Screen, seed: number[]): string[] {
  const options = optionsOf(screen);
  if (screen.kind !== 'situations') return [options[seed[0] % options.length]];
  const alone = seed[0] % 4 === 0 ? [options[(seed[1] % 4) + options.length - 2 - 2 * ((seed[1] >> 2) % 2)]] : undefined;
  if (alone && !validateScreen(screen, alone)) return alone;
  const several = PICKABLE_KINDS.filter((kind, i) => kind !== 'deceased' && kind !== 'missing' && (seed[1] >> i) % 2 === 1);
  return several.length > 0 ? several : ['none'];
}

/** A draft from answering some questions in order, skipping some, maybe going back to change one, and where it stops. */
const walkArbitrary = fc.record({
  seeds: fc.array(fc.tuple(fc.nat(), fc.nat(), fc.nat(9)), { maxLength: 16 }),
  stop: fc.nat(),
});
function walkFrom({ seeds, stop }: { seeds: [number, number, number][]; stop: number }): { draft: Draft; position: Position } {
  let draft = emptyDraft();
  for (const [a, b, skip] of seeds) {
    const screens = questionScreens(draft);
    const screen = screens.find((s) => !isAnswered(draft, s)) ?? screens[a % screens.length];
    if (skip === 0) {
      // leave a gap: answer the question after it instead, if there is one
      const later = screens[screens.indexOf(screen) + 1];
      if (later) draft = applyScreen(draft, later, choose(later, [a, b]));
      continue;
    }
    draft = applyScreen(draft, screen, choose(screen, [a, b]));
  }
  const screens = questionScreens(draft);
  const positions: Position[] = [START, ...screens.map((s) => ask(s)), ...screens.map((s) => ask(s, true))];
  if (answersOf(draft)) positions.push({ at: 'review' }, { at: 'result' });
  return { draft, position: positions[stop % positions.length] };
}

describe('round trips', () => {
  test('a few drafts by hand, at each position they can show', () => {
    const walks = [
      new Walk().answer('no'),
      new Walk().answers('yes', ['imprisoned', 'severe_disability'], '3', 'multiple', 'unknown', 'unknown'),
      new Walk().answers('yes', ['lost_contact'], 'yes', 'no', ['deceased']),
      new Walk().answers('yes', 'none', 'none'),
    ];
    for (const { draft } of walks) {
      const screens = questionScreens(draft);
      for (const position of [START, { at: 'review' } as Position, { at: 'result' } as Position, ...screens.map((s) => ask(s)), ...screens.map((s) => ask(s, true))]) {
        const hash = encodeDraft(draft, position);
        expect(hash).toMatch(/^d1\.[0-9a-zA-Z_]*\.(?:[srx]|[qc][0-9a-zA-Z])\.[0-9a-zA-Z]{2}$/);
        sameDraft(decodeDraft(hash), draft, position);
        sameDraft(decodeDraft(`#${hash}`), draft, position);
      }
    }
  });

  test('多重残疾 comes back as 多重残疾, not as 不清楚', () => {
    const { draft } = new Walk().answers('yes', ['severe_disability'], '4', 'multiple');
    const result = decodeDraft(encodeDraft(draft, START));
    expect(result.ok && result.draft.aliases).toEqual({ 'father.severe_disability.type': 'multiple' });
  });

  test('unanswered questions between answered ones are kept as gaps', () => {
    let draft = new Walk().answers('yes', ['imprisoned']).draft;
    draft = applyScreen(draft, { kind: 'situations', parent: 'mother' }, ['deceased']);
    const hash = encodeDraft(draft, START);
    expect(hash.split('.')[1]).toContain('_');
    sameDraft(decodeDraft(hash), draft, START);
  });

  test('any draft the questionnaire can build, at any position it can show (generated)', () =>
    fc.assert(
      fc.property(walkArbitrary, (walk) => {
        const { draft, position } = walkFrom(walk);
        sameDraft(decodeDraft(encodeDraft(draft, position)), draft, position);
      }),
      { numRuns: 3000 },
    ));

  test('the start with no answer has no hash at all; with answers it keeps them', () => {
    expect(positionHash(emptyDraft(), START)).toBe('');
    expect(readHash('')).toEqual({ ok: true, draft: emptyDraft(), position: START });
    const { draft } = new Walk().answer('yes');
    expect(positionHash(draft, START)).toMatch(/^d1\./);
  });
});

describe('tampering and broken links', () => {
  const samples = [
    new Walk().answers('yes', ['imprisoned', 'severe_disability'], '3', 'mental', 'yes', ['lost_contact'], 'unknown', 'yes'),
    new Walk().answers('yes', 'unknown', ['missing']),
  ].map(({ draft }) => encodeDraft(draft, { at: 'review' }));

  test('every single changed symbol is detected (malformed), never read as other answers', () => {
    for (const hash of samples) {
      for (let i = 0; i < hash.length; i++) {
        for (const symbol of `${ALPHABET}_.`) {
          if (symbol === hash[i]) continue;
          const changed = hash.slice(0, i) + symbol + hash.slice(i + 1);
          const result = decodeDraft(changed);
          expect(result.ok, changed).toBe(false);
        }
      }
    }
  });

  test('every swap of two neighbouring symbols is detected', () => {
    for (const hash of samples) {
      for (let i = 3; i < hash.length - 1; i++) {
        if (hash[i] === hash[i + 1]) continue;
        const swapped = hash.slice(0, i) + hash[i + 1] + hash[i] + hash.slice(i + 2);
        expect(decodeDraft(swapped).ok, swapped).toBe(false);
      }
    }
  });

  test('another version → version; cut short, too long or not a draft → malformed', () => {
    expect(decodeDraft(samples[0].replace(/^d1/, 'd2'))).toEqual({ ok: false, error: 'version' });
    expect(decodeDraft(samples[0].slice(0, -1))).toEqual({ ok: false, error: 'malformed' });
    expect(decodeDraft(`d1.${'0'.repeat(300)}.s.00`)).toEqual({ ok: false, error: 'malformed' });
    expect(decodeDraft('d1..')).toEqual({ ok: false, error: 'malformed' });
  });
});

/** A body with its right checksum, written as the format describes (independently of link.ts). */
function signed(body: string): string {
  let sum = body.length;
  [...body].forEach((c, i) => (sum = (sum + (i + 1) * ((c === '.' ? 62 : ALPHABET.indexOf(c)) + 1)) % 3833));
  return `d1.${body}.${ALPHABET[Math.floor(sum / 62)]}${ALPHABET[sum % 62]}`;
}

describe('intact links whose answers the questionnaire could not have built are refused (invalid)', () => {
  const situations = (...kinds: string[]) => {
    const value = kinds.reduce((sum, kind) => sum + 2 ** PICKABLE_KINDS.indexOf(kind as never), 0);
    return ALPHABET[Math.floor(value / 62)] + ALPHABET[value % 62];
  };
  test.each([
    ['死亡 with 服刑在押', `0${situations('deceased', 'imprisoned')}`],
    ['失踪 with 死亡', `0${situations('missing', 'deceased')}`],
    ['a situations value beyond 不清楚', '0H0'],
    ['an option the question does not have', '9'],
    ['more answers than questions', '1000'],
    ['a situations token cut in two', '0a'],
  ])('%s', (_, answers) => expect(decodeDraft(signed(`${answers}.s`))).toEqual({ ok: false, error: 'invalid' }));

  test.each([
    ['a question beyond the list', 'q9'],
    ['the start with a question number', 'sa'],
  ])('a position that is not there: %s', (_, at) => expect(decodeDraft(signed(`0${situations('imprisoned')}.${at}`))).toEqual({ ok: false, error: 'invalid' }));

  test('the same answers signed right are read', () => {
    const result = decodeDraft(signed(`0${situations('imprisoned', 'serious_illness')}.q2`));
    expect(result.ok && result.position).toEqual(ask({ kind: 'detail', parent: 'father', situation: 'serious_illness', field: 'onLocalList' }));
  });
});

describe('readHash: every kind of address', () => {
  const eligible = { childUnder18: true, father: [{ kind: 'imprisoned', sixMonthsOrMore: true }], mother: [{ kind: 'deceased' }] } as const;

  test('a v1 share link (already shared, or from a training case) opens its result', () => {
    const result = readHash(encodeAnswers(eligible as never));
    expect(result.ok && result.position).toEqual({ at: 'result' });
    expect(result.ok && answersOf(result.draft)).toEqual(eligible);
  });

  test('a v1 link with a contradiction (死亡 and 服刑在押 for one parent) is refused: invalid', () =>
    expect(readHash(encodeAnswers({ childUnder18: true, father: [{ kind: 'deceased' }, { kind: 'imprisoned', sixMonthsOrMore: true }], mother: [] }))).toEqual({
      ok: false,
      error: 'invalid',
    }));

  test('an address ending in ## (hash “#”) is the empty link: empty', () => expect(readHash('#')).toEqual({ ok: false, error: 'empty' }));

  test('a result is a draft link at the result', () => {
    const { draft } = new Walk().answers('yes', ['imprisoned'], 'yes', ['deceased']);
    const hash = positionHash(draft, { at: 'result' });
    expect(hash).toMatch(/^d1\..*\.x\.[0-9a-zA-Z]{2}$/);
    sameDraft(readHash(hash), draft, { at: 'result' });
  });
});

// ---- Fuzzing against an oracle --------------------------------------------------------------------------------
/** decodeDraft read from the format's description, replaying the flow itself. */
function oracle(input: string): DraftResult {
  const text = input.startsWith('#') ? input.slice(1) : input;
  const version = /^d(\d+)\./.exec(text);
  if (!version || text.length > 200) return { ok: false, error: 'malformed' };
  if (version[1] !== '1') return { ok: false, error: 'version' };
  const parts = /^([0-9a-zA-Z_]*)\.([srxqc])([0-9a-zA-Z]?)\.([0-9a-zA-Z]{2})$/.exec(text.slice(version[0].length));
  if (!parts || signed(`${parts[1]}.${parts[2]}${parts[3]}`) !== `d1.${parts[1]}.${parts[2]}${parts[3]}.${parts[4]}`) return { ok: false, error: 'malformed' };
  const [, answers, at, place] = parts;
  let draft = emptyDraft();
  let i = 0;
  let read = 0;
  while (read < answers.length) {
    const screen = questionScreens(draft)[i++];
    if (!screen) return { ok: false, error: 'invalid' };
    if (answers[read] === '_') {
      read += 1;
      continue;
    }
    let keys: string[] | undefined;
    if (screen.kind === 'situations') {
      const pair = answers.slice(read, read + 2);
      read += 2;
      const value = pair.length === 2 && !pair.includes('_') ? ALPHABET.indexOf(pair[0]) * 62 + ALPHABET.indexOf(pair[1]) : -1;
      keys = value === 0 ? ['none'] : value === 1024 ? ['unknown'] : value > 0 && value < 1024 ? PICKABLE_KINDS.filter((_, k) => (value >> k) & 1) : undefined;
    } else {
      const key = optionsOf(screen)[ALPHABET.indexOf(answers[read])];
      read += 1;
      keys = key ? [key] : undefined;
    }
    if (!keys || validateScreen(screen, keys)) return { ok: false, error: 'invalid' };
    draft = applyScreen(draft, screen, keys);
  }
  const fixed: Record<string, Position> = { s: START, r: { at: 'review' }, x: { at: 'result' } };
  if (fixed[at]) return place === '' ? { ok: true, draft, position: fixed[at] } : { ok: false, error: 'invalid' };
  const screen = place === '' ? undefined : questionScreens(draft)[ALPHABET.indexOf(place)];
  return screen ? { ok: true, draft, position: ask(screen, at === 'c') } : { ok: false, error: 'invalid' };
}

function expectAgrees(input: string): void {
  let result: DraftResult | undefined;
  expect(() => (result = decodeDraft(input)), `decodeDraft threw on ${JSON.stringify(input)}`).not.toThrow();
  const expected = oracle(input);
  if (expected.ok && result!.ok) {
    expect(meaning(result!.draft)).toEqual(meaning(expected.draft));
    expect(result!.position).toEqual(expected.position);
  } else {
    expect(result, JSON.stringify(input)).toEqual(expected);
  }
}

const TRICKY = ['１', 'ｄ', '．', '٣', 'ß', '\u0000', '\u200b', '😀', '\ud800', '%', '#', ' ', '_', '.', 'd', '0', 'Z'];
const anyChar = fc.oneof(fc.constantFrom(...TRICKY), fc.constantFrom(...ALPHABET), fc.string({ unit: 'binary', minLength: 1, maxLength: 1 }));

describe('structured fuzzing: decodeDraft equals the oracle and never throws', () => {
  test('a valid draft link with one character replaced by any character', () =>
    fc.assert(
      fc.property(walkArbitrary, fc.nat(), anyChar, (walk, at, c) => {
        const { draft, position } = walkFrom(walk);
        const link = encodeDraft(draft, position);
        const i = at % link.length;
        expectAgrees(link.slice(0, i) + c + link.slice(i + 1));
      }),
      { numRuns: 3000 },
    ));

  test('bodies of any symbols, signed right: read exactly as the flow replays them, or invalid', () =>
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...`${ALPHABET}__`), { maxLength: 14 }), fc.constantFrom('s', 'r', 'x', 'q0', 'q3', 'c1', 'qz', 'sx'), (symbols, at) =>
        expectAgrees(signed(`${symbols.join('')}.${at}`)),
      ),
      { numRuns: 3000 },
    ));

  test('any string at all, and text around a valid link', () =>
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 40 }), walkArbitrary, (s, walk) => {
        expectAgrees(s);
        const { draft, position } = walkFrom(walk);
        expectAgrees(`${s}${encodeDraft(draft, position)}`);
        expectAgrees(`${encodeDraft(draft, position)}${s}`);
      }),
      { numRuns: 2000 },
    ));
});

describe('the flow the generator walks is the real one', () => {
  test('generated drafts reach every kind of screen and both finished and unfinished drafts', () => {
    const seen = new Set<string>();
    let finished = 0;
    fc.assert(
      fc.property(walkArbitrary, (walk) => {
        const { draft, position } = walkFrom(walk);
        for (const screen of questionScreens(draft)) if (isAnswered(draft, screen)) seen.add(screen.kind === 'detail' ? `${screen.situation}.${screen.field}` : screen.kind);
        if (answersOf(draft)) finished++;
        expect(nextScreen(draft, { kind: 'age' })).not.toBe(position); // a real Screen or undefined, never the position object
      }),
      { numRuns: 1500, seed: 13 },
    );
    expect(seen.size).toBeGreaterThanOrEqual(10);
    expect(finished).toBeGreaterThan(50);
  });
});
