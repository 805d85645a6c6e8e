/**
 * The route through the questions: which question screens exist for the answers so far, and which comes next.
 * The flow only routes; the rules stay in src/lib/eligibility.
 */
import type { Parent, QualifierField, SituationKind } from '../eligibility/types';
import { PARENTS, askedFields, detailKey, isAsked, type Draft } from './draft';

export type Screen =
  | { kind: 'age' } // 孩子是否未满18周岁
  | { kind: 'situations'; parent: Parent } // 父亲/母亲的情况 (several, none, or 不清楚)
  | { kind: 'detail'; parent: Parent; situation: SituationKind; field: QualifierField }; // one follow-up

/** A stable id, also used in element ids: 'age', 'father', 'father-imprisoned-sixMonthsOrMore'. */
export function screenId(screen: Screen): string {
  if (screen.kind === 'age') return 'age';
  if (screen.kind === 'situations') return screen.parent;
  return `${screen.parent}-${screen.situation}-${screen.field}`;
}

/** Every question screen for the answers so far, in order. Follow-ups appear once their situation is ticked. */
export function questionScreens(draft: Draft): Screen[] {
  const screens: Screen[] = [{ kind: 'age' }];
  if (draft.childUnder18 === false) return screens; // 18 or older: the parents' situations cannot change the result
  for (const parent of PARENTS) {
    screens.push({ kind: 'situations', parent });
    for (const situation of draft[parent] || []) {
      for (const field of askedFields(situation)) {
        if (isAsked(draft, parent, situation, field)) screens.push({ kind: 'detail', parent, situation, field });
      }
    }
  }
  return screens;
}

export function isAnswered(draft: Draft, screen: Screen): boolean {
  if (screen.kind === 'age') return draft.childUnder18 !== undefined;
  if (screen.kind === 'situations') return draft[screen.parent] !== undefined;
  return draft.details[detailKey(screen.parent, screen.situation, screen.field)] !== undefined;
}

/** The first question without an answer, or undefined when all are answered (the review comes next). */
export function firstUnanswered(draft: Draft): Screen | undefined {
  return questionScreens(draft).find((screen) => !isAnswered(draft, screen));
}

/**
 * The screen after `current` once it is answered: the next question in order, or undefined for the review.
 * When changing an answer from the review, only questions still unanswered are shown before returning to it.
 */
export function nextScreen(draft: Draft, current: Screen, changing = false): Screen | undefined {
  if (changing) return firstUnanswered(draft);
  const screens = questionScreens(draft);
  const index = screens.findIndex((screen) => screenId(screen) === screenId(current));
  return index < 0 ? firstUnanswered(draft) : screens[index + 1];
}

/** The question before `current`, or undefined on the first question (back goes to the start). */
export function previousScreen(draft: Draft, current: Screen): Screen | undefined {
  const screens = questionScreens(draft);
  const index = screens.findIndex((screen) => screenId(screen) === screenId(current));
  return index > 0 ? screens[index - 1] : undefined;
}

/** The last question, where back from the review leads. */
export function lastScreen(draft: Draft): Screen {
  const screens = questionScreens(draft);
  return screens[screens.length - 1];
}
