/** Starts search on a form marked data-search="header" or data-search="page" (loaded on first use only). */
import { loadPagefind } from './pagefind';
import { connect } from './controller';
import { readQuery } from '../../lib/search/query';

export function mount(form: HTMLFormElement): void {
  if (form.dataset.searchMounted) return;
  form.dataset.searchMounted = 'true';
  const input = form.querySelector<HTMLInputElement>('input[name="q"]')!;
  if (form.dataset.search === 'page') {
    const root = document.querySelector<HTMLElement>('[data-search-area="page"]')!;
    const start = connect(form, root, { limit: 50, keepInUrl: true });
    const query = readQuery(location.search);
    if (query.q) {
      input.value = query.q;
      const radio = form.querySelector<HTMLInputElement>(`input[name="kind"][value="${CSS.escape(query.kind)}"]`);
      if (radio) radio.checked = true;
    }
    start();
  } else {
    const panel = document.querySelector<HTMLElement>('[data-search-area="header"]')!;
    const start = connect(form, panel, { limit: 3, keepInUrl: false, panel });
    // The box may already hold words, or have the focus that loaded this code: show results or common questions.
    if (input.value.trim() || document.activeElement === input) start();
  }
  void loadPagefind().catch(() => undefined); // warm up while the visitor types; errors show on search
}
