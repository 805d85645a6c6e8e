/**
 * The questionnaire's flow, without DOM or Preact: which screens exist for the answers so far, the route between
 * them, progress, the review rows, validation of a screen, and the wording of each. The rules stay in ../eligibility.
 */
export * from './draft';
export * from './form';
export * from './link';
export * from './position';
export * from './progress';
export * from './result';
export * from './review';
export * from './screens';
export * from './text';
export * from './values';
