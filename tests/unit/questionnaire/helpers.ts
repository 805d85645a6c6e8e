/**
 * Walks the questionnaire the way a family does: answer the question on screen (by its options' keys, whose labels
 * come from content/), then look at the next question. The wording comes from the real content files, read as the
 * pages read them (src/components/questionnaire-data.ts), so the tests pin no text of their own.
 */
import type { ProofKind } from '../../../src/lib/eligibility';
import {
  answersOf,
  applyScreen,
  chosenKeys,
  emptyDraft,
  nextScreen,
  optionsOf,
  previousScreen,
  screenId,
  validateScreen,
  type Draft,
  type Screen,
} from '../../../src/lib/questionnaire';
import { questionnaireData } from '../../support/questionnaire-data';

export const data = questionnaireData();

/** A family going through the questions. `at` is the question on screen (its screenId), or 'review'. */
export class Walk {
  draft: Draft = emptyDraft();
  screen: Screen | undefined = { kind: 'age' };
  changing = false;
  visited: string[] = [];

  get at(): string {
    return this.screen ? screenId(this.screen) : 'review';
  }

  /** Answers the current question with these option keys (they must be offered there) and moves on. */
  answer(keys: string | string[]): this {
    if (!this.screen) throw new Error('no question on screen: the review is showing');
    const chosen = [keys].flat();
    const offered = optionsOf(this.screen);
    const foreign = chosen.filter((key) => !offered.includes(key));
    if (foreign.length > 0) throw new Error(`“${this.at}” offers no ${foreign.join(', ')} (offered: ${offered.join(' / ')})`);
    const error = validateScreen(this.screen, chosen);
    if (error) throw new Error(`“${this.at}” rejects ${JSON.stringify(keys)}: ${error}`);
    this.visited.push(this.at);
    this.draft = applyScreen(this.draft, this.screen, chosen);
    this.screen = nextScreen(this.draft, this.screen, this.changing);
    return this;
  }

  /** Answers each question in turn. */
  answers(...all: Array<string | string[]>): this {
    for (const keys of all) this.answer(keys);
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
