/**
 * Connects one search form to its results area: searches as the visitor types (after a short pause), on submit
 * when JavaScript runs, and when a filter changes. Arrow keys move between the input and the result links.
 */
import { queryString, type SearchQuery } from '../../lib/search/query';
import { search } from './pagefind';
import { findArea, showFailure, showLoading, showNothing, showResults } from './render';

export interface ControllerOptions {
  limit: number; // how many results to show
  keepInUrl: boolean; // write ?q= into the address (search page only)
  panel?: HTMLElement; // shown while there are search words (header only)
}

const PAUSE_MS = 200;

export function connect(form: HTMLFormElement, areaRoot: ParentNode, options: ControllerOptions): (query?: SearchQuery) => void {
  const input = form.querySelector<HTMLInputElement>('input[name="q"]')!;
  const area = findArea(areaRoot);
  let latest = 0;
  let timer: ReturnType<typeof setTimeout> | undefined;

  const current = (): SearchQuery => ({
    q: input.value.trim(),
    kind: form.querySelector<HTMLInputElement>('input[name="kind"]:checked')?.value ?? '',
  });

  async function run(query: SearchQuery): Promise<void> {
    const ticket = ++latest;
    if (options.keepInUrl) history.replaceState(null, '', `${location.pathname}${queryString(query)}`);
    if (area.more) area.more.href = `${area.more.pathname}${queryString(query)}`;
    if (options.panel) options.panel.hidden = !query.q;
    if (!query.q) {
      showNothing(area);
      return;
    }
    showLoading(area);
    try {
      const outcome = await search(query.q, query.kind, options.limit);
      if (ticket === latest) showResults(area, query.q, outcome.total, outcome.shown);
    } catch {
      if (ticket === latest) showFailure(area);
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
  form.addEventListener('keydown', (event) => {
    if (event.key === 'Escape' && options.panel && !options.panel.hidden) {
      input.value = '';
      void run(current());
    }
    if (event.key === 'ArrowDown' && event.target === input) {
      area.list.querySelector('a')?.focus();
      event.preventDefault();
    }
  });
  area.list.addEventListener('keydown', (event) => {
    const links = [...area.list.querySelectorAll('a')];
    const at = links.indexOf(event.target as HTMLAnchorElement);
    if (at < 0 || (event.key !== 'ArrowDown' && event.key !== 'ArrowUp')) return;
    event.preventDefault();
    const next = event.key === 'ArrowDown' ? links[at + 1] : links[at - 1];
    if (next) next.focus();
    else if (event.key === 'ArrowUp') input.focus();
  });
  return (query = current()) => void run(query);
}
