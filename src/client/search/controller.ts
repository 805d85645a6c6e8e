/**
 * Connects one search form to its results area: shows common questions while the box is empty, searches as the
 * visitor types (after a short pause), on submit when JavaScript runs, when a filter changes and when a common
 * question is chosen. Arrow keys move between the box and the links below it (answer, results, questions).
 */
import { queryString, type SearchQuery } from '../../lib/search/query';
import { findExtras, showExtras, showSuggestions } from './extras';
import { search } from './pagefind';
import { findArea, showFailure, showLoading, showNothing, showResults } from './render';

export interface ControllerOptions {
  limit: number; // how many results to show
  keepInUrl: boolean; // write ?q= into the address (search page only)
  panel?: HTMLElement; // the header's drop-down: shown while the box has focus or words
}

const PAUSE_MS = 200;

export function connect(form: HTMLFormElement, areaRoot: HTMLElement, options: ControllerOptions): (query?: SearchQuery) => void {
  const input = form.querySelector<HTMLInputElement>('input[name="q"]')!;
  const area = findArea(areaRoot);
  const extras = findExtras(areaRoot);
  const panel = options.panel;
  let latest = 0;
  let timer: ReturnType<typeof setTimeout> | undefined;

  const current = (): SearchQuery => ({
    q: input.value.trim(),
    kind: form.querySelector<HTMLInputElement>('input[name="kind"]:checked')?.value ?? '',
  });

  /** The links below the box that arrow keys move through, in page order. */
  const links = (): HTMLAnchorElement[] =>
    [...areaRoot.querySelectorAll<HTMLAnchorElement>('a[href]')].filter((link) => link.getClientRects().length > 0);

  const within = (node: Node | null) => !!node && (form.contains(node) || (!!panel && panel.contains(node)));

  async function run(query: SearchQuery): Promise<void> {
    const ticket = ++latest;
    if (options.keepInUrl) history.replaceState(null, '', `${location.pathname}${queryString(query)}`);
    if (area.more) area.more.href = `${area.more.pathname}${queryString(query)}`;
    showSuggestions(extras, !query.q);
    if (panel) panel.hidden = !query.q && !within(document.activeElement);
    if (!query.q) {
      showNothing(area);
      showExtras(extras, undefined);
      return;
    }
    showLoading(area);
    try {
      const outcome = await search(query.q, query.kind, options.limit);
      if (ticket !== latest) return;
      showResults(area, query.q, outcome.total, outcome.shown);
      showExtras(extras, outcome);
    } catch {
      if (ticket !== latest) return;
      showFailure(area);
      showExtras(extras, undefined);
    }
  }

  const soon = () => {
    clearTimeout(timer);
    timer = setTimeout(() => void run(current()), PAUSE_MS);
  };
  input.addEventListener('input', soon);
  form.addEventListener('change', (event) => {
    if ((event.target as HTMLInputElement).name === 'kind') void run(current());
  });
  form.addEventListener('submit', (event) => {
    if (!options.keepInUrl) return; // the header form goes on to the search page
    event.preventDefault();
    clearTimeout(timer);
    void run(current());
  });
  areaRoot.addEventListener('click', (event) => {
    const link = (event.target as Element).closest<HTMLAnchorElement>('a[data-search-suggestion]');
    if (!link || event.ctrlKey || event.metaKey || event.shiftKey) return;
    event.preventDefault();
    input.value = link.dataset.searchSuggestion ?? '';
    input.focus();
    clearTimeout(timer);
    void run(current());
  });
  if (panel) {
    input.addEventListener('focus', () => {
      if (!input.value.trim()) void run(current());
    });
    const closeWhenLeft = (event: FocusEvent) => {
      if (!within(event.relatedTarget as Node | null) && !input.value.trim()) panel.hidden = true;
    };
    form.addEventListener('focusout', closeWhenLeft);
    panel.addEventListener('focusout', closeWhenLeft);
  }
  const move = (event: KeyboardEvent) => {
    if (event.key !== 'ArrowDown' && event.key !== 'ArrowUp') return;
    const all = links();
    const at = all.indexOf(event.target as HTMLAnchorElement);
    if (event.target === input) {
      if (event.key === 'ArrowDown' && all[0]) {
        all[0].focus();
        event.preventDefault();
      }
      return;
    }
    if (at < 0) return;
    event.preventDefault();
    const next = event.key === 'ArrowDown' ? all[at + 1] : all[at - 1];
    if (next) next.focus();
    else if (event.key === 'ArrowUp') input.focus();
  };
  form.addEventListener('keydown', (event) => {
    if (event.key === 'Escape' && panel && !panel.hidden) {
      input.value = '';
      void run(current()).then(() => (panel.hidden = true));
    }
    move(event);
  });
  areaRoot.addEventListener('keydown', move);
  return (query = current()) => void run(query);
}
