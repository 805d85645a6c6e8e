/**
 * The only search code on a page before it is used (a few hundred bytes): the rest, and Pagefind's script,
 * WebAssembly and index, load the first time the visitor focuses or types in a search box — or at once on the
 * search page when its address already holds search words (?q=).
 */
for (const form of document.querySelectorAll<HTMLFormElement>('form[data-search]')) {
  const input = form.querySelector<HTMLInputElement>('input[name="q"]');
  if (!input) continue;
  const start = () => void import('./search/mount').then(({ mount }) => mount(form));
  input.addEventListener('focus', start, { once: true });
  input.addEventListener('input', start, { once: true });
  if (form.dataset.search === 'page' && new URLSearchParams(location.search).get('q')) start();
}
