/**
 * What Pagefind indexes in the built pages: the main content only, with title, description, the kind filter and
 * the glossary keywords; every page but the search page has the header search form; no page loads anything of the
 * search index up front.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { HTMLElement } from 'node-html-parser';
import { basePath, distDir, listPages, parsePage, urlPathToFile, type BuiltPage } from '../support/dist';
import { searchContent } from '../support/search-content';
import { readContent } from '../support/content';

const pages = listPages();
const searchPage = `${basePath}sousuo/`;
/** The questionnaire for the portal's iframe: no header (so no search box) and not indexed (/ziping/ is). */
const embedPage = `${basePath}ziping/embed/`;
const indexed = pages.filter((page) => page.file !== '404.html' && page.url !== searchPage && page.url !== embedPage);

function problemsOn(list: BuiltPage[], check: (root: HTMLElement, page: BuiltPage) => string[]): string[] {
  return list.flatMap((page) => check(parsePage(page.file), page).map((problem) => `${page.url}: ${problem}`));
}

function expectNoProblems(problems: string[]): void {
  expect(problems, `\n${problems.join('\n')}\n`).toEqual([]);
}

function body(url: string): HTMLElement {
  const file = urlPathToFile(url);
  expect(file, `${url} is not built`).toBeDefined();
  const element = parsePage(file!).querySelector('[data-pagefind-body]');
  expect(element, `${url} has no data-pagefind-body`).not.toBeNull();
  return element!;
}

describe('what is indexed', () => {
  it('the index was built, for the language zh-cn', () => {
    const entry = join(distDir, 'pagefind', 'pagefind-entry.json');
    expect(existsSync(entry), `${entry} is missing: the build must run pagefind --site`).toBe(true);
    expect(Object.keys(JSON.parse(readFileSync(entry, 'utf8')).languages)).toEqual(['zh-cn']);
  });

  // A long page's own contents list is a <nav> in the body, left out of the index (data-pagefind-ignore).
  it('each content page has one data-pagefind-body, inside <main>, holding the h1 and no header, footer, indexed nav or breadcrumbs', () => {
    expectNoProblems(
      problemsOn(indexed, (root) => {
        const bodies = root.querySelectorAll('[data-pagefind-body]');
        if (bodies.length !== 1) return [`${bodies.length} data-pagefind-body elements`];
        const problems: string[] = [];
        if (!bodies[0].closest('main')) problems.push('data-pagefind-body is outside <main>');
        if (!bodies[0].querySelector('h1')) problems.push('the h1 is not indexed');
        for (const selector of ['header', 'footer', 'nav', 'form[role="search"]']) {
          const found = bodies[0].querySelectorAll(selector).filter((element) => !element.closest('[data-pagefind-ignore]'));
          if (found.length > 0) problems.push(`indexed content contains <${selector}>`);
        }
        return problems;
      }),
    );
  });

  it('the search page, the embed page and the 404 page are not indexed', () => {
    const skipped = pages.filter((page) => page.file === '404.html' || page.url === searchPage || page.url === embedPage);
    expect(skipped).toHaveLength(3);
    expectNoProblems(problemsOn(skipped, (root) => (root.querySelector('[data-pagefind-body]') ? ['is indexed'] : [])));
  });

  it('title and description are Pagefind metadata', () => {
    expectNoProblems(
      problemsOn(indexed, (root) => {
        const problems: string[] = [];
        if (!root.querySelector('[data-pagefind-body] h1[data-pagefind-meta="title"]')) problems.push('h1 is not the title metadata');
        const description = root.querySelector('meta[name="description"]');
        if (description?.getAttribute('data-pagefind-meta') !== 'description[content]') problems.push('no description metadata');
        return problems;
      }),
    );
  });
});

describe('kind filter and keywords', () => {
  it.each([
    ['tiaojian/', '办事指南'],
    ['shenqing/', '办事指南'],
    ['zhengce/', '政策文件'],
    ['zhengce/mz-2019-62/', '政策文件'],
    ['wenda/', '常见问题'],
    ['mingci/', '名词解释'],
    ['peixun/', '培训案例'],
    ['peixun/anli/xiaoyu/', '培训案例'],
    ['peixun/juece/', '培训案例'],
  ])('%s is filtered as %s', (path, label) => {
    expect(body(basePath + path).getAttribute('data-pagefind-filter')).toBe(`kind:${label}`);
  });

  it('the page explaining 服刑在押 carries the everyday words as keywords, and shows them in its section', () => {
    const tiaojian = body(`${basePath}tiaojian/`);
    expect(tiaojian.getAttribute('data-pagefind-meta')).toMatch(/^keywords:.*服刑在押 坐牢 判刑/);
    const section = tiaojian.querySelector('#situation-imprisoned');
    const { labels } = readContent<{ labels: { everyday: string } }>('site.yaml');
    const term = readContent<{ anchor: string; everyday: string[] }[]>('glossary.yaml').find((entry) => entry.anchor === 'situation-imprisoned')!;
    expect(section?.querySelector('.everyday-words')?.text).toBe(`${labels.everyday}：${term.everyday.join('、')}`);
    expect(section?.querySelector('.everyday-words')?.getAttribute('data-pagefind-weight')).toBeTruthy();
  });

  it('a policy document carries its 文号 as a keyword', () => {
    expect(body(`${basePath}zhengce/mz-2019-62/`).getAttribute('data-pagefind-meta')).toContain('民发〔2019〕62号');
  });
});

describe('search costs nothing until used', () => {
  it('no page links, preloads or imports anything under pagefind/ or the search code', () => {
    expectNoProblems(
      problemsOn(pages, (root) =>
        root
          .querySelectorAll('script[src], link[href]')
          .map((element) => element.getAttribute('src') ?? element.getAttribute('href') ?? '')
          .filter((url) => url.includes('pagefind') || /\/mount\.[\w-]+\.js$/.test(url))
          .map((url) => `loads ${url} up front`),
      ),
    );
  });

  it('the search markup has no inline script or inline event handler (the code is one external module)', () => {
    expectNoProblems(
      problemsOn(pages, (root) =>
        root.querySelectorAll('form[role="search"], [data-search-area]').flatMap((region) => [
          ...region.querySelectorAll('script').map(() => 'inline <script> in the search markup'),
          ...[region, ...region.querySelectorAll('*')].flatMap((element) =>
            Object.keys(element.attributes)
              .filter((name) => /^on/i.test(name))
              .map((name) => `inline handler ${name}`),
          ),
        ]),
      ),
    );
  });
});

describe('the search box', () => {
  it('every page but the search page and the embed page has the header search: a form to the search page with a labelled q input', () => {
    const withBox = pages.filter((page) => page.url !== searchPage && page.url !== embedPage);
    expectNoProblems(
      problemsOn(withBox, (root) => {
        const form = root.querySelector('header form[role="search"]');
        if (!form) return ['no search form in the header'];
        const problems: string[] = [];
        if (form.getAttribute('action') !== searchPage) problems.push(`form action ${form.getAttribute('action')}`);
        if ((form.getAttribute('method') ?? 'get').toLowerCase() !== 'get') problems.push('form method is not GET');
        const input = form.querySelector('input[name="q"]');
        if (!input) return [...problems, 'no input named q'];
        const label = input.id ? form.querySelector(`label[for="${input.id}"]`) : null;
        if (!label?.text.trim()) problems.push('the search input has no label');
        return problems;
      }),
    );
  });

  it('the search page has its own labelled form with the kind filter, and links to 名词解释', () => {
    const root = parsePage(urlPathToFile(searchPage)!);
    const form = root.querySelector('main form[role="search"]');
    expect(form?.getAttribute('action')).toBe(searchPage);
    expect(root.querySelector('label[for="search-page-q"]')?.text).toBe(searchContent.text.page.field);
    const kinds = form!.querySelectorAll('input[name="kind"]').map((input) => input.getAttribute('value'));
    expect(kinds).toEqual(['', '办事指南', '政策文件', '常见问题', '培训案例', '名词解释']);
    expect(root.querySelector(`main a[href="${basePath}mingci/"]`)).not.toBeNull();
    expect(root.querySelector('header form[role="search"]'), 'two search forms on the search page').toBeNull();
  });
});
