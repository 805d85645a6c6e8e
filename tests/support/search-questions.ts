/**
 * The everyday question set (tests/fixtures/search/everyday-questions.yaml) with each answer resolved to the page
 * and section it names, read from content/ (glossary terms' page and anchor, FAQ files), so the set follows the
 * content. Also: where a search result link points, relative to the base path.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import type { ShownResult } from '../../src/lib/search/results';
import { basePath, repoRoot } from './dist';

export interface Place {
  page: string; // path under the base, e.g. 'tiaojian/'; '' for the home page
  section?: string; // section id; undefined = anywhere on the page
  label: string; // as written in the fixture
}

export interface EverydayQuestion {
  q: string;
  answers: Place[];
  typed: string[];
}

const FIXTURE = join(repoRoot, 'tests', 'fixtures', 'search', 'everyday-questions.yaml');
const glossary = parse(readFileSync(join(repoRoot, 'content', 'glossary.yaml'), 'utf8')) as Array<{ term: string; page: string; anchor: string }>;

const pagePath = (page: string) => (page === 'index' ? '' : `${page}/`);

/** Resolves term:…, faq:…, page#section or page to the place it names; throws naming the label when it does not exist. */
export function resolvePlace(label: string): Place {
  const term = /^term:(.+)$/.exec(label);
  if (term) {
    const entry = glossary.find((e) => e.term === term[1]);
    if (!entry) throw new Error(`${label}: no such term in content/glossary.yaml`);
    return { page: pagePath(entry.page), section: entry.anchor, label };
  }
  const faq = /^faq:(.+)$/.exec(label);
  if (faq) {
    if (!['md', 'mdx'].some((ext) => existsSync(join(repoRoot, 'content', 'faq', `${faq[1]}.${ext}`)))) {
      throw new Error(`${label}: no content/faq/${faq[1]}.md(x)`);
    }
    return { page: 'wenda/', section: `faq-${faq[1]}`, label };
  }
  const [page, section] = label.split('#');
  if (!existsSync(join(repoRoot, 'content', 'pages', `${page}.mdx`))) throw new Error(`${label}: no content/pages/${page}.mdx`);
  return { page: pagePath(page), section, label };
}

export function everydayQuestions(file = FIXTURE): EverydayQuestion[] {
  const raw = parse(readFileSync(file, 'utf8')) as Array<{ q: string; answer: string[]; typed: string[] }>;
  return raw.map((item) => ({ q: item.q, answers: item.answer.map(resolvePlace), typed: item.typed }));
}

/** Path (under the base) and section id of a result link. */
export function placeOf(result: ShownResult | undefined): { page: string; section: string } {
  if (!result) return { page: '(no result)', section: '' };
  const url = new URL(result.url, 'http://site.invalid');
  const page = url.pathname.startsWith(basePath) ? url.pathname.slice(basePath.length) : url.pathname;
  return { page, section: decodeURIComponent(url.hash.slice(1)) };
}

/** True when a result opens the place: same page, and the section's own id or its heading's (-title, -q). */
export function opens(result: ShownResult | undefined, place: Place): boolean {
  const at = placeOf(result);
  if (at.page !== place.page) return false;
  if (place.section === undefined) return true;
  return [place.section, `${place.section}-title`, `${place.section}-q`].includes(at.section);
}
