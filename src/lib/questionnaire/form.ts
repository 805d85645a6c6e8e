/**
 * One question screen as a form: its options (as keys), the keys already chosen, validation, and how the
 * chosen keys change the Draft.
 */
import type { QualifierValue, SituationKind } from '../eligibility/types';
import { detailKey, type Draft } from './draft';
import type { Screen } from './screens';
import { NONE, PICKABLE_KINDS, UNKNOWN, fieldKeys, isAlias, isExclusive, keyOf, valueOf } from './values';

/** Why an answer cannot be accepted: nothing chosen, or an option that stands alone ticked together with another. */
export type ScreenError = 'required' | 'exclusive';

/** The option keys of a screen, in display order. On a situations screen, NONE and UNKNOWN come last. */
export function optionsOf(screen: Screen): string[] {
  if (screen.kind === 'age') return ['yes', 'no'];
  if (screen.kind === 'situations') return [...PICKABLE_KINDS, NONE, UNKNOWN];
  return fieldKeys(screen.field);
}

/** Several options can be chosen only on a situations screen. */
export const isMultiple = (screen: Screen): boolean => screen.kind === 'situations';


/** The keys chosen so far for a screen ([] when unanswered). */
export function chosenKeys(draft: Draft, screen: Screen): string[] {
  if (screen.kind === 'age') return draft.childUnder18 === undefined ? [] : [keyOf(draft.childUnder18)];
  if (screen.kind === 'situations') {
    const kinds = draft[screen.parent];
    if (!kinds) return [];
    return kinds.length === 0 ? [NONE] : [...kinds];
  }
  const key = detailKey(screen.parent, screen.situation, screen.field);
  const value = draft.details[key];
  return value === undefined ? [] : [(draft.aliases && draft.aliases[key]) || keyOf(value)];
}

/** Undefined when the keys are a complete answer to the screen. */
export function validateScreen(screen: Screen, keys: readonly string[]): ScreenError | undefined {
  const offered = optionsOf(screen);
  const valid = keys.filter((key) => offered.includes(key));
  if (valid.length === 0) return 'required';
  if (valid.length > 1 && (!isMultiple(screen) || valid.some(isExclusive))) return 'exclusive';
  return undefined;
}

/** The Draft with a screen's answer set. Call only with keys that validateScreen accepts. */
export function applyScreen(draft: Draft, screen: Screen, keys: readonly string[]): Draft {
  if (screen.kind === 'age') return { ...draft, childUnder18: keys[0] === 'yes' };
  if (screen.kind === 'situations') {
    const kinds: SituationKind[] = keys.includes(NONE) ? [] : keys.includes(UNKNOWN) ? ['unknown'] : PICKABLE_KINDS.filter((kind) => keys.includes(kind));
    return { ...draft, [screen.parent]: kinds };
  }
  const value = valueOf(screen.field, keys[0]) as QualifierValue;
  const key = detailKey(screen.parent, screen.situation, screen.field);
  const aliases = { ...draft.aliases };
  delete aliases[key];
  if (isAlias(screen.field, keys[0])) aliases[key] = keys[0];
  return { ...draft, details: { ...draft.details, [key]: value }, aliases };
}

/**
 * The Draft with the options chosen so far on a screen, as soon as they are chosen, so that back, reload and an
 * interruption keep them: a complete choice is the screen's answer; no choice at all clears it.
 */
export function applyChoice(draft: Draft, screen: Screen, keys: readonly string[]): Draft {
  if (keys.length > 0) return validateScreen(screen, keys) ? draft : applyScreen(draft, screen, keys);
  return screen.kind === 'situations' ? { ...draft, [screen.parent]: undefined } : draft; // a radio choice stays
}

/** Ticking an exclusive option unticks the rest; ticking a situation unticks the exclusive ones. */
export function toggle(keys: readonly string[], key: string, on: boolean): string[] {
  if (!on) return keys.filter((k) => k !== key);
  return isExclusive(key) ? [key] : [...keys.filter((k) => k !== key && !isExclusive(k)), key];
}
