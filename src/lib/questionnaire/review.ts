/** The rows of the check-your-answers screen: every question asked, with the keys chosen, in question order. */
import type { Draft } from './draft';
import { chosenKeys } from './form';
import { questionScreens, type Screen } from './screens';

export interface ReviewRow {
  screen: Screen; // the question, which 修改 opens
  keys: string[]; // the options chosen
}

export function reviewRows(draft: Draft): ReviewRow[] {
  return questionScreens(draft).map((screen) => ({ screen, keys: chosenKeys(draft, screen) }));
}
