/**
 * The header's menu on phones (src/components/Header.astro): a <details> that opens and closes without JavaScript.
 * With it, Escape closes the menu and returns the focus to its button, and a tap, click or focus outside the menu
 * closes it. Document-wide listeners, so a menu opened before this script ran closes too.
 */
const menu = document.querySelector<HTMLDetailsElement>('details[data-menu]');
const button = menu?.querySelector('summary');
const panel = document.getElementById(button?.getAttribute('aria-controls') ?? '');

if (menu && button && panel) {
  const inside = (node: EventTarget | null) => node instanceof Node && (menu.contains(node) || panel.contains(node));
  document.addEventListener('keydown', (event) => {
    if (event.key !== 'Escape' || !menu.open || !inside(document.activeElement)) return;
    menu.open = false;
    button.focus();
  });
  for (const type of ['click', 'focusin']) {
    document.addEventListener(type, (event) => {
      if (menu.open && !inside(event.target)) menu.open = false;
    });
  }
}
