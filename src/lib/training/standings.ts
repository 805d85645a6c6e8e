/**
 * The engine's standings and outcomes as ordered lists, for tables and charts that walk every value.
 * The order is the order of the types in src/lib/eligibility/types.ts; a compile-time check fails if the engine gains a
 * value missing here.
 */
import type { Outcome, Standing } from '../eligibility/types';

/** A parent's standing: 死亡或失踪, 属于八种情形之一, 不属于八种情形, 还需要确认. */
export const STANDINGS = ['absent', 'qualifying', 'not_qualifying', 'unknown'] as const satisfies readonly Standing[];

/** The outcomes: 属于孤儿情形, 符合, 可能符合, 暂不符合. */
export const OUTCOMES = ['orphan', 'eligible', 'possibly_eligible', 'not_eligible'] as const satisfies readonly Outcome[];

// Compile-time checks that the lists are complete (no runtime cost).
type Complete<All, Listed> = [Exclude<All, Listed>] extends [never] ? true : false;
export type ListsAreComplete = [
  Complete<Standing, (typeof STANDINGS)[number]>,
  Complete<Outcome, (typeof OUTCOMES)[number]>,
] extends [true, true]
  ? true
  : never;
const listsAreComplete: ListsAreComplete = true;
void listsAreComplete;
