/**
 * The training content as the tests read it: the case files under content/cases (raw frontmatter, not run through
 * the schema, so the consistency test checks the files themselves), and the questionnaire's and kit's wording.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { questionnaireSchema, trainingSchema, type QuestionnaireContent, type TrainingContent } from '../../src/lib/schemas';
import type { Outcome } from '../../src/lib/eligibility';
import type { TrapKey } from '../../src/lib/training/traps';
import { contentRoot, readData } from './content';

export interface RawCase {
  id: string; // file name without .md
  file: string; // content/cases/<id>.md
  data: {
    title: string;
    order: number;
    answers: unknown;
    expected: Outcome;
    traps?: TrapKey[];
    pending?: { topic: string | string[]; note: string };
    kuasheng?: boolean;
    discussion: string[];
    explanation: string;
  };
}

export const casesDir = join(contentRoot, 'cases');

export function readCases(): RawCase[] {
  return readdirSync(casesDir)
    .filter((name) => name.endsWith('.md'))
    .sort()
    .map((name) => ({
      id: name.slice(0, -'.md'.length),
      file: `content/cases/${name}`,
      data: readData(join(casesDir, name)) as RawCase['data'],
    }));
}

export function readWording(): { text: QuestionnaireContent; training: TrainingContent } {
  const load = (name: string) => parse(readFileSync(join(contentRoot, name), 'utf8'));
  return { text: questionnaireSchema.parse(load('questionnaire.yaml')), training: trainingSchema.parse(load('training.yaml')) };
}
