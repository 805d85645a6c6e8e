/**
 * Strict, hand-written validation of Answers (no schema library, to keep the browser bundle small).
 * Accepts exactly the contract shape: every field present, no extra keys, the right types and values.
 * Returns a fresh copy, so later changes to the input cannot reach an Assessment.
 */
import type { Answers, Situation } from './types';
import { FIELD_VALUES, SITUATION_FIELDS, SITUATION_KINDS, isSituationKind } from './schema';

/** Thrown for answers of the wrong shape. `path` names the offending place, e.g. `father[0].grade` ('' = the whole input). */
export class InvalidAnswersError extends Error {
  readonly path: string;
  constructor(path: string, problem: string) {
    super(`${path || 'answers'}: ${problem}`);
    this.name = 'InvalidAnswersError';
    this.path = path;
  }
}

const ANSWER_FIELDS = ['childUnder18', 'father', 'mother'] as const;

export function parseAnswers(input: unknown): Answers {
  const root = expectObject(input, '');
  expectExactKeys(root, ANSWER_FIELDS, '');
  if (typeof root.childUnder18 !== 'boolean') {
    throw new InvalidAnswersError('childUnder18', `expected true or false, got ${describe(root.childUnder18)}`);
  }
  return {
    childUnder18: root.childUnder18,
    father: parseSituations(root.father, 'father'),
    mother: parseSituations(root.mother, 'mother'),
  };
}

function parseSituations(value: unknown, path: string): Situation[] {
  if (!Array.isArray(value)) throw new InvalidAnswersError(path, `expected a list of situations, got ${describe(value)}`);
  const situations: Situation[] = [];
  for (let i = 0; i < value.length; i++) situations.push(parseSituation(value[i], `${path}[${i}]`));
  return situations;
}

function parseSituation(value: unknown, path: string): Situation {
  const object = expectObject(value, path);
  if (!hasOwn(object, 'kind')) throw new InvalidAnswersError(`${path}.kind`, 'missing field');
  const kind = object.kind;
  if (!isSituationKind(kind)) {
    throw new InvalidAnswersError(
      `${path}.kind`,
      `unknown situation kind ${describe(kind)}, expected one of ${SITUATION_KINDS.join(', ')}`,
    );
  }
  const fields = SITUATION_FIELDS[kind];
  expectExactKeys(object, ['kind', ...fields], path);
  const situation: Record<string, unknown> = { kind };
  for (const field of fields) {
    const allowed: readonly unknown[] = FIELD_VALUES[field];
    const fieldValue = object[field];
    if (!allowed.includes(fieldValue)) {
      const expected = allowed.map((v) => JSON.stringify(v)).join(', ');
      throw new InvalidAnswersError(`${path}.${field}`, `expected one of ${expected}, got ${describe(fieldValue)}`);
    }
    situation[field] = fieldValue;
  }
  return situation as Situation;
}

function expectObject(value: unknown, path: string): Record<string, unknown> {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    throw new InvalidAnswersError(path, `expected an object, got ${describe(value)}`);
  }
  return value as Record<string, unknown>;
}

/** Extra keys first (a misspelt key is reported as itself), then missing ones. */
function expectExactKeys(object: Record<string, unknown>, allowed: readonly string[], path: string): void {
  const at = (key: string) => (path ? `${path}.${key}` : key);
  for (const key of Object.keys(object)) {
    if (!allowed.includes(key)) throw new InvalidAnswersError(at(key), 'unexpected field');
  }
  for (const key of allowed) {
    if (!hasOwn(object, key)) throw new InvalidAnswersError(at(key), 'missing field');
  }
}

function hasOwn(object: object, key: string): boolean {
  return Object.prototype.hasOwnProperty.call(object, key);
}

function describe(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'a list';
  if (typeof value === 'string') return JSON.stringify(value.length > 40 ? `${value.slice(0, 40)}…` : value);
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  return typeof value === 'undefined' ? 'undefined' : `a value of type ${typeof value}`;
}
