/**
 * Every invalid shape throws InvalidAnswersError naming the offending path; valid answers come back as a copy.
 */
import { describe, expect, test } from 'vitest';
import { InvalidAnswersError, assess, parseAnswers } from '../../../src/lib/eligibility';
import { ALL_SITUATIONS, answers, deceased, disabled, imprisoned, lostContact } from './helpers';

const valid = () => ({
  childUnder18: true,
  father: [{ kind: 'severe_disability', grade: 3, type: 'mental' }],
  mother: [{ kind: 'deceased' }],
});

function expectInvalid(input: unknown, path: string, says?: RegExp) {
  for (const run of [() => parseAnswers(input), () => assess(input)]) {
    let error: unknown;
    try {
      run();
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(InvalidAnswersError);
    expect(error).toBeInstanceOf(Error);
    const invalid = error as InvalidAnswersError;
    expect(invalid.name).toBe('InvalidAnswersError');
    expect(invalid.path).toBe(path);
    expect(invalid.message.startsWith(`${path || 'answers'}: `)).toBe(true);
    if (says) expect(invalid.message).toMatch(says);
  }
}

/** A valid answer set with one change made by `edit`. */
function edited(edit: (a: ReturnType<typeof valid> & Record<string, any>) => void) {
  const a = valid() as ReturnType<typeof valid> & Record<string, any>;
  edit(a);
  return a;
}

describe('the whole input', () => {
  test.each([
    ['null', null],
    ['undefined', undefined],
    ['a string', 'v1.1..00'],
    ['a number', 1],
    ['a list', [valid()]],
    ['true', true],
  ])('%s → path "" (answers)', (_name, input) => expectInvalid(input, ''));
});

describe('top-level fields', () => {
  test('missing childUnder18', () => expectInvalid(edited((a) => delete (a as any).childUnder18), 'childUnder18', /missing field/));
  test('missing father', () => expectInvalid(edited((a) => delete (a as any).father), 'father', /missing field/));
  test('missing mother', () => expectInvalid(edited((a) => delete (a as any).mother), 'mother', /missing field/));
  test('extra field', () => expectInvalid(edited((a) => (a.age = 12)), 'age', /unexpected field/));
  test('extra field even when undefined', () => expectInvalid(edited((a) => (a.note = undefined)), 'note', /unexpected field/));
  test.each([null, 'true', 1, 0, undefined, {}])('childUnder18 = %s', (value) =>
    expectInvalid(edited((a) => (a.childUnder18 = value as never)), 'childUnder18'),
  );
  test.each([null, {}, 'deceased', { 0: { kind: 'deceased' }, length: 1 }])('father = %j is not a list', (value) =>
    expectInvalid(edited((a) => (a.father = value as never)), 'father'),
  );
  test('mother not a list', () => expectInvalid(edited((a) => (a.mother = { kind: 'deceased' } as never)), 'mother'));
});

describe('situations', () => {
  test.each([null, 'deceased', 3, [{ kind: 'deceased' }], undefined])('father[0] = %j is not an object', (value) =>
    expectInvalid(edited((a) => (a.father = [value as never])), 'father[0]'),
  );
  test('a hole in the list', () => expectInvalid(edited((a) => (a.mother = [{ kind: 'deceased' }, , ] as never)), 'mother[1]'));
  test('missing kind', () => expectInvalid(edited((a) => (a.mother = [{} as never])), 'mother[0].kind', /missing field/));
  test.each(['dead', 'Deceased', '', 'toString', '__proto__', 'constructor', 5, null])('unknown kind %j', (kind) =>
    expectInvalid(edited((a) => (a.mother = [{ kind } as never])), 'mother[0].kind', /unknown situation kind/),
  );
  test('the path counts the position in the list', () =>
    expectInvalid(edited((a) => (a.father = [deceased(), { kind: 'jailed' }] as never)), 'father[1].kind'));
  test('extra field in a situation', () =>
    expectInvalid(edited((a) => (a.mother = [{ kind: 'deceased', date: '2020' } as never])), 'mother[0].date'));
  test('a field of another kind', () =>
    expectInvalid(edited((a) => (a.father = [{ kind: 'imprisoned', sixMonthsOrMore: true, grade: 1 } as never])), 'father[0].grade'));
  test.each([
    ['grade', { kind: 'severe_disability', type: 'other' }],
    ['type', { kind: 'severe_disability', grade: 1 }],
    ['onLocalList', { kind: 'serious_illness' }],
    ['sixMonthsOrMore', { kind: 'restricted' }],
    ['reportedToPolice', { kind: 'lost_contact', sixMonthsOrMore: true }],
    ['sixMonthsOrMore', { kind: 'lost_contact', reportedToPolice: true }],
    ['supportsChild', { kind: 'deported' }],
  ])('missing %s', (field, situation) =>
    expectInvalid(edited((a) => (a.father = [situation as never])), `father[0].${field}`, /missing field/),
  );
  test.each([0, 5, 2.5, -1, '2', NaN, Infinity, undefined, true])('grade %s is outside 1–4', (grade) =>
    expectInvalid(
      edited((a) => (a.father = [{ kind: 'severe_disability', grade, type: 'other' } as never])),
      'father[0].grade',
      grade === undefined ? /got undefined/ : /expected one of 1, 2, 3, 4, null/,
    ),
  );
  test.each(['physical', 'Mental', '', 0, false, undefined])('type %j', (type) =>
    expectInvalid(edited((a) => (a.father = [{ kind: 'severe_disability', grade: 3, type } as never])), 'father[0].type'),
  );
  test.each([
    ['serious_illness', 'onLocalList'],
    ['imprisoned', 'sixMonthsOrMore'],
    ['compulsory_rehab', 'sixMonthsOrMore'],
    ['restricted', 'sixMonthsOrMore'],
    ['deported', 'supportsChild'],
  ])('%s.%s must be true, false or null', (kind, field) => {
    for (const value of [0, 1, 'true', 'yes', undefined, {}]) {
      expectInvalid(edited((a) => (a.mother = [{ kind, [field]: value } as never])), `mother[0].${field}`);
    }
  });
  test('lost_contact fields each checked', () => {
    expectInvalid(
      edited((a) => (a.mother = [{ kind: 'lost_contact', reportedToPolice: 'no', sixMonthsOrMore: true } as never])),
      'mother[0].reportedToPolice',
    );
    expectInvalid(
      edited((a) => (a.mother = [{ kind: 'lost_contact', reportedToPolice: true, sixMonthsOrMore: 0 } as never])),
      'mother[0].sixMonthsOrMore',
    );
  });
});

describe('valid answers', () => {
  test('every concrete situation is accepted, on either side', () => {
    for (const s of ALL_SITUATIONS) {
      expect(parseAnswers(answers([s], [s]))).toEqual(answers([s], [s]));
    }
  });
  test('null is accepted wherever the family may answer 不清楚', () => {
    expect(() => parseAnswers(answers([disabled(null, null), lostContact(null, null)], [imprisoned(null)]))).not.toThrow();
  });
  test('empty lists are accepted', () => expect(parseAnswers(answers([], [], false))).toEqual(answers([], [], false)));
  test('an object without prototype is accepted', () => {
    const input = Object.assign(Object.create(null), valid());
    expect(parseAnswers(input)).toEqual(valid());
  });
  test('the result is a copy: changing the input later does not reach it', () => {
    const input = valid();
    const parsed = parseAnswers(input);
    input.father[0].grade = 4;
    input.mother.push({ kind: 'missing' });
    expect(parsed).toEqual(valid());
  });
});

describe('the message says what was found, in a few words', () => {
  const message = (input: unknown) => {
    try {
      parseAnswers(input);
    } catch (error) {
      return (error as Error).message;
    }
    throw new Error('expected InvalidAnswersError');
  };
  const withAge = (childUnder18: unknown) => ({ ...valid(), childUnder18 });
  test.each([
    [withAge('yes'), 'childUnder18: expected true or false, got "yes"'],
    [withAge(null), 'childUnder18: expected true or false, got null'],
    [withAge([]), 'childUnder18: expected true or false, got a list'],
    [withAge(1), 'childUnder18: expected true or false, got 1'],
    [withAge(undefined), 'childUnder18: expected true or false, got undefined'],
    [withAge({}), 'childUnder18: expected true or false, got a value of type object'],
    [withAge('x'.repeat(41)), `childUnder18: expected true or false, got "${'x'.repeat(40)}…"`],
    [withAge('x'.repeat(40)), `childUnder18: expected true or false, got "${'x'.repeat(40)}"`],
    [{ ...valid(), father: 'none' }, 'father: expected a list of situations, got "none"'],
    [{ ...valid(), father: [true] }, 'father[0]: expected an object, got true'],
    [{ ...valid(), father: [{ kind: 'jailed' }] }, 'father[0].kind: unknown situation kind "jailed", expected one of deceased, missing,'],
    [{ ...valid(), father: [{ kind: 'imprisoned', sixMonthsOrMore: 'yes' }] }, 'father[0].sixMonthsOrMore: expected one of null, false, true, got "yes"'],
  ])('%j', (input, says) => expect(message(input).startsWith(says), message(input)).toBe(true));
  test('a kind that is not a string is not a kind, even one that reads like one', () =>
    expect(message({ ...valid(), father: [{ kind: ['deceased'] }] })).toMatch(/father\[0\]\.kind: unknown situation kind a list/));
  test('a kind that is only an inherited property is not a kind', () =>
    expect(message({ ...valid(), father: [{ kind: 'toString' }] })).toMatch(/unknown situation kind "toString"/));
});
