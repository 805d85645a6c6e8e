/**
 * Progress by part (孩子的年龄, 父亲的情况, 母亲的情况, 核对答案): parts stay put as follow-up questions come and go.
 */
import type { Draft } from './draft';
import type { Screen } from './screens';

export type Section = 'age' | 'father' | 'mother' | 'review';

export interface Progress {
  current: number; // 1-based part number
  total: number; // number of parts for the answers so far
  section: Section;
}

/** The parts for the answers so far: a child of 18 or older skips the parents' parts. */
export function sectionsOf(draft: Draft): Section[] {
  return draft.childUnder18 === false ? ['age', 'review'] : ['age', 'father', 'mother', 'review'];
}

/** Where a question screen (or the review, for 'review') lies among the parts. */
export function progressOf(draft: Draft, at: Screen | 'review'): Progress {
  const section: Section = at === 'review' ? 'review' : at.kind === 'age' ? 'age' : at.parent;
  const sections = sectionsOf(draft);
  return { current: sections.indexOf(section) + 1, total: sections.length, section };
}
