/**
 * Where the family is: the start, one question (opened in order, or with 修改 from the review), the review, or the
 * result. Each position is one entry in the browser's history; settle() turns any position into one that exists for
 * the answers so far, so that back, forward and reload never show a question that no longer applies.
 */
import { answersOf, type Draft } from './draft';
import { firstUnanswered, lastScreen, previousScreen, questionScreens, screenId, type Screen } from './screens';

export type Position =
  | { at: 'start' }
  | { at: 'question'; screen: Screen; changing: boolean } // changing: opened with 修改, returns to the review
  | { at: 'review' }
  | { at: 'result' };

export const START: Position = { at: 'start' };
export const ask = (screen: Screen, changing = false): Position => ({ at: 'question', screen, changing });

/** A short, stable name of a position: 's', 'r', 'x' (result), or the question's screenId (+ for 修改). */
export function positionKey(position: Position): string {
  if (position.at === 'question') return screenId(position.screen) + (position.changing ? '+' : '');
  return { start: 's', review: 'r', result: 'x' }[position.at];
}

/**
 * The position itself when it exists for these answers; else the nearest that does: a question that no longer
 * applies gives way to the first one unanswered (or the review), and the review or result waits for every answer.
 */
export function settle(draft: Draft, position: Position): Position {
  if (position.at === 'start') return position;
  if (position.at === 'question') {
    const id = screenId(position.screen);
    if (questionScreens(draft).some((screen) => screenId(screen) === id)) return position;
  } else if (answersOf(draft)) {
    return position;
  }
  const missing = firstUnanswered(draft);
  return missing ? ask(missing, position.at !== 'question' || position.changing) : { at: 'review' };
}

/** Where 返回上一步 leads: the question before, the start from the first, the review from the result or from 修改. */
export function previousPosition(draft: Draft, position: Position): Position {
  if (position.at === 'result' || (position.at === 'question' && position.changing)) return { at: 'review' };
  if (position.at === 'review') return ask(lastScreen(draft));
  const previous = position.at === 'question' && previousScreen(draft, position.screen);
  return previous ? ask(previous) : START;
}
