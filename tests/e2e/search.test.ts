/**
 * Site search in real Chromium against the built site: nothing of search loads before the visitor uses the box;
 * typing shows highlighted results that open with the keyboard; the search page reads ?q=, filters by kind and
 * passes axe with results shown; clear messages when nothing matches and when the index cannot be loaded.
 * The bytes of a first query are written to test-output/search-first-query.json.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { axeViolations } from '../../tools/site/guarded-page';
import { BUDGETS } from '../../scripts/bench/budgets';
import type { Browser } from '../../tools/site/browser';
import { basePath, repoRoot } from '../support/dist';
import type { StaticServer } from '../../tools/site/serve';
import { siteSession } from '../support/site-session';
import { networkQuiet, recordedTab, type RecordedTab } from '../support/search-browser';
import { searchContent } from '../support/search-content';

const JS_BUDGET = BUDGETS.jsGzip.content!; // gzip bytes of JavaScript a content page may load before interaction
const FIRST_QUERY_BUDGET = 150 * 1024; // gzip bytes for everything a first query downloads
const outputDir = join(repoRoot, 'test-output');

const session = siteSession();
let server: StaticServer;
let browser: Browser;

/** The file's server and browser (see tests/support/site-session.ts). */
async function ready(): Promise<void> {
  ({ server, browser } = await session());
}

async function open(path: string, width = 1280): Promise<RecordedTab> {
  await ready();
  const tab = await recordedTab(browser.context, server.origin, width);
  await tab.page.goto(server.origin + basePath + path, { waitUntil: 'load' });
  await networkQuiet(tab.page);
  return tab;
}

const isSearchDownload = (path: string) => path.includes('/pagefind/') || /\/_astro\/mount\.[\w-]+\.js$/.test(path);

/**
 * Enters words in the header search box and waits for its count (or message) to appear. The words go in as one
 * input, as an input method commits them: typed key by key on a busy machine, a pause between two keys could show
 * the results for the first characters before those for the whole words.
 */
async function typeInHeader(page: Page, words: string): Promise<void> {
  await page.locator('#header-search-q').click();
  await page.locator('#header-search-q').fill(words);
  await expect.poll(() => page.locator('#header-search-status').textContent(), { timeout: 15_000 }).toMatch(/找到|没有找到|无法使用/);
}

describe('search costs nothing until used', () => {
  it('a content page downloads no search code, WebAssembly or index before the box is used, and ≤ 2 KB of JavaScript', async () => {
    const tab = await open('tiaojian/');
    try {
      await tab.page.mouse.wheel(0, 600);
      await tab.page.keyboard.press('Tab');
      await networkQuiet(tab.page);
      await tab.settled();
      expect(tab.downloads.filter((d) => isSearchDownload(d.path)).map((d) => d.path)).toEqual([]);
      const scripts = tab.downloads.filter((d) => /javascript/.test(d.type));
      const total = scripts.reduce((sum, d) => sum + d.bytes, 0);
      writeReport('search-page-js.json', { page: `${basePath}tiaojian/`, scripts, totalGzipBytes: total });
      expect(total, scripts.map((d) => `${d.path} ${d.bytes}`).join('\n')).toBeLessThanOrEqual(JS_BUDGET);
      expect(tab.problems).toEqual([]);
    } finally {
      await tab.page.close();
    }
  });

  it('focusing the search box starts loading search; the first query is measured', async () => {
    const tab = await open('tiaojian/');
    try {
      const before = tab.downloads.length;
      await typeInHeader(tab.page, '坐牢');
      await networkQuiet(tab.page);
      await tab.settled();
      const files = tab.downloads.slice(before).map(({ path, bytes }) => ({ path, bytes }));
      const total = files.reduce((sum, f) => sum + f.bytes, 0);
      writeReport('search-first-query.json', { query: '坐牢', page: `${basePath}tiaojian/`, files, totalGzipBytes: total });
      expect(files.some((f) => f.path.endsWith('/pagefind/pagefind.js'))).toBe(true);
      expect(files.some((f) => f.path.includes('pagefind-worker')), 'the worker is not needed').toBe(false);
      expect(total).toBeLessThanOrEqual(FIRST_QUERY_BUDGET);
      expect(tab.problems).toEqual([]);
    } finally {
      await tab.page.close();
    }
  });
});

describe('header search, by keyboard', () => {
  it('typing 坐牢 shows the 服刑在押 answer and highlighted results; ArrowDown and Enter open the 服刑在押 section', async () => {
    const tab = await open('');
    try {
      await typeInHeader(tab.page, '坐牢');
      const page = tab.page;
      expect(await page.locator('#header-search-status').textContent()).toMatch(/^找到 \d+ 条结果。$/);
      expect(await page.locator('#header-search-answer-heading').textContent()).toBe('服刑在押');
      const first = page.locator('#header-search-list li').first();
      expect(await first.locator('a').textContent()).toBe('认定条件 › 服刑在押');
      expect(await first.locator('mark').first().textContent()).toBe('坐牢');
      await page.keyboard.press('ArrowDown'); // the answer's link comes first
      expect(await page.evaluate(() => document.activeElement?.hasAttribute('data-search-answer-link'))).toBe(true);
      await page.keyboard.press('ArrowDown');
      expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('认定条件 › 服刑在押');
      await page.keyboard.press('Enter');
      await page.waitForURL(/\/tiaojian\/#situation-imprisoned-title$/);
      expect(await page.locator('#situation-imprisoned-title').isVisible()).toBe(true);
      expect(await page.locator('#situation-imprisoned .everyday-words').textContent()).toContain('坐牢');
      expect(tab.problems).toEqual([]);
    } finally {
      await tab.page.close();
    }
  });

  it('Tab from the box reaches the answer and the results; Enter opens 联系不上 at the 失联 section; Escape clears', async () => {
    const tab = await open('shenqing/', 360);
    try {
      const page = tab.page;
      await typeInHeader(page, '联系不上');
      await page.keyboard.press('Tab'); // the 搜索 button
      await page.keyboard.press('Tab'); // the answer's link
      expect(await page.evaluate(() => document.activeElement?.getAttribute('href'))).toMatch(/\/tiaojian\/#situation-lost_contact-title$/);
      await page.keyboard.press('Tab'); // the first result
      expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('认定条件 › 失联');
      await page.keyboard.press('Shift+Tab');
      await page.keyboard.press('Shift+Tab');
      await page.keyboard.press('Shift+Tab');
      await page.keyboard.press('Escape');
      await expect.poll(() => page.locator('[data-search-area="header"]').isVisible()).toBe(false);
      await page.locator('#header-search-q').fill('联系不上');
      await expect.poll(() => page.locator('#header-search-list a').first().textContent()).toBe('认定条件 › 失联');
      await page.keyboard.press('Tab');
      await page.keyboard.press('Tab');
      await page.keyboard.press('Tab');
      await page.keyboard.press('Enter');
      await page.waitForURL(/\/tiaojian\/#situation-lost_contact-title$/);
      expect(tab.problems).toEqual([]);
    } finally {
      await tab.page.close();
    }
  });

  it('Enter in the box goes to the search page with ?q=', async () => {
    const tab = await open('baozhang/');
    try {
      await tab.page.locator('#header-search-q').fill('残疾证');
      await tab.page.locator('#header-search-q').press('Enter');
      await tab.page.waitForURL(/\/sousuo\/\?q=/);
      await expect.poll(() => tab.page.locator('#search-page-list a').first().textContent()).toBe('认定条件 › 重残');
      expect(await tab.page.locator('#search-page-q').inputValue()).toBe('残疾证');
      expect(tab.problems).toEqual([]);
    } finally {
      await tab.page.close();
    }
  });
});

describe('the search page', () => {
  it.each([360, 1280])('?q=62号 shows results and has no axe violations at %i px, results shown', async (width) => {
    const tab = await open(`sousuo/?q=${encodeURIComponent('62号')}`, width);
    try {
      const page = tab.page;
      await expect.poll(() => page.locator('#search-page-status').textContent()).toMatch(/^找到 \d+ 条结果。$/);
      expect(await page.locator('#search-page-list a').first().textContent()).toBe('《关于进一步加强事实无人抚养儿童保障工作的意见》');
      expect(await page.locator('#search-page-list mark').count()).toBeGreaterThan(0);
      expect(await axeViolations(page)).toEqual([]);
      await page.screenshot({ path: join(outputDir, 'screenshots', `sousuo-results-${width}.png`), fullPage: true });
      expect(tab.problems).toEqual([]);
    } finally {
      await tab.page.close();
    }
  });

  it('choosing 政策文件 keeps only policy documents and puts the kind in the address', async () => {
    const tab = await open(`sousuo/?q=${encodeURIComponent('服刑在押')}`);
    try {
      const page = tab.page;
      await expect.poll(() => page.locator('#search-page-list li').count()).toBeGreaterThan(0);
      await page.getByLabel('政策文件').check();
      await expect.poll(() => new URL(page.url()).searchParams.get('kind')).toBe('政策文件');
      await expect.poll(() => page.locator('#search-page-list li').allTextContents()).not.toContainEqual(
        expect.stringContaining('类别：办事指南'),
      );
      const kinds = await page.locator('#search-page-list li').allTextContents();
      expect(kinds.length).toBeGreaterThan(0);
      expect(kinds.every((text) => text.includes('类别：政策文件'))).toBe(true);
      expect(tab.problems).toEqual([]);
    } finally {
      await tab.page.close();
    }
  });

  it('nothing matching: says so, suggests other words and offers the next steps of content/search.yaml (no axe violations)', async () => {
    const query = '火星探测';
    const tab = await open(`sousuo/?q=${encodeURIComponent(query)}`);
    try {
      const page = tab.page;
      await expect.poll(() => page.locator('#search-page-status').textContent()).toBe(searchContent.text.nothing.replace('{query}', query));
      const empty = page.locator('[data-search-area="page"] [data-search-empty]');
      expect(await empty.isVisible()).toBe(true);
      expect(await empty.textContent()).toContain(searchContent.text.retry);
      const links = await empty.locator('a').evaluateAll((as) => as.map((a) => { const url = new URL((a as HTMLAnchorElement).href); return decodeURIComponent(url.pathname + url.hash); }));
      expect(links).toEqual(searchContent.nextSteps.map((step) => `${basePath}${step.page}/${step.anchor ? `#${step.anchor}` : ''}`));
      expect(await axeViolations(page)).toEqual([]);
      expect(tab.problems).toEqual([]);
    } finally {
      await tab.page.close();
    }
  });

  it('without ?q= the search page loads nothing of search until the box is used', async () => {
    const tab = await open('sousuo/');
    try {
      await tab.settled();
      expect(tab.downloads.filter((d) => isSearchDownload(d.path)).map((d) => d.path)).toEqual([]);
      expect(await tab.page.locator('#search-page-status').textContent()).toBe('');
      expect(tab.problems).toEqual([]);
    } finally {
      await tab.page.close();
    }
  });
});

describe('when the index cannot be loaded', () => {
  it.each([
    ['the Pagefind script is missing', '**/pagefind/pagefind.js'],
    ['the index files are missing', '**/pagefind/pagefind-entry.json*'],
  ])('%s: the header and the search page say search is unavailable and link to the main pages', async (_what, pattern) => {
    await ready();
    const tab = await recordedTab(browser.context, server.origin);
    try {
      const page = tab.page;
      await page.route(pattern, (route) => route.fulfill({ status: 404, body: 'Not found' }));
      await page.goto(`${server.origin}${basePath}wenda/`);
      await typeInHeader(page, '坐牢');
      expect(await page.locator('#header-search-status').textContent()).toBe('搜索暂时无法使用。');
      expect(await page.locator('[data-search-area="header"] [data-search-failed]').isVisible()).toBe(true);
      await page.goto(`${server.origin}${basePath}sousuo/?q=${encodeURIComponent('坐牢')}`);
      await expect.poll(() => page.locator('#search-page-status').textContent()).toBe('搜索暂时无法使用。');
      const failed = page.locator('[data-search-area="page"] [data-search-failed]');
      expect(await failed.textContent()).toContain('请稍后再试');
      expect(await failed.locator(`a[href="${basePath}tiaojian/"]`).count()).toBe(1);
      expect(tab.problems.filter((p) => !/404|Failed to (load|fetch)|Pagefind|module script/i.test(p))).toEqual([]);
    } finally {
      await tab.page.close();
    }
  });
});

function writeReport(name: string, data: unknown): void {
  mkdirSync(join(outputDir, 'screenshots'), { recursive: true });
  writeFileSync(join(outputDir, name), `${JSON.stringify(data, null, 2)}\n`);
}
