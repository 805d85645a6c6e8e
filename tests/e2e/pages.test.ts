/**
 * Every built page in real Chromium, served by a local static server: no CSP violation, no console or page errors,
 * no failed requests and none to other origins, no axe-core WCAG 2.1 A/AA violations at 360 px and 1280 px, and a
 * full-page screenshot at both widths in test-output/screenshots/. Then keyboard, 404 and print behaviour.
 */
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Page, Response } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { axeViolations, guardedTab } from '../../tools/site/guarded-page';
import type { Browser } from '../../tools/site/browser';
import { listPages, pageSlug, repoRoot } from '../support/dist';
import { readContent } from '../support/content';
import type { StaticServer } from '../../tools/site/serve';
import { siteSession } from '../support/site-session';

const WIDTHS = [360, 1280];
const screenshotDir = join(repoRoot, 'test-output', 'screenshots');
const pages = listPages();

const session = siteSession();
let server: StaticServer;
let browser: Browser;

/** The file's server and browser (see tests/support/site-session.ts). */
async function ready(): Promise<void> {
  mkdirSync(screenshotDir, { recursive: true });
  ({ server, browser } = await session());
}

/** A guarded tab (tools/site/guarded-page.ts): CSP violations, console and page errors, failed, failing or foreign requests. */
async function openTab(width: number): Promise<{ page: Page; log: { problems: string[] } }> {
  await ready();
  const { page, problems } = await guardedTab(browser.context, { origins: [server.origin], width, height: 800 });
  return { page, log: { problems } };
}

/** Loads a URL and waits until the network is quiet and web fonts (if any) are ready. */
async function load(page: Page, url: string): Promise<Response | null> {
  const response = await page.goto(url, { waitUntil: 'load' });
  await page.waitForLoadState('networkidle');
  await page.evaluate(() => document.fonts.ready.then(() => undefined));
  return response;
}

describe('every built page in Chromium', () => {
  it.each(pages.map((page) => [page.url, page.file]))(
    '%s loads without errors, passes axe (WCAG 2.1 AA) and is captured at 360 and 1280 px',
    async (url, file) => {
      const problems: string[] = [];
      for (const width of WIDTHS) {
        const { page, log } = await openTab(width);
        try {
          await load(page, server.origin + url);
          problems.push(...(await axeViolations(page)).map((violation) => `[${width}px] ${violation}`));
          await page.screenshot({ path: join(screenshotDir, `${pageSlug(file)}-${width}.png`), fullPage: true });
        } finally {
          await page.close();
        }
        problems.push(...log.problems.map((problem) => `[${width}px] ${problem}`));
      }
      expect(problems, `\n${url}\n${problems.join('\n')}\n`).toEqual([]);
    },
  );
});

const { labels } = readContent<{ labels: { skipLink: string; notFound: { title: string } } }>('site.yaml');

describe('keyboard', () => {
  it('the first Tab on the home page focuses the skip link, and activating it moves focus to <main>', async () => {
    const { page, log } = await openTab(1280);
    try {
      await load(page, server.url);
      await page.keyboard.press('Tab');
      const focused = page.locator(':focus');
      await expect.poll(() => focused.textContent()).toBe(labels.skipLink);
      const box = await focused.boundingBox();
      expect(box && box.width > 1 && box.height > 1, 'the focused skip link is not visible').toBe(true);
      await page.keyboard.press('Enter');
      await expect.poll(() => page.evaluate(() => document.activeElement?.tagName)).toBe('MAIN');
      expect(log.problems).toEqual([]);
    } finally {
      await page.close();
    }
  });
});

describe('404 page', () => {
  it('an unknown address returns status 404 and says 没有找到这个页面, with its styles loaded', async () => {
    const { page, log } = await openTab(1280);
    try {
      const url = `${server.url}no-such-page/deeper/`;
      const response = await load(page, url);
      expect(response?.status()).toBe(404);
      await expect.poll(() => page.locator('h1').textContent()).toBe(labels.notFound.title);
      // The page itself answers 404; anything else failing (say, a relative stylesheet URL) is a defect.
      const others = log.problems.filter((problem) => !problem.includes(url));
      expect(others).toEqual([]);
    } finally {
      await page.close();
    }
  });
});

describe('print', () => {
  it('printing hides the main navigation and keeps the content', async () => {
    const { page, log } = await openTab(1280);
    try {
      await load(page, server.url);
      const navigation = page.locator('nav[aria-label="主导航"]');
      expect(await navigation.count(), 'no navigation labelled 主导航').toBe(1);
      expect(await navigation.isVisible(), 'the navigation is not visible on screen').toBe(true);
      await page.emulateMedia({ media: 'print' });
      expect(await navigation.isVisible(), 'the navigation is still visible in print').toBe(false);
      expect(await page.locator('main').isVisible(), 'main content hidden in print').toBe(true);
      expect(log.problems).toEqual([]);
    } finally {
      await page.close();
    }
  });
});
