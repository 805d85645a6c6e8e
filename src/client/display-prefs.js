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
    for (const input of document.querySelectorAll('input[data-display]')) {
      const name = input.dataset.display;
      input.checked = name in on ? on[name] : !on.elder;
    }
  };
  mark(root, 'data-js', true);
  setTimeout(() => mark(root, 'data-js-late', true), 3000);
  apply();
  document.addEventListener('DOMContentLoaded', apply);
  document.addEventListener('change', (event) => {
    const input = event.target;
    const name = input.dataset && input.dataset.display;
    if (!name) return;
    if (name === 'contrast') on.contrast = input.checked;
    else on.elder = name === 'elder';
    apply();
    const value = Object.keys(on).filter((k) => on[k]).join(' ');
    try {
      if (value) localStorage.setItem(key, value);
      else localStorage.removeItem(key);
    } catch (error) {}
  });
  document.addEventListener('keydown', (event) => {
    const menu = document.querySelector('details[data-menu][open]');
    if (event.key !== 'Escape' || !menu || !(document.activeElement || root).closest('[data-menu], .site-menu-panel')) return;
    menu.open = false;
    menu.querySelector('summary').focus();
  });
})();
