/**
 * The embed page (/ziping/embed/) inside the portal's iframe. It tells the portal page its height whenever it
 * changes, as { type: 'xs-etbz:height', height } posted only to the configured portal origin (never '*'), so the
 * frame can fit the questionnaire without a scroll bar of its own. Links to other pages open in a new tab: the
 * family's answers live in this frame's address and would be lost if the frame navigated away.
 */
const HEIGHT_MESSAGE = 'xs-etbz:height';

const portalOrigin = document.documentElement.dataset.portalOrigin;
if (portalOrigin && window.parent !== window) {
  let last = -1;
  const report = () => {
    const height = Math.ceil(document.body.getBoundingClientRect().height);
    if (height === last) return;
    last = height;
    window.parent.postMessage({ type: HEIGHT_MESSAGE, height }, portalOrigin);
  };
  if (typeof ResizeObserver === 'function') new ResizeObserver(report).observe(document.body);
  else {
    // Safari before 13.1 has no ResizeObserver: measure after every change of the page and of the window.
    new MutationObserver(report).observe(document.body, { childList: true, subtree: true, attributes: true, characterData: true });
    addEventListener('resize', report);
    addEventListener('load', report);
    report();
  }
}

document.addEventListener('click', (event) => {
  const link = (event.target as Element | null)?.closest?.<HTMLAnchorElement>('a[href]');
  if (link && (link.origin !== location.origin || link.pathname !== location.pathname)) {
    link.target = '_blank';
    link.rel = 'noopener';
  }
});

export {};
