/**
 * Answer values as the option keys a form uses (and content/questionnaire.yaml names):
 * true → 'yes', false → 'no', null (不清楚) → 'unknown', grades → '1'…'4', disability types as they are.
 */
import { FIELD_VALUES, SITUATION_KINDS } from '../eligibility/schema';
import type { QualifierField, QualifierValue, SituationKind } from '../eligibility/types';

export const UNKNOWN = 'unknown';
/** The exclusive option "以上都没有" on a parent's situations screen. */
export const NONE = 'none';

/**
 * Options that exclude every other (GOV.UK's "none of these" pattern): 以上都没有 and 不清楚, and 死亡 and 失踪,
 * since a parent who has died or been declared missing cannot also be in prison, ill or out of contact.
 */
export const EXCLUSIVE_KEYS: readonly string[] = [NONE, UNKNOWN, 'deceased', 'missing'];
export const isExclusive = (key: string): boolean => EXCLUSIVE_KEYS.includes(key);

/** Whether one parent's situations could have been ticked together: more than one only when none stands alone. */
export const isConsistent = (kinds: readonly string[]): boolean => kinds.length < 2 || !kinds.some(isExclusive);

export function keyOf(value: QualifierValue): string {
  return value === null ? UNKNOWN : value === true ? 'yes' : value === false ? 'no' : String(value);
}

/** The values of a field in the order they are offered: booleans yes before no, 不清楚 last. */
export function displayValues(field: QualifierField): QualifierValue[] {
  const known = (FIELD_VALUES[field] as readonly QualifierValue[]).filter((value) => value !== null);
  if (typeof known[0] === 'boolean') known.sort((a, b) => Number(b) - Number(a));
  return [...known, null];
}

/**
 * Options offered beside a field's own values that stand for one of them, shown just before 不清楚. 多重残疾 is a
 * category on the 残疾人证 of its own, but whether it makes 重残 depends on the categories it combines, which the
 * family cannot tell here: it counts as 不清楚 (null) for the rules.
 */
export const ALIAS_OPTIONS: { readonly [F in QualifierField]?: readonly { key: string; value: QualifierValue }[] } = {
  type: [{ key: 'multiple', value: null }],
};

const aliasesOf = (field: QualifierField) => ALIAS_OPTIONS[field] || [];

/** Whether an option key stands for another answer's value (e.g. 多重残疾 for 不清楚). */
export const isAlias = (field: QualifierField, key: string): boolean => aliasesOf(field).some((alias) => alias.key === key);

/** The option keys of a field, in display order: its values, then any alias options, then 不清楚. */
export function fieldKeys(field: QualifierField): string[] {
  const keys = displayValues(field).map(keyOf);
  return [...keys.slice(0, -1), ...aliasesOf(field).map((alias) => alias.key), UNKNOWN];
}

/** The value of an option key, or undefined for a key the field does not have. */
export function valueOf(field: QualifierField, key: string): QualifierValue | undefined {
  const alias = aliasesOf(field).find((option) => option.key === key);
  if (alias) return alias.value;
  return displayValues(field).find((value) => keyOf(value) === key);
}

/** The situations a family picks from for one parent, in table order: 死亡, 失踪 and the eight (不清楚 is offered apart). */
export const PICKABLE_KINDS: readonly SituationKind[] = SITUATION_KINDS.filter((kind) => kind !== UNKNOWN);
