/**
 * The site's routes, in one place (pages, the release, the bench and the tests use them), and links that respect
 * the configured base path (BASE_PATH, e.g. /zt/etbz/). Every route is a path under the base.
 */

export const ROUTES = {
  home: '/',
  questionnaire: '/ziping/', // 自助判断
  embed: '/ziping/embed/', // the questionnaire alone, for the portal's iframe
  search: '/sousuo/', // the search page (the header box without JavaScript)
  documents: '/zhengce/', // the list of policy documents; each has documentPath(id)
  training: '/peixun/', // 培训资料 and the case library
  presenter: '/peixun/yanshi/', // one case per screen, for a projector
  decisionTable: '/peixun/juece/', // the decision table and the flowchart
  card: '/peixun/suchaka/', // the one-page quick-reference card
} as const;

/** A training case's page. */
export const casePath = (id: string) => `${ROUTES.training}anli/${id}/`;

/** A training case's printable worksheet (without the answer). */
export const worksheetPath = (id: string) => `${casePath(id)}lianxi/`;

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
  return `${ROUTES.documents}${id}/`;
}

/** The content page id a URL path shows, under a base: '/zt/etbz/tiaojian/' → 'tiaojian', the base itself → 'index'. */
export function pageIdOf(pathname: string, base: string = import.meta.env.BASE_URL ?? '/'): string {
  const cleanBase = base.endsWith('/') ? base : `${base}/`;
  const rest = pathname.startsWith(cleanBase) ? pathname.slice(cleanBase.length) : pathname.replace(/^\/+/, '');
  return rest.replace(/\/+$/, '') || 'index';
}
