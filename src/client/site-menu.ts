/**
 * The header's menu on phones (src/components/Header.astro) is a <details>: it opens and closes without JavaScript.
 * This adds Escape: with the focus in the menu or the panel it opens, Escape closes the menu and returns the focus to
 * its button. The open panel pushes the page down rather than covering it, so it may stay open while the visitor
 * moves on. Kept this small because every page loads it (2 KB of JavaScript in all on a content page).
 */
document.addEventListener('keydown', (event) => {
  const menu = document.querySelector<HTMLDetailsElement>('details[data-menu][open]');
  const focus = document.activeElement;
  if (event.key !== 'Escape' || !menu || !(menu.contains(focus) || menu.nextElementSibling!.contains(focus))) return;
  menu.open = false;
  menu.querySelector('summary')!.focus();
});
