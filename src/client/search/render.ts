/**
 * Draws a search outcome into a results area rendered by SearchResults.astro: the count in a live region, a list
 * of links with highlighted excerpts, or the "nothing found" / "search unavailable" messages.
 */
import { excerptPieces } from '../../lib/search/excerpt';
import type { ShownResult } from '../../lib/search/results';

export interface ResultsArea {
  status: HTMLElement; // role="status": announces the count
  list: HTMLOListElement; // the result links
  empty: HTMLElement; // shown when nothing matches; contains [data-search-term]
  failed: HTMLElement; // shown when the index cannot be loaded
  more?: HTMLAnchorElement; // link to the full results on the search page (header only)
}

/** Finds the parts of a results area inside a container. */
export function findArea(container: ParentNode): ResultsArea {
  const pick = <T extends Element>(name: string) => {
    const element = container.querySelector<T>(`[data-search-${name}]`);
    if (!element) throw new Error(`search: [data-search-${name}] is missing`);
    return element;
  };
  return {
    status: pick<HTMLElement>('status'),
    list: pick<HTMLOListElement>('list'),
    empty: pick<HTMLElement>('empty'),
    failed: pick<HTMLElement>('failed'),
    more: container.querySelector<HTMLAnchorElement>('[data-search-more]') ?? undefined,
  };
}

function item(result: ShownResult): HTMLLIElement {
  const li = document.createElement('li');
  li.className = 'border-b border-line py-3';
  const link = document.createElement('a');
  link.href = result.url;
  link.className = 'text-lg font-bold';
  link.textContent = result.section ? `${result.title} › ${result.section}` : result.title;
  const excerpt = document.createElement('p');
  excerpt.className = 'mt-1 text-base';
  for (const piece of excerptPieces(result.excerpt)) {
    if (piece.mark) {
      const mark = document.createElement('mark');
      mark.textContent = piece.text;
      excerpt.append(mark);
    } else excerpt.append(piece.text);
  }
  li.append(link, excerpt);
  if (result.kind) {
    const kind = document.createElement('p');
    kind.className = 'mt-1 text-sm text-muted';
    kind.textContent = `类别：${result.kind}`;
    li.append(kind);
  }
  return li;
}

/** Replaces a list's items (not replaceChildren(): Chrome before 86 and Safari before 14 lack it). */
function setItems(list: HTMLOListElement, items: HTMLLIElement[] = []): void {
  list.textContent = '';
  for (const li of items) list.append(li);
}

/** Clears the area (no search words). */
export function showNothing(area: ResultsArea): void {
  area.status.textContent = '';
  setItems(area.list);
  area.empty.hidden = true;
  area.failed.hidden = true;
  if (area.more) area.more.hidden = true;
}

/** Shows "searching…" while the index loads. */
export function showLoading(area: ResultsArea): void {
  area.status.textContent = '正在搜索……';
}

/** Shows results, or the "nothing found" message with links to the main pages. */
export function showResults(area: ResultsArea, term: string, total: number, shown: ShownResult[]): void {
  area.failed.hidden = true;
  setItems(area.list, shown.map(item));
  area.empty.hidden = total > 0;
  for (const slot of area.empty.querySelectorAll('[data-search-term]')) slot.textContent = term;
  area.status.textContent = total > 0 ? `找到 ${total} 条结果。` : `没有找到与“${term}”有关的内容。`;
  if (area.more) area.more.hidden = total <= shown.length;
}

/** Shows that search cannot be used now (the index did not load). */
export function showFailure(area: ResultsArea): void {
  setItems(area.list);
  area.empty.hidden = true;
  area.failed.hidden = false;
  area.status.textContent = '搜索暂时无法使用。';
  if (area.more) area.more.hidden = true;
}
