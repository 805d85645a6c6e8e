/** Site-internal links that respect the configured base path (BASE_PATH, e.g. /zt/etbz/). */

/** Joins a base ('/' or '/zt/etbz/') and a site path ('/tiaojian/' or 'tiaojian/#x'). */
export function joinBase(base: string, path: string): string {
  const cleanBase = base.endsWith('/') ? base : `${base}/`;
  return cleanBase + path.replace(/^\/+/, '');
}

/** Link to a page of this site, under the base path Astro was built with. */
export function href(path: string): string {
  return joinBase(import.meta.env.BASE_URL ?? '/', path);
}

/** URL of a page for a content page id: 'index' is the home page. */
export function pagePath(id: string): string {
  return id === 'index' ? '/' : `/${id}/`;
}

/** URL of a policy document's own page. */
export function documentPath(id: string): string {
  return `/zhengce/${id}/`;
}

/** The content page id a URL path shows, under a base: '/zt/etbz/tiaojian/' → 'tiaojian', the base itself → 'index'. */
export function pageIdOf(pathname: string, base: string = import.meta.env.BASE_URL ?? '/'): string {
  const cleanBase = base.endsWith('/') ? base : `${base}/`;
  const rest = pathname.startsWith(cleanBase) ? pathname.slice(cleanBase.length) : pathname.replace(/^\/+/, '');
  return rest.replace(/\/+$/, '') || 'index';
}
