/**
 * The site's header and guide pages on a phone (issue 13), in the standard version and in 长辈版: the header's share
 * of a 360 × 740 screen and the home page's start action on it; the header menu with and without JavaScript (keyboard,
 * visible focus, closing); links of the footer, the breadcrumbs and the contents lists at least 24 × 24 px; the
 * standards table as cards on narrow screens and a table, nothing cut off, above; axe on every changed page in both
 * versions, with the menu closed and open. Wording from content/, limits from tests/fixtures/phone.ts.
 */
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { launchBrowser } from '../../tools/site/browser';
import { axeViolations, guardedTab } from '../../tools/site/guarded-page';
import { ROUTES, casePath, documentPath } from '../../src/lib/paths';
import { contentRoot, readAmounts, readContent, readDocuments } from '../support/content';
import { basePath } from '../support/dist';
import { openMenu, smallTargetProblems } from '../support/display-checks';
import { siteSession } from '../support/site-session';
import { CARDS_BELOW_PX, HEADER_SHARE_MAX, PHONE, QUESTIONNAIRE_TOP_MAX, TARGET_MIN_PX } from '../fixtures/phone';

const session = siteSession();
const { labels } = readContent<{ labels: { menu: string; navigation: string; breadcrumbs: string } }>('site.yaml');
const mainNav = `header nav[aria-label="${labels.navigation}"]`;

type Version = 'standard' | 'elder';
const VERSIONS: Version[] = ['standard', 'elder'];

/** The pages this issue changed: the header is on all of them. */
const CHANGED = ['', ROUTES.questionnaire, '/tiaojian/', '/shenqing/', '/baozhang/'].map((route) => route.replace(/^\//, ''));

/** A guarded tab of the given size whose stored choice is the version (set before the page loads, as a return visit). */
async function tabIn(version: Version, size: { width: number; height: number } = PHONE) {
  const { browser, server } = await session();
  const tab = await guardedTab(browser.context, { origins: [server.origin], width: size.width, height: size.height });
  await tab.page.goto(`${server.url}favicon.svg`);
  await tab.page.evaluate((elder) => (elder ? localStorage.setItem('xs-etbz-display', 'elder') : localStorage.clear()), version === 'elder');
  return { ...tab, open: (path: string) => tab.page.goto(`${server.url}${path}`, { waitUntil: 'load' }) };
}

const bottomOf = async (page: Page, selector: string) => page.locator(selector).first().evaluate((element) => element.getBoundingClientRect().bottom);
const isOpen = (page: Page) => page.locator('header details[data-menu]').evaluate((details) => (details as HTMLDetailsElement).open);
const focusedRing = (page: Page) =>
  page.evaluate(() => {
    const style = getComputedStyle(document.activeElement!);
    return style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) >= 2;
  });

describe('the first screen of a phone (360 × 740)', () => {
  for (const version of VERSIONS) {
    it(`${version}: the home page's start action, to the questionnaire, is whole on the first screen; the header takes ≤ ${HEADER_SHARE_MAX * 100} %`, async () => {
      const { page, problems, open } = await tabIn(version);
      try {
        await open('');
        const header = await bottomOf(page, 'header');
        console.log(`${version}: the header takes ${((header / PHONE.height) * 100).toFixed(1)} % of the first screen`);
        expect(header).toBeLessThanOrEqual(PHONE.height * HEADER_SHARE_MAX);
        const start = page.locator('main [data-primary-action]');
        expect(await start.count(), 'one primary start action').toBe(1);
        expect(new URL((await start.getAttribute('href'))!, 'http://x').pathname).toBe(`${basePath}${ROUTES.questionnaire.slice(1)}`);
        const box = (await start.boundingBox())!;
        expect(box.y, 'the start action begins on the screen').toBeGreaterThanOrEqual(0);
        expect(box.y + box.height, 'the start action ends on the first screen').toBeLessThanOrEqual(PHONE.height);
        expect(problems).toEqual([]);
      } finally {
        await page.close();
      }
    });

    it(`${version}: on the questionnaire page the header takes ≤ ${HEADER_SHARE_MAX * 100} % and the questionnaire begins in the top ${QUESTIONNAIRE_TOP_MAX * 100} %`, async () => {
      const { page, problems, open } = await tabIn(version);
      try {
        await open(ROUTES.questionnaire.slice(1));
        expect(await bottomOf(page, 'header')).toBeLessThanOrEqual(PHONE.height * HEADER_SHARE_MAX);
        const top = await page.locator('#q-root').evaluate((element) => element.getBoundingClientRect().top);
        expect(top).toBeLessThanOrEqual(PHONE.height * QUESTIONNAIRE_TOP_MAX);
        expect(problems).toEqual([]);
      } finally {
        await page.close();
      }
    });
  }
});

describe('the header menu on a phone', () => {
  it('is closed at first; by keyboard it opens, leads into the display settings and the navigation, and Escape closes it; the focus shows', async () => {
    const { page, problems, open } = await tabIn('standard');
    try {
      await open('tiaojian/');
      const nav = page.locator(mainNav);
      const button = page.locator('header details[data-menu] > summary');
      expect(await button.innerText()).toBe(labels.menu);
      expect(await nav.isVisible()).toBe(false);
      await page.locator('header .site-name').focus();
      await page.keyboard.press('Tab');
      expect(await page.evaluate(() => document.activeElement?.tagName)).toBe('SUMMARY');
      expect(await focusedRing(page), 'the menu button shows its focus').toBe(true);
      await page.keyboard.press('Enter');
      expect(await isOpen(page)).toBe(true);
      expect(await nav.isVisible()).toBe(true);
      await page.keyboard.press('Tab');
      expect(await page.evaluate(() => document.activeElement?.getAttribute('data-display'))).toBe('standard');
      await page.keyboard.press('Tab');
      expect(await page.evaluate(() => document.activeElement?.getAttribute('data-display'))).toBe('contrast');
      await page.keyboard.press('Tab');
      expect(await page.evaluate(() => document.activeElement?.closest('nav')?.getAttribute('aria-label'))).toBe(labels.navigation);
      expect(await focusedRing(page), 'a link in the menu shows its focus').toBe(true);
      await page.keyboard.press('Escape');
      expect(await isOpen(page)).toBe(false);
      expect(await nav.isVisible()).toBe(false);
      expect(await page.evaluate(() => document.activeElement?.tagName), 'Escape returns the focus to the menu button').toBe('SUMMARY');
      await page.keyboard.press('Space');
      expect(await isOpen(page)).toBe(true);
      await button.click();
      expect(await isOpen(page), 'the menu button closes it again').toBe(false);
      expect(problems).toEqual([]);
    } finally {
      await page.close();
    }
  });

  it('Escape elsewhere leaves an open menu and the focus alone', async () => {
    const { page, problems, open } = await tabIn('standard');
    try {
      await open('tiaojian/');
      await openMenu(page);
      await page.locator('main h1').click();
      await page.locator('#main').focus();
      await page.keyboard.press('Escape');
      expect(await isOpen(page)).toBe(true);
      expect(await page.evaluate(() => document.activeElement?.id)).toBe('main');
      expect(problems).toEqual([]);
    } finally {
      await page.close();
    }
  });

  it('works without JavaScript: a tap or Enter opens and closes it; it holds the navigation (the display settings need the script)', async () => {
    const { server } = await session();
    const noScript = await launchBrowser({ javaScriptEnabled: false });
    try {
      const { page, problems } = await guardedTab(noScript.context, { origins: [server.origin], ...PHONE });
      await page.goto(`${server.url}shenqing/`);
      const nav = page.locator(mainNav);
      const button = page.locator('header details[data-menu] > summary');
      expect(await nav.isVisible()).toBe(false);
      await button.click();
      expect(await nav.isVisible()).toBe(true);
      expect(await nav.locator('a[aria-current="page"]').count(), 'the current page is marked').toBe(1);
      expect(await page.locator('header label:has([data-display])').filter({ visible: true }).count()).toBe(0);
      await button.click();
      expect(await nav.isVisible()).toBe(false);
      await page.locator('header .site-name').focus();
      await page.keyboard.press('Tab');
      expect(await page.evaluate(() => document.activeElement?.tagName)).toBe('SUMMARY');
      expect(await focusedRing(page)).toBe(true);
      await page.keyboard.press('Enter');
      expect(await nav.isVisible()).toBe(true);
      await page.keyboard.press('Enter');
      expect(await nav.isVisible()).toBe(false);
      expect(problems).toEqual([]);
    } finally {
      await noScript.close();
    }
  });

  for (const version of VERSIONS) {
    it(`${version}: open, the menu's button, settings and links are large enough to tap, and the page still fits the screen`, async () => {
      const { page, problems, open } = await tabIn(version);
      try {
        await open('tiaojian/');
        await openMenu(page);
        expect(await smallTargetProblems(page, version === 'elder' ? 48 : 44)).toEqual([]);
        expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(PHONE.width);
        expect(problems).toEqual([]);
      } finally {
        await page.close();
      }
    });
  }

  it('on a wide screen there is no menu button: the navigation is a bar and the display settings show', async () => {
    const { page, problems, open } = await tabIn('standard', { width: 1280, height: 800 });
    try {
      await open('tiaojian/');
      expect(await page.locator('header details[data-menu]').isVisible()).toBe(false);
      expect(await page.locator(mainNav).isVisible()).toBe(true);
      expect(await page.locator('header [role="radiogroup"]').isVisible()).toBe(true);
      const rows = await page.locator('header nav li').evaluateAll((items) => new Set(items.map((li) => Math.round(li.getBoundingClientRect().top))).size);
      expect(rows, 'the navigation is one row').toBe(1);
      expect(problems).toEqual([]);
    } finally {
      await page.close();
    }
  });
});

describe('links at least 24 × 24 px (WCAG 2.2 target size)', () => {
  const firstCase = readdirSync(join(contentRoot, 'cases')).sort()[0]!.replace(/\.md$/, '');
  const paths = ['tiaojian/', 'shenqing/', casePath(firstCase).slice(1), documentPath(readDocuments()[0]!.id).slice(1)];

  for (const version of VERSIONS) {
    it(`${version}: the footer's and the breadcrumbs' links, and those of the contents lists, at 360 and 1280 px`, async () => {
      const found: string[] = [];
      for (const width of [PHONE.width, 1280]) {
        const { page, problems, open } = await tabIn(version, { width, height: PHONE.height });
        try {
          for (const path of paths) {
            await open(path);
            const selector = `footer a, nav[aria-label="${labels.breadcrumbs}"] a, nav.page-contents a, .jump-links a`;
            const small = await page.locator(selector).evaluateAll(
              (links, min) =>
                links
                  .map((link) => ({ text: link.textContent?.trim(), box: link.getBoundingClientRect() }))
                  .filter(({ box }) => box.width < min - 0.01 || box.height < min - 0.01)
                  .map(({ text, box }) => `${Math.round(box.width * 10) / 10}×${Math.round(box.height * 10) / 10} “${text}”`),
              TARGET_MIN_PX,
            );
            const breadcrumbs = await page.locator(`nav[aria-label="${labels.breadcrumbs}"] a`).count();
            if (breadcrumbs === 0) found.push(`/${path} at ${width}px: no breadcrumb link`);
            found.push(...small.map((problem) => `/${path} at ${width}px: ${problem}`), ...problems);
            problems.length = 0;
          }
        } finally {
          await page.close();
        }
      }
      expect(found).toEqual([]);
    });
  }
});

describe('the standards table (/baozhang/)', () => {
  const amounts = readAmounts();

  /** How the table shows: the display of its cells, whether the cell labels show, and whether anything is cut off. */
  const layout = (page: Page) =>
    page.locator('.standards-table').evaluate((wrap) => {
      const rows = [...wrap.querySelectorAll('tbody tr')];
      const cells = rows.flatMap((row) => [...row.children]);
      const right = wrap.getBoundingClientRect().right;
      return {
        rows: rows.length,
        display: [...new Set(cells.map((cell) => getComputedStyle(cell).display))],
        labelsShown: [...wrap.querySelectorAll('.cell-label')].every((label) => (label as HTMLElement).offsetWidth > 0),
        labelsHidden: [...wrap.querySelectorAll('.cell-label')].every((label) => (label as HTMLElement).offsetWidth === 0),
        headersShown: [...wrap.querySelectorAll('thead th')].every((th) => (th as HTMLElement).offsetWidth > 8),
        scrollsSideways: wrap.scrollWidth > wrap.clientWidth + 0.5,
        cutOff: cells.filter((cell) => cell.getBoundingClientRect().right > right + 0.5).length,
        stacked: rows.every((row) => {
          const tops = [...row.children].map((cell) => cell.getBoundingClientRect().top);
          return tops.every((top, i) => i === 0 || top > tops[i - 1]!);
        }),
      };
    });

  for (const version of VERSIONS) {
    const limit = CARDS_BELOW_PX[version];
    it(`${version}: cards under ${limit} px (each standard's cells stacked, each named), a table from ${limit} px on; nothing cut off`, async () => {
      const widths = [320, PHONE.width, limit - 1, limit, 800, 1280].filter((width, i, all) => all.indexOf(width) === i);
      const { page, problems, open } = await tabIn(version);
      try {
        await open('baozhang/');
        for (const width of widths) {
          await page.setViewportSize({ width, height: PHONE.height });
          const shown = await layout(page);
          const where = `${version} at ${width} px`;
          expect(shown.rows, where).toBe(amounts.length);
          expect(shown.scrollsSideways, `${where}: the table scrolls sideways`).toBe(false);
          expect(shown.cutOff, `${where}: cells cut off`).toBe(0);
          if (width < limit) {
            expect(shown.display, where).toEqual(['block']);
            expect(shown.stacked, `${where}: cells side by side`).toBe(true);
            expect(shown.labelsShown, `${where}: a cell without its column's name`).toBe(true);
          } else {
            expect(shown.display, where).toEqual(['table-cell']);
            expect(shown.labelsHidden, `${where}: column names repeated in the cells`).toBe(true);
            expect(shown.headersShown, `${where}: a column heading is hidden`).toBe(true);
          }
        }
        await page.setViewportSize(PHONE);
        expect(await axeViolations(page)).toEqual([]);
        expect(problems).toEqual([]);
      } finally {
        await page.close();
      }
    });
  }
});

describe('axe on the changed pages, on a phone, with the menu closed and open', () => {
  for (const version of VERSIONS) {
    it(`${version}: the home page, the questionnaire, 认定条件, 申请流程, 保障标准`, async () => {
      const { page, problems, open } = await tabIn(version);
      const found: string[] = [];
      try {
        for (const path of CHANGED) {
          await open(path);
          found.push(...(await axeViolations(page)).map((violation) => `/${path}: ${violation}`));
          await openMenu(page);
          found.push(...(await axeViolations(page)).map((violation) => `/${path} (menu open): ${violation}`));
        }
        expect(found).toEqual([]);
        expect(problems).toEqual([]);
      } finally {
        await page.close();
      }
    });
  }
});
