/**
 * The answers in the address's #… part, the only place they are kept. replaceState never navigates and never
 * adds a history entry; nothing else (no query, no storage) is ever written.
 */

/** The hash without '#', or '' when there is none. */
export const currentHash = (): string => location.hash.slice(1);

/** True when the hash names an element of the page (the skip link's #main), so it is no share link. */
export function isPageAnchor(hash: string): boolean {
  try {
    return hash !== '' && document.getElementById(decodeURIComponent(hash)) !== null;
  } catch {
    return false;
  }
}

const addressWith = (hash: string) => location.pathname + location.search + (hash ? `#${hash}` : '');

export function writeHash(hash: string): void {
  if (currentHash() !== hash) history.replaceState(history.state, '', addressWith(hash));
}

/**
 * The full link that restores these answers: on this page, or on `page` (a path) when given. Only the path and the
 * answers: never the query, where a chat app may have added its own tracking (?from=…&isappinstalled=…).
 */
export const shareUrl = (hash: string, page?: string): string => `${location.origin}${page || location.pathname}#${hash}`;
