import { defineConfig } from 'vitest/config';

// The tests Stryker runs against each mutant (npm run test:mutation): the engine's and the questionnaire flow's
// unit tests only, in one project, without the summary reporter.
export default defineConfig({
  test: {
    include: ['tests/unit/eligibility/**/*.test.ts', 'tests/unit/questionnaire/**/*.test.ts'],
    // The exhaustive run takes seconds, and much longer on instrumented code: every other test kills mutants faster.
    exclude: ['tests/unit/eligibility/exhaustive.test.ts'],
  },
});
