/**
 * Checks on the built HTML in dist/ (or DIST_DIR): page structure, links and anchors, the Kunming amounts,
 * policy citations, page footers, pending notes and self-hosted resources. Each check lists every offending page.
 */
import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
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

const pages = listPages();
/** The questionnaire page, whose share links keep the answers in the #fragment. */
const QUESTIONNAIRE_FILE = 'ziping/index.html';
const contentPages = pages.filter((page) => page.file !== '404.html');

/** Any origin: used only to resolve links against a page's URL path. */
const SITE = 'http://site.invalid';

/** Policy documents that must each have a page, by content id. */
const DOCUMENT_IDS = [
  'mz-2019-62',
  'mz-2020-125',
  'yn-2016-103',
  'yn-2021-51',
  'gb-2010-54',
  'gb-2016-36',
  'gb-2025-18',
  'xs-2025-reply',
];

/** Documents that must be cited by 文号 as link text to their own page. */
const CITED_DOCUMENTS: Record<string, string> = {
  '民发〔2019〕62号': 'mz-2019-62',
  '民发〔2020〕125号': 'mz-2020-125',
  '云政发〔2016〕103号': 'yn-2016-103',
  '云民发〔2021〕51号': 'yn-2021-51',
};

/** The Kunming standards (元/人/月) the standards page must show. */
const AMOUNTS = ['1374', '1607.33', '2074'];
const PENDING_TEXT = '以街道办事处、区民政局答复为准';
const PORTAL_PHONE = '68212345';
const SITE_CODE = '5301120004';
const ICP = '滇ICP备19011656号-1';

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

  it.each(AMOUNTS)('shows %s 元/人/月 in a table row with a source link in the same row', (amount) => {
    expect(file).toBeDefined();
    const figure = new RegExp(`(?<![\\d.])${amount.replace('.', '\\.')}\\s*元/人/月`);
    const row = parsePage(file!)
      .querySelectorAll('table tr')
      .find((tr) => figure.test(textOf(tr)));
    expect(row, `no table row on ${page.url} shows "${amount} 元/人/月"`).toBeDefined();
    const sources = row!.querySelectorAll('a[href]').filter((a) => documentIdOf(a.getAttribute('href')!, page));
    expect(sources.length, `the row of ${amount} has no link to a policy document (/zhengce/<id>/)`).toBeGreaterThan(0);
  });
});

describe('policy documents', () => {
  it.each(DOCUMENT_IDS)('/zhengce/%s/ is built', (id) => {
    expect(urlPathToFile(`${basePath}zhengce/${id}/`), `${basePath}zhengce/${id}/ is not in dist`).toBeDefined();
  });

  it('every document in content/documents has its page', () => {
    const ids = readdirSync(join(repoRoot, 'content', 'documents'))
      .filter((name) => /\.ya?ml$/.test(name))
      .map((name) => name.replace(/\.ya?ml$/, ''));
    const missing = ids.filter((id) => !urlPathToFile(`${basePath}zhengce/${id}/`));
    expect(missing, 'documents without a page').toEqual([]);
  });

  it.each(Object.entries(CITED_DOCUMENTS))('%s is cited as link text to /zhengce/%s/', (number, id) => {
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
  it('every page except 404 shows 最近更新 (with a date) and 政策依据', () => {
    expectNoProblems(
      problemsOn(contentPages, (root) => {
        const text = textOf(root.querySelector('body')!);
        const problems: string[] = [];
        if (!/最近更新[:：]?\s*\d{4}年\d{1,2}月\d{1,2}日/.test(text)) problems.push('no 最近更新 with a date');
        if (!text.includes('政策依据')) problems.push('no 政策依据');
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

  it(`every footer shows 网站标识码 ${SITE_CODE} and ${ICP} (every page but the embed page, which has none)`, () => {
    const withFooter = pages.filter((page) => page.url !== `${basePath}ziping/embed/`);
    expect(withFooter.length).toBe(pages.length - 1);
    expectNoProblems(
      problemsOn(withFooter, (root) => {
        const footer = root.querySelector('footer');
        if (!footer) return ['no <footer>'];
        const text = textOf(footer);
        return [SITE_CODE, ICP].filter((needle) => !text.includes(needle)).map((needle) => `footer lacks ${needle}`);
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
