/**
 * The parts of a results area beyond the list (SearchResults.astro): the common questions shown before anything is
 * typed, the line saying which site words were searched for, the note when no page had every word, and the answer
 * shown first. All wording is in the page (from content/search.yaml); this fills in the slots and shows or hides.
 */
import type { SearchOutcome } from '../../lib/search/as-typed';

export interface Extras {
  suggestions?: HTMLElement;
  understood?: HTMLElement;
  relaxed?: HTMLElement;
  answer?: HTMLElement;
}

export function findExtras(container: ParentNode): Extras {
  const pick = (name: string) => container.querySelector<HTMLElement>(`[data-search-${name}]`) ?? undefined;
  return { suggestions: pick('suggestions'), understood: pick('understood'), relaxed: pick('relaxed'), answer: pick('answer') };
}

function fillWords(note: HTMLElement | undefined, words: readonly string[] | undefined): void {
  if (!note) return;
  note.hidden = !words || words.length === 0;
  const slot = note.querySelector('[data-search-words]');
  if (slot) slot.textContent = (words ?? []).map((word) => `“${word}”`).join('、');
}

function fillAnswer(box: HTMLElement, outcome: SearchOutcome): void {
  const answer = outcome.answer;
  box.hidden = !answer;
  if (!answer) return;
  const set = (name: string, text: string) => {
    const element = box.querySelector(`[data-search-${name}]`);
    if (element) element.textContent = text;
  };
  set('answer-heading', answer.heading);
  set('answer-text', answer.text);
  const link = box.querySelector<HTMLAnchorElement>('[data-search-answer-link]');
  if (link) link.href = answer.url;
  const amount = box.querySelector<HTMLElement>('[data-search-amount]');
  if (amount) {
    amount.hidden = !answer.amount;
    set('amount-value', answer.amount ? answer.amount.amount : '');
    set('amount-for', answer.amount && answer.amount.appliesTo ? `（${answer.amount.appliesTo}）` : '');
    const pending = amount.querySelector<HTMLElement>('[data-search-amount-pending]');
    if (pending) {
      pending.hidden = !answer.amount || !answer.amount.pending;
      pending.textContent = answer.amount && answer.amount.pending ? `（${answer.amount.pending}）` : '';
    }
  }
}

/** Shows the common questions only while the box is empty. */
export function showSuggestions(extras: Extras, visible: boolean): void {
  if (extras.suggestions) extras.suggestions.hidden = !visible;
}

/** Shows what goes with a search outcome; undefined clears it all (no search words, or search unavailable). */
export function showExtras(extras: Extras, outcome: SearchOutcome | undefined): void {
  fillWords(extras.understood, outcome && !outcome.relaxed ? outcome.mapped : undefined);
  fillWords(extras.relaxed, outcome ? outcome.relaxed : undefined);
  if (extras.answer) {
    if (outcome) fillAnswer(extras.answer, outcome);
    else extras.answer.hidden = true;
  }
}
