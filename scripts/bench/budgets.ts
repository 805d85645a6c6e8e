/**
 * The one place that says which page is what, and what each kind of page may weigh.
 * Page URLs are paths under the base ('/ziping/'); a pattern ending in '*' matches every URL starting with
 * what comes before it. The first category whose pattern matches wins, so list narrower patterns first.
 * Adjust these lists as sections are added or moved; the bench applies them to whatever pages the build produced.
 */
import { ROUTES, casePath, worksheetPath } from '../../src/lib/paths.ts';

export type Category = 'content' | 'questionnaire' | 'embed' | 'search' | 'presenter';

/** Pages that are not plain content pages, by URL pattern. Everything else is 'content'. */
export const PAGE_CATEGORIES: ReadonlyArray<{ category: Exclude<Category, 'content'>; patterns: string[] }> = [
  { category: 'embed', patterns: [ROUTES.embed] },
  { category: 'questionnaire', patterns: [ROUTES.questionnaire] },
  { category: 'search', patterns: [ROUTES.search] },
  { category: 'presenter', patterns: [ROUTES.presenter] },
];

/**
 * Pages that list a whole collection and so grow with it; the scale run does not hold them to a fixed weight.
 * /peixun/ lists every training case, and the presenter /peixun/yanshi/ holds every case, answer included.
 */
export const LIST_PAGES: string[] = [ROUTES.documents, '/wenda/', '/mingci/', ROUTES.training, ROUTES.presenter, ROUTES.search];

const KB = 1024;

export interface Budgets {
  /** JavaScript (gzip bytes) a page may load before any interaction, per category; absent = no JS cap. */
  jsGzip: Partial<Record<Category, number>>;
  /** HTML + CSS + JS + icons and images (gzip bytes) any page may load before interaction. */
  totalGzip: number;
  /** The largest page's HTML (gzip): fits in the first round trip (TCP initial window of ~14 KB). A warning only. */
  largestHtmlGzip: number;
  /** Web fonts allowed (the design uses system CJK fonts). */
  webFonts: boolean;
  /** Lighthouse score (0-100) each of Performance, Accessibility, Best Practices and SEO must reach. */
  lighthouseScore: number;
  /** In the scale run, a non-list page may grow by at most this fraction (plus a few bytes of longer ids). */
  scaleGrowth: number;
  /** Bytes a first search typed into the home page's box may download (SEARCH_QUERY; issue 15: below 110 KB). */
  firstSearchBytes: number;
}

export const BUDGETS: Budgets = {
  jsGzip: { content: 2 * KB, questionnaire: 15 * KB },
  totalGzip: 40 * KB,
  largestHtmlGzip: 14 * KB,
  webFonts: false,
  lighthouseScore: 100,
  scaleGrowth: 0.05,
  firstSearchBytes: 110 * KB,
};

/** What we aim for: well past an Astro Starlight site with the same kind of content (reported, not enforced). */
export const TARGETS = {
  contentPageTotalGzip: 16 * KB, // a content page fetches this much or less, in all
  firstSearchBytes: 100 * KB, // bytes downloaded for a first Chinese search
  lcpMs: 1000, // Lighthouse mobile LCP
};

/** Starlight's figures for the same kind of content, measured on this machine with an Astro Starlight site of the same pages. */
export const STARLIGHT = {
  htmlGzip: '8–10 KB',
  cssGzip: '12 KB',
  jsGzip: '30 KB',
  totalGzip: '≈50 KB',
  firstSearch: '152 KB',
  lcp: '1.1–1.3 s',
};

/**
 * Pages Lighthouse runs on. `url` is a page path, or a pattern whose first built match is used (sorted by URL);
 * a target with no built page is reported as "not built yet".
 */
export const LIGHTHOUSE_TARGETS: ReadonlyArray<{ name: string; url: string; exclude?: string[] }> = [
  { name: 'home', url: '/' },
  { name: 'criteria', url: '/tiaojian/' },
  { name: 'questionnaire', url: ROUTES.questionnaire },
  { name: 'training case', url: casePath('*'), exclude: [worksheetPath('*')] },
];

/** The query typed for the "first search" measurement: a common word that matches many pages. */
export const SEARCH_QUERY = '抚养';

/** The search page; a first search is measured in the home page's search box and, when built, here too. */
export const SEARCH_PAGE = ROUTES.search;

/** True when a page URL matches a pattern (exact, or prefix when the pattern ends in '*', '*' also inside). */
export function matchesPattern(url: string, pattern: string): boolean {
  const regex = new RegExp(`^${pattern.split('*').map(escapeRegex).join('.+')}${pattern.endsWith('*') ? '' : '$'}`);
  return regex.test(url) || (pattern.endsWith('/*') && url === pattern.slice(0, -1));
}

function escapeRegex(text: string): string {
  return text.replace(/[.+?^${}()|[\]\\]/g, '\\$&');
}

/** The category of a page, by its URL path under the base. */
export function categorize(url: string): Category {
  return PAGE_CATEGORIES.find(({ patterns }) => patterns.some((p) => matchesPattern(url, p)))?.category ?? 'content';
}
