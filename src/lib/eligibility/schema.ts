/**
 * The shape of a Situation as data: which fields each kind carries and which values each field takes.
 * Validation, the what-if search (changes) and the URL codec all walk these tables.
 * The ORDER of kinds and of values is part of the URL codec's version 1: do not reorder, only append
 * (and then bump the codec version). A golden test in tests/unit/eligibility/codec.test.ts guards it.
 */
import type { QualifierField, QualifierValue, Situation, SituationKind, SituationOf } from './types';

export const SITUATION_FIELDS = {
  deceased: [],
  missing: [],
  severe_disability: ['grade', 'type'],
  serious_illness: ['onLocalList'],
  imprisoned: ['sixMonthsOrMore'],
  compulsory_rehab: ['sixMonthsOrMore'],
  restricted: ['sixMonthsOrMore'],
  lost_contact: ['reportedToPolice', 'sixMonthsOrMore'],
  guardianship_revoked: [],
  deported: ['supportsChild'],
  unknown: [],
} as const satisfies { [K in SituationKind]: readonly FieldsOf<K>[] };

const YES_NO_UNKNOWN = [null, false, true] as const;

export const FIELD_VALUES = {
  grade: [1, 2, 3, 4, null],
  type: ['intellectual', 'mental', 'other', null],
  onLocalList: YES_NO_UNKNOWN,
  sixMonthsOrMore: YES_NO_UNKNOWN,
  reportedToPolice: YES_NO_UNKNOWN,
  supportsChild: YES_NO_UNKNOWN,
} as const satisfies { [F in QualifierField]: readonly QualifierValue[] };

export const SITUATION_KINDS = Object.keys(SITUATION_FIELDS) as SituationKind[];

export function isSituationKind(value: unknown): value is SituationKind {
  return typeof value === 'string' && Object.prototype.hasOwnProperty.call(SITUATION_FIELDS, value);
}

/** The fields of one situation, in table order. */
export function fieldsOf(kind: SituationKind): readonly QualifierField[] {
  return SITUATION_FIELDS[kind];
}

// Compile-time checks that the tables match the contract types exactly (no runtime cost).
type FieldsOf<K extends SituationKind> = Exclude<keyof SituationOf<K>, 'kind'>;
type ValuesOf<F extends QualifierField> = Situation extends infer S ? (S extends Record<F, infer V> ? V : never) : never;
type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;
type Assert<T extends true> = T;
export type TablesMatchContract = Assert<
  false extends {
    [K in SituationKind]: Same<FieldsOf<K>, (typeof SITUATION_FIELDS)[K][number]>;
  }[SituationKind]
    ? false
    : true
> &
  Assert<
    false extends {
      [F in QualifierField]: Same<(typeof FIELD_VALUES)[F][number], ValuesOf<F>>;
    }[QualifierField]
      ? false
      : true
  >;
