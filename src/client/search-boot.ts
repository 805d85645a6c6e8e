/**
 * The only search code on a page before it is used (a few hundred bytes): the rest, and Pagefind's script,
 * WebAssembly and index, load the first time the visitor focuses or types in a search box — or at once on the
 * search page when its address already holds search words (?q=).
 */
// The script runs: the search page's "search unavailable" message (shown where it cannot) goes.
for (const note of document.querySelectorAll<HTMLElement>('[data-search-fallback]')) note.hidden = true;

/** Shows the form's "search unavailable" message, with links to the main pages, when the search code cannot load. */
function unavailable(form: HTMLFormElement): void {
  const area = document.querySelector<HTMLElement>(`[data-search-area="${form.dataset.search}"]`);
  const failed = area?.querySelector<HTMLElement>('[data-search-failed]');
  if (!area || !failed) return;
  area.hidden = false;
  failed.hidden = false;
}

for (const form of document.querySelectorAll<HTMLFormElement>('form[data-search]')) {
  const input = form.querySelector<HTMLInputElement>('input[name="q"]');
  if (!input) continue;
  const start = () =>
    void import('./search/mount').then(
      ({ mount }) => mount(form),
      () => unavailable(form),
    );
  input.addEventListener('focus', start, { once: true });
  input.addEventListener('input', start, { once: true });
  if (form.dataset.search === 'page' && new URLSearchParams(location.search).get('q')) start();
}
