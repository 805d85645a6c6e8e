/**
 * The answers in the address's #… part, the only place they are kept, and the browser's history: each position of
 * the questionnaire is one history entry, marked as the questionnaire's own ({ q: 1 }) with the position it was left
 * from, so that back and forward can be told from a link typed or pasted over the page. Nothing else (no query, no
 * storage) is ever written.
 */

/** The hash without '#', or '' when there is none. */
export const currentHash = (): string => location.hash.slice(1);

/** True when the hash names an element of the page (the skip link's #main), so it is no share link. */
export const isPageAnchor = (hash: string): boolean => hash !== '' && document.getElementById(hash) !== null;

const addressWith = (hash: string) => location.pathname + location.search + (hash ? `#${hash}` : '');

interface Entry {
  q: 1; // one of the questionnaire's own entries
  from?: string; // positionKey() of the position this entry was opened from
}

/** The current entry, if the questionnaire made it (not a link opened or pasted into the address bar). */
export const ownEntry = (): Entry | undefined => (history.state && history.state.q === 1 ? history.state : undefined);

/** A new history entry for the next position. */
export function pushEntry(hash: string, from: string): void {
  history.pushState({ q: 1, from } satisfies Entry, '', addressWith(hash));
}

/** The current history entry, rewritten: same place in history, newer answers. */
export function replaceEntry(hash: string): void {
  const own = ownEntry();
  history.replaceState({ q: 1, from: own && own.from } satisfies Entry, '', addressWith(hash));
}

/**
 * The full link that restores these answers: on this page, or on `page` (a path) when given. Only the path and the
 * answers: never the query, where a chat app may have added its own tracking (?from=…&isappinstalled=…).
 */
export const shareUrl = (hash: string, page?: string): string => `${location.origin}${page || location.pathname}#${hash}`;
