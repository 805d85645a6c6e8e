/**
 * Questions in everyday words, in Chromium against the built site: the common questions of content/search.yaml
 * under the box before typing (header on focus, search page at once), chosen with the keyboard or a click; the
 * answer shown first, with the amount of content/standards.yaml for a money question; which site words were
 * searched for; the note when no page has every word; the next steps when nothing is found; axe on each state.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { formatAmount } from '../../src/lib/format';
import { axeViolations } from '../../tools/site/guarded-page';
import type { Browser } from '../../tools/site/browser';
import type { StaticServer } from '../../tools/site/serve';
import { basePath, parsePage, repoRoot, urlPathToFile } from '../support/dist';
import { siteSession } from '../support/site-session';
import { networkQuiet, recordedTab, type RecordedTab } from '../support/search-browser';
import { searchContent } from '../support/search-content';

const standards = parse(readFileSync(join(repoRoot, 'content', 'standards.yaml'), 'utf8')) as Array<{ id: string; name: string; amount: number; unit: string }>;
const money = standards.find((entry) => entry.id === searchContent.money.standard)!;
const faqQuestion = (id: string) => /^question:\s*(.+)$/m.exec(readFileSync(join(repoRoot, 'content', 'faq', `${id}.md`), 'utf8'))![1].trim();

const session = siteSession();
let server: StaticServer;
let browser: Browser;

async function open(path: string, width = 1280): Promise<RecordedTab> {
  ({ server, browser } = await session());
  const tab = await recordedTab(browser.context, server.origin, width);
  await tab.page.goto(server.origin + basePath + path, { waitUntil: 'load' });
  await networkQuiet(tab.page);
  return tab;
}

/** Waits until the search page shows its count or message for the words in its box. */
async function settledPage(page: Page): Promise<void> {
  await expect.poll(() => page.locator('#search-page-status').textContent(), { timeout: 15_000 }).toMatch(/找到|没有找到/);
}

const searchPage = (q: string) => `sousuo/?q=${encodeURIComponent(q)}`;

describe('common questions under the box', () => {
  it('the header shows them when the empty box gets the focus; ArrowDown and Enter search for one in place; Escape closes', async () => {
    const tab = await open('baozhang/');
    try {
      const page = tab.page;
      await page.locator('#header-search-q').focus();
      const suggestions = page.locator('[data-search-area="header"] [data-search-suggestion]');
      await expect.poll(() => suggestions.first().isVisible()).toBe(true);
      expect(await suggestions.allTextContents()).toEqual(searchContent.suggestions);
      await page.keyboard.press('ArrowDown');
      expect(await page.evaluate(() => document.activeElement?.textContent)).toBe(searchContent.suggestions[0]);
      await page.keyboard.press('Enter');
      await expect.poll(() => page.locator('#header-search-q').inputValue()).toBe(searchContent.suggestions[0]);
      await expect.poll(() => page.locator('#header-search-status').textContent()).toMatch(/^找到 \d+ 条结果。$/);
      expect(await page.locator('[data-search-area="header"] [data-search-suggestions]').isVisible()).toBe(false);
      expect(page.url()).toBe(`${server.origin}${basePath}baozhang/`); // searched in place
      await page.locator('#header-search-q').focus();
      await page.keyboard.press('Escape');
      await expect.poll(() => page.locator('[data-search-area="header"]').isVisible()).toBe(false);
      expect(await page.locator('#header-search-q').inputValue()).toBe('');
      expect(tab.problems).toEqual([]);
    } finally {
      await tab.page.close();
    }
  });

  it('the header closes them when the focus leaves the empty box', async () => {
    const tab = await open('');
    try {
      const page = tab.page;
      await page.locator('#header-search-q').focus();
      await expect.poll(() => page.locator('[data-search-area="header"]').isVisible()).toBe(true);
      await page.locator('h1').click();
      await expect.poll(() => page.locator('[data-search-area="header"]').isVisible()).toBe(false);
      expect(tab.problems).toEqual([]);
    } finally {
      await tab.page.close();
    }
  });

  it('the search page lists them before anything is typed, as links to their search; choosing one searches for it (no axe violations)', async () => {
    const tab = await open('sousuo/');
    try {
      const page = tab.page;
      const links = page.locator('[data-search-area="page"] [data-search-suggestion]');
      expect(await links.allTextContents()).toEqual(searchContent.suggestions);
      const hrefs = await links.evaluateAll((as) => as.map((a) => (a as HTMLAnchorElement).getAttribute('href')));
      expect(hrefs).toEqual(searchContent.suggestions.map((q) => `${basePath}sousuo/?q=${new URLSearchParams({ q }).toString().slice(2)}`));
      expect(await axeViolations(page)).toEqual([]);
      await links.nth(3).click();
      await settledPage(page);
      expect(new URL(page.url()).searchParams.get('q')).toBe(searchContent.suggestions[3]);
      expect(await page.locator('#search-page-q').inputValue()).toBe(searchContent.suggestions[3]);
      expect(await page.locator('[data-search-area="page"] [data-search-suggestions]').isVisible()).toBe(false);
      expect(tab.problems).toEqual([]);
    } finally {
      await tab.page.close();
    }
  });
});

describe('the answer first', () => {
  it.each([360, 1280])('a money question shows the amount of content/standards.yaml and links to its section (no axe violations, %i px)', async (width) => {
    const tab = await open(searchPage('一个月能领多少钱'), width);
    try {
      const page = tab.page;
      await settledPage(page);
      const answer = page.locator('[data-search-area="page"] [data-search-answer]');
      expect(await answer.isVisible()).toBe(true);
      expect(await answer.textContent()).toContain(formatAmount(money.amount, money.unit));
      expect(await answer.locator('[data-search-answer-heading]').textContent()).toMatch(/基本生活补贴/);
      // It links to a place about the allowance (its section, its question or its term: which ranks first follows the
      // content), named by the heading there.
      const link = new URL((await answer.locator('[data-search-answer-link]').getAttribute('href')) ?? '', server.origin);
      const target = urlPathToFile(decodeURIComponent(link.pathname));
      expect(target, `${link.pathname} is not built`).toBeDefined();
      const place = parsePage(target!).querySelector(`[id="${decodeURIComponent(link.hash.slice(1))}"]`);
      expect(place?.text, `${link.pathname}${link.hash}`).toContain(money.name);
      expect(await page.locator('[data-search-area="page"] [data-search-understood]').textContent()).toContain('“基本生活补贴”');
      expect(await axeViolations(page)).toEqual([]);
      await page.screenshot({ path: join(repoRoot, 'test-output', 'screenshots', `sousuo-answer-${width}.png`), fullPage: true });
      expect(tab.problems).toEqual([]);
    } finally {
      await tab.page.close();
    }
  });

  it('a question a FAQ answers shows that question and the opening of its answer; the link opens it', async () => {
    const tab = await open('');
    try {
      const page = tab.page;
      await page.locator('#header-search-q').click();
      await page.locator('#header-search-q').fill('爸爸坐牢，妈妈身体好好的，能申请吗');
      const heading = page.locator('#header-search-answer-heading');
      await expect.poll(() => heading.textContent(), { timeout: 15_000 }).toBe(faqQuestion('one-parent-healthy'));
      expect(await page.locator('[data-search-area="header"] [data-search-answer-text]').textContent()).toMatch(/^一般不能。/);
      await page.locator('[data-search-area="header"] [data-search-answer-link]').click();
      await page.waitForURL(/\/wenda\/#faq-one-parent-healthy-q$/);
      expect(tab.problems).toEqual([]);
    } finally {
      await tab.page.close();
    }
  });
});

describe('never a dead end', () => {
  it('when no page has every word, the results are for the words found, and the page says which (no axe violations)', async () => {
    const tab = await open(searchPage('坐牢火星'));
    try {
      const page = tab.page;
      await settledPage(page);
      const relaxed = page.locator('[data-search-area="page"] [data-search-relaxed]');
      expect(await relaxed.isVisible()).toBe(true);
      expect(await relaxed.textContent()).toContain('“服刑在押”');
      expect(await relaxed.textContent()).not.toContain('火星');
      expect(await page.locator('#search-page-list a').first().textContent()).toBe('认定条件 › 服刑在押');
      expect(await axeViolations(page)).toEqual([]);
      expect(tab.problems).toEqual([]);
    } finally {
      await tab.page.close();
    }
  });

  it('when nothing is found, the header box offers the next steps, reachable with the arrow keys', async () => {
    const tab = await open('tiaojian/', 360);
    try {
      const page = tab.page;
      await page.locator('#header-search-q').click();
      await page.locator('#header-search-q').fill('火星探测');
      await expect.poll(() => page.locator('#header-search-status').textContent(), { timeout: 15_000 }).toBe('没有找到与“火星探测”有关的内容。');
      const steps = page.locator('[data-search-area="header"] [data-search-empty] a');
      expect(await steps.allTextContents()).toEqual(searchContent.nextSteps.map((step) => step.text));
      await page.keyboard.press('ArrowDown');
      expect(await page.evaluate(() => document.activeElement?.textContent)).toBe(searchContent.nextSteps[0].text);
      await page.keyboard.press('ArrowUp');
      expect(await page.evaluate(() => document.activeElement?.id)).toBe('header-search-q');
      expect(await axeViolations(page)).toEqual([]);
      expect(tab.problems).toEqual([]);
    } finally {
      await tab.page.close();
    }
  });
});
