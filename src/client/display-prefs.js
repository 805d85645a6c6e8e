(() => {
  const key = 'xs-etbz-display';
  const root = document.documentElement;
  let saved = '';
  try {
    saved = localStorage.getItem(key) || '';
  } catch (error) {}
  const on = { elder: saved.includes('elder'), contrast: saved.includes('contrast') };
  const mark = (element, name, value) => (value ? element.setAttribute(name, '') : element.removeAttribute(name));
  const apply = () => {
    for (const name in on) mark(root, `data-${name}`, on[name]);
    for (const button of document.querySelectorAll('[data-display]')) {
      const name = button.dataset.display;
      button.setAttribute('aria-pressed', name in on ? on[name] : !on.elder);
    }
  };
  mark(root, 'data-js', true);
  setTimeout(() => mark(root, 'data-js-late', true), 3000);
  apply();
  document.addEventListener('DOMContentLoaded', apply);
  document.addEventListener('click', (event) => {
    const button = event.target.closest ? event.target.closest('[data-display]') : null;
    const name = button && button.dataset.display;
    if (!name) return;
    if (name === 'contrast') on.contrast = !on.contrast;
    else on.elder = name === 'elder';
    apply();
    const value = Object.keys(on).filter((k) => on[k]).join(' ');
    try {
      if (value) localStorage.setItem(key, value);
      else localStorage.removeItem(key);
    } catch (error) {}
  });
})();
