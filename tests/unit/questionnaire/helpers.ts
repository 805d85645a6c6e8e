/**
 * Walks the questionnaire the way a family does, in their words: answer the question on screen by the labels of
 * the options, then look at the next question. Wording comes from the real content files.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { questionnaireSchema } from '../../../src/lib/schemas';
import type { ProofKind } from '../../../src/lib/eligibility';
import {
  answersOf,
  applyScreen,
  chosenKeys,
  emptyDraft,
  legendOf,
  nextScreen,
  optionLabel,
  optionsOf,
  previousScreen,
  validateScreen,
  type Draft,
  type QuestionnaireData,
  type Screen,
} from '../../../src/lib/questionnaire';
import { contentRoot } from '../../support/content';
import { entryForSituation, type GlossaryEntry } from '../../../src/lib/glossary';
import type { SituationKind } from '../../../src/lib/eligibility';

function loadData(): QuestionnaireData {
  const text = questionnaireSchema.parse(parse(readFileSync(join(contentRoot, 'questionnaire.yaml'), 'utf8')));
  const dir = join(contentRoot, 'situations');
  const glossary = parse(readFileSync(join(contentRoot, 'glossary.yaml'), 'utf8')) as GlossaryEntry[];
  const situations = Object.fromEntries(
    readdirSync(dir).map((file) => {
      const kind = file.replace('.yaml', '') as SituationKind;
      const everyday = entryForSituation(glossary, kind)?.everyday ?? [];
      return [kind, { ...parse(readFileSync(join(dir, file), 'utf8')), everyday }];
    }),
  ) as QuestionnaireData['situations'];
  return { text, situations, documents: {}, links: {} };
}

export const data = loadData();

/** The option keys of the current screen whose labels are given. Fails on a label the screen does not offer. */
export function keysFor(screen: Screen, labels: string | string[]): string[] {
  return [labels].flat().map((label) => {
    const key = optionsOf(screen).find((k) => optionLabel(data, screen, k) === label);
    if (!key) {
      const offered = optionsOf(screen).map((k) => optionLabel(data, screen, k));
      throw new Error(`“${legendOf(data, screen)}” offers no “${label}” (offered: ${offered.join(' / ')})`);
    }
    return key;
  });
}

/** A family going through the questions. `question` is the legend on screen, or 核对答案 once all are answered. */
export class Walk {
  draft: Draft = emptyDraft();
  screen: Screen | undefined = { kind: 'age' };
  changing = false;
  visited: string[] = [];

  get question(): string {
    return this.screen ? legendOf(data, this.screen) : '核对答案';
  }

  /** Answers the current question with these option labels and moves on. */
  answer(labels: string | string[]): this {
    if (!this.screen) throw new Error('no question on screen: the review is showing');
    const keys = keysFor(this.screen, labels);
    const error = validateScreen(this.screen, keys);
    if (error) throw new Error(`“${this.question}” rejects ${JSON.stringify(labels)}: ${error}`);
    this.visited.push(this.question);
    this.draft = applyScreen(this.draft, this.screen, keys);
    this.screen = nextScreen(this.draft, this.screen, this.changing);
    return this;
  }

  /** Answers each question in turn. */
  answers(...all: Array<string | string[]>): this {
    for (const labels of all) this.answer(labels);
    return this;
  }

  back(): this {
    if (this.screen) this.screen = previousScreen(this.draft, this.screen);
    return this;
  }

  /** From the review, change the answer to a question (修改). */
  change(screen: Screen): this {
    this.screen = screen;
    this.changing = true;
    return this;
  }

  /** The option keys chosen on the current screen (what a family sees ticked on coming back to it). */
  get chosen(): string[] {
    return this.screen ? chosenKeys(this.draft, this.screen) : [];
  }

  get answersForEngine() {
    return answersOf(this.draft);
  }
}

export const situationName = (kind: ProofKind) => data.situations[kind].name;
