/**
 * Checks on the built HTML in dist/ (or DIST_DIR): page structure, links and anchors, the amounts of
 * content/standards.yaml, policy citations, page footers, pending notes and self-hosted resources. Each check lists
 * every offending page. What the pages must say is read from content/, never typed here.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import type { HTMLElement } from 'node-html-parser';
import {
  basePath,
  distDir,
  listPages,
  parsePage,
  readDistFile,
  repoRoot,
  urlPathToFile,
  type BuiltPage,
} from '../support/dist';
import { decodeAnswers } from '../../src/lib/eligibility/codec';
import { pendingSuffix, readAmounts, readContent, readDocuments } from '../support/content';

const pages = listPages();
/** The questionnaire page, whose share links keep the answers in the #fragment. */
const QUESTIONNAIRE_FILE = 'ziping/index.html';
const contentPages = pages.filter((page) => page.file !== '404.html');

/** Any origin: used only to resolve links against a page's URL path. */
const SITE = 'http://site.invalid';

/** What the pages must show, read from content/: an editor who changes a figure or confirms a point keeps this green. */
const documents = readDocuments();
const amounts = readAmounts();
const site = readContent<{ portal: { siteCode: string; icp: string }; labels: { sources: string; updated: string } }>('site.yaml');
const PENDING_TEXT = pendingSuffix();
const { portalPhone: PORTAL_PHONE } = parse(readFileSync(join(repoRoot, 'tests', 'fixtures', 'guards.yaml'), 'utf8')) as { portalPhone: string };
const footerFields = [site.portal.siteCode, site.portal.icp].filter(Boolean);

function textOf(element: HTMLElement): string {
  return element.text.replace(/\s+/g, ' ').trim();
}

function expectNoProblems(problems: string[]): void {
  expect(problems, `\n${problems.join('\n')}\n`).toEqual([]);
}

/** Runs a check on each page and collects its complaints, prefixed with the page's URL. */
function problemsOn(list: BuiltPage[], check: (root: HTMLElement, page: BuiltPage) => string[]): string[] {
  return list.flatMap((page) => check(parsePage(page.file), page).map((problem) => `${page.url}: ${problem}`));
}

/** True for links that leave the site: a URL scheme (http:, mailto:, tel:…) or protocol-relative '//'. */
function isExternal(link: string): boolean {
  return /^[a-z][a-z\d+.-]*:/i.test(link) || link.startsWith('//');
}

/** The id of the policy document a link points to (/zhengce/<id>/ under the base), if it does. */
function documentIdOf(link: string, page: BuiltPage): string | undefined {
  if (isExternal(link)) return undefined;
  const { pathname } = new URL(link, SITE + page.url);
  return new RegExp(`^${basePath}zhengce/([^/]+)/$`).exec(pathname)?.[1];
}

const idCache = new Map<string, Set<string>>();
function idsOn(file: string): Set<string> {
  let ids = idCache.get(file);
  if (!ids) {
    ids = new Set(parsePage(file).querySelectorAll('[id]').map((element) => element.id));
    idCache.set(file, ids);
  }
  return ids;
}

describe('every page: document structure', () => {
  it('has a non-empty <title>', () => {
    expectNoProblems(
      problemsOn(pages, (root) => {
        const titles = root.querySelectorAll('head title');
        if (titles.length !== 1) return [`${titles.length} <title> elements in <head>`];
        return textOf(titles[0]) ? [] : ['empty <title>'];
      }),
    );
  });

  it('has exactly one <h1>', () => {
    expectNoProblems(
      problemsOn(pages, (root) => {
        const count = root.querySelectorAll('h1').length;
        return count === 1 ? [] : [`${count} <h1> elements`];
      }),
    );
  });

  it('declares <html lang="zh-CN">', () => {
    expectNoProblems(
      problemsOn(pages, (root) => {
        const lang = root.querySelector('html')?.getAttribute('lang');
        return lang === 'zh-CN' ? [] : [`<html lang="${lang ?? ''}">`];
      }),
    );
  });

  it('has exactly one main landmark', () => {
    expectNoProblems(
      problemsOn(pages, (root) => {
        const landmarks = new Set([...root.querySelectorAll('main'), ...root.querySelectorAll('[role="main"]')]);
        return landmarks.size === 1 ? [] : [`${landmarks.size} main landmarks`];
      }),
    );
  });

  it('has a non-empty meta description', () => {
    expectNoProblems(
      problemsOn(pages, (root) => {
        const content = root.querySelector('meta[name="description"]')?.getAttribute('content')?.trim();
        return content ? [] : ['no meta description, or an empty one'];
      }),
    );
  });
});

describe('links and anchors', () => {
  it('every internal link points to a built page', () => {
    expectNoProblems(
      problemsOn(pages, (root, page) =>
        root.querySelectorAll('a[href], area[href]').flatMap((anchor) => {
          const link = anchor.getAttribute('href')!.trim();
          if (isExternal(link) || link.startsWith('#')) return [];
          const { pathname } = new URL(link, SITE + page.url);
          return urlPathToFile(pathname) ? [] : [`link "${link}" (${textOf(anchor)}) points to no page in dist`];
        }),
      ),
    );
  });

  it('every #anchor, same-page or cross-page, names an element id on the target page', () => {
    expectNoProblems(
      problemsOn(pages, (root, page) =>
        root.querySelectorAll('a[href*="#"], area[href*="#"]').flatMap((anchor) => {
          const link = anchor.getAttribute('href')!.trim();
          if (isExternal(link)) return [];
          const url = new URL(link, SITE + page.url);
          const target = urlPathToFile(url.pathname);
          if (!target || !target.endsWith('.html')) return []; // a missing page is reported by the test above
          const id = decodeURIComponent(url.hash.slice(1));
          if (!id) return [`link "${link}" has an empty fragment`];
          // A share link to the questionnaire carries answers, not an element id: it must decode.
          if (target === QUESTIONNAIRE_FILE && /^v\d+\./.test(id)) {
            const decoded = decodeAnswers(id);
            return decoded.ok ? [] : [`share link "${link}" does not decode (${decoded.error})`];
          }
          return idsOn(target).has(id) ? [] : [`link "${link}": no element with id "${id}" on ${target}`];
        }),
      ),
    );
  });

  it('every local script, stylesheet, icon and image exists in dist', () => {
    const references = 'script[src], link[href], img[src], source[src], video[src], audio[src]';
    expectNoProblems(
      problemsOn(pages, (root, page) =>
        root.querySelectorAll(references).flatMap((element) => {
          const rel = element.getAttribute('rel') ?? '';
          if (element.tagName === 'LINK' && /\b(canonical|alternate)\b/.test(rel)) return [];
          const link = (element.getAttribute('src') ?? element.getAttribute('href') ?? '').trim();
          if (!link || isExternal(link)) return [];
          const { pathname } = new URL(link, SITE + page.url);
          return urlPathToFile(pathname) ? [] : [`<${element.tagName.toLowerCase()}> "${link}" is not in dist`];
        }),
      ),
    );
  });
});

describe('the standards page (/baozhang/)', () => {
  const file = urlPathToFile(`${basePath}baozhang/`);
  const page = { file: file ?? '', url: `${basePath}baozhang/` };

  it('exists', () => {
    expect(file, `${basePath}baozhang/ is not in ${distDir}`).toBeDefined();
  });

  it.each(amounts.map((entry) => [entry.id, entry]))('%s: shows its amount and unit in a table row that links each of its sources', (_id, entry) => {
    expect(file).toBeDefined();
    const amount = String(entry.amount);
    const figure = new RegExp(`(?<![\\d.])${amount.replace('.', '\\.')}\\s*${entry.unit}`);
    const row = parsePage(file!)
      .querySelectorAll('table tr')
      .find((tr) => figure.test(textOf(tr)));
    expect(row, `no table row on ${page.url} shows "${amount} ${entry.unit}"`).toBeDefined();
    const linked = new Set(row!.querySelectorAll('a[href]').map((a) => documentIdOf(a.getAttribute('href')!, page)));
    expect(entry.sources.filter((id) => !linked.has(id)), `sources of ${entry.id} not linked in its row`).toEqual([]);
  });
});

describe('policy documents', () => {
  it.each(documents.map((entry) => entry.id))('/zhengce/%s/ is built', (id) => {
    expect(urlPathToFile(`${basePath}zhengce/${id}/`), `${basePath}zhengce/${id}/ is not in dist`).toBeDefined();
  });

  it('the document list has one page per file in content/documents, and no other', () => {
    const built = readdirSync(join(distDir, 'zhengce'), { withFileTypes: true }).filter((entry) => entry.isDirectory()).map((entry) => entry.name);
    expect(built.sort()).toEqual(documents.map((entry) => entry.id).sort());
  });

  const numbered = documents.filter((entry) => entry.number).map((entry) => [entry.number, entry.id]);
  it.each(numbered)('%s is cited as link text to /zhengce/%s/', (number, id) => {
    const citations = pages.flatMap((page) =>
      parsePage(page.file)
        .querySelectorAll('a[href]')
        .filter((a) => textOf(a).includes(number) && documentIdOf(a.getAttribute('href')!, page) === id)
        .map(() => page.url),
    );
    expect(citations.length, `no link with text "${number}" to ${basePath}zhengce/${id}/ on any page`).toBeGreaterThan(0);
    const target = urlPathToFile(`${basePath}zhengce/${id}/`);
    expect(target, `${basePath}zhengce/${id}/ is not built`).toBeDefined();
    expect(textOf(parsePage(target!).querySelector('main')!), `${basePath}zhengce/${id}/ does not show ${number}`).toContain(
      number,
    );
  });
});

describe('page furniture', () => {
  it(`every page except 404 shows ${site.labels.updated} (with a date) and ${site.labels.sources}`, () => {
    expectNoProblems(
      problemsOn(contentPages, (root) => {
        const text = textOf(root.querySelector('body')!);
        const problems: string[] = [];
        if (!new RegExp(`${site.labels.updated}[:：]?\\s*\\d{4}年\\d{1,2}月\\d{1,2}日`).test(text)) problems.push(`no ${site.labels.updated} with a date`);
        if (!text.includes(site.labels.sources)) problems.push(`no ${site.labels.sources}`);
        return problems;
      }),
    );
  });

  it(`every pending note says ${PENDING_TEXT}`, () => {
    expectNoProblems(
      problemsOn(pages, (root) =>
        root
          .querySelectorAll('[data-pending]')
          .filter((element) => !textOf(element).includes(PENDING_TEXT))
          .map((element) => `pending note "${element.getAttribute('data-pending')}" lacks ${PENDING_TEXT}`),
      ),
    );
  });

  it(`no page contains the portal's number ${PORTAL_PHONE}`, () => {
    const offenders = pages.filter(({ file }) => readDistFile(file).replace(/[\s\-‐–—]/g, '').includes(PORTAL_PHONE));
    expect(offenders.map((page) => page.url)).toEqual([]);
  });

  it(`every footer shows the portal fields of content/site.yaml (every page but the embed page, which has none)`, () => {
    expect(footerFields.length, 'content/site.yaml sets neither 网站标识码 nor ICP 备案号').toBeGreaterThan(0);
    const withFooter = pages.filter((page) => page.url !== `${basePath}ziping/embed/`);
    expect(withFooter.length).toBe(pages.length - 1);
    expectNoProblems(
      problemsOn(withFooter, (root) => {
        const footer = root.querySelector('footer');
        if (!footer) return ['no <footer>'];
        const text = textOf(footer);
        return footerFields.filter((needle) => !text.includes(needle)).map((needle) => `footer lacks ${needle}`);
      }),
    );
  });
});

describe('self-hosted resources', () => {
  it('no script, stylesheet, icon, preload or image comes from another origin', () => {
    const selectors = 'script[src], link[href], img[src], img[srcset], source[src], source[srcset]';
    const resourceRels = /\b(stylesheet|icon|preload|modulepreload|apple-touch-icon|mask-icon|manifest)\b/i;
    expectNoProblems(
      problemsOn(pages, (root) =>
        root.querySelectorAll(selectors).flatMap((element) => {
          if (element.tagName === 'LINK' && !resourceRels.test(element.getAttribute('rel') ?? '')) return [];
          const urls = [element.getAttribute('src'), element.getAttribute('href'), element.getAttribute('srcset')]
            .filter((value): value is string => Boolean(value))
            .flatMap((value) => value.split(',').map((candidate) => candidate.trim().split(/\s+/)[0]));
          return urls
            .filter((url) => /^(https?:)?\/\//i.test(url))
            .map((url) => `<${element.tagName.toLowerCase()}> loads ${url}`);
        }),
      ),
    );
  });

  it('no inline style or built stylesheet loads anything (fonts, images) from another origin', () => {
    const external = /(url\(\s*['"]?|@import\s+['"])(https?:)?\/\//i;
    const assetsDir = join(distDir, '_astro');
    const stylesheets = (existsSync(assetsDir) ? readdirSync(assetsDir) : [])
      .filter((name) => name.endsWith('.css'))
      .filter((name) => external.test(readDistFile(`_astro/${name}`)))
      .map((name) => `_astro/${name}`);
    const inline = pages.filter(({ file }) => external.test(readDistFile(file))).map((page) => page.url);
    expect([...stylesheets, ...inline]).toEqual([]);
  });
});
