/**
 * 长辈版 and 高对比度, the header's display settings (标准版 / 长辈版 as one choice of two radio buttons, 高对比度 as a
 * switch; in the menu on phones): they work at once without a reload, apply before the first paint on the next
 * page, keep only the choice (one localStorage entry, removed again for the standard view), expose their state as
 * checked radio buttons and switch, work from the keyboard, and stay out of the way without JavaScript. Wording from
 * content/site.yaml. The same checks of every page in each mode (axe, reflow at 320 px and 200 % zoom, text and
 * tap-target size) run through nginx in portal-nginx.test.ts.
 */
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { launchBrowser, type Browser } from '../../tools/site/browser';
import {
  ELDER_TARGET_PX,
  ELDER_TEXT_PX,
  openMenu,
  reflowProblems,
  smallTargetProblems,
  smallTextProblems,
  tapDisplay,
} from '../support/display-checks';
import { readContent } from '../support/content';
import { axeViolations, guardedTab } from '../../tools/site/guarded-page';
import type { StaticServer } from '../../tools/site/serve';
import { siteSession } from '../support/site-session';

const KEY = 'xs-etbz-display';
const { display, navigation } = readContent<{
  labels: { navigation: string; display: Record<'mode' | 'standard' | 'elder' | 'contrast', string> };
}>('site.yaml').labels;

const session = siteSession();
let server: StaticServer;
let browser: Browser;

/** The file's server and browser (see tests/support/site-session.ts). */
async function ready(): Promise<void> {
  ({ server, browser } = await session());
}

/** A tab with the site's storage emptied, so each test starts from the standard view; close() closes it. */
async function freshTab(width = 360): Promise<{ page: Page; problems: string[]; close: () => Promise<void> }> {
  await ready();
  const { page, problems } = await guardedTab(browser.context, { origins: [server.origin], width });
  await page.goto(`${server.url}favicon.svg`);
  await page.evaluate(() => localStorage.clear());
  return { page, problems, close: () => page.close() };
}

const toggle = tapDisplay;
/** Each setting as “its words:checked”, in the order of the page. */
const pressed = (page: Page) =>
  page.locator('header input[data-display]').evaluateAll((inputs) =>
    inputs.map((input) => `${input.closest('label')?.textContent}:${(input as HTMLInputElement).checked}`),
  );
/** The settings as the page starts: 标准版 chosen, 高对比度 off; `elder` and `contrast` say what is on. */
const states = (elder: boolean, contrast: boolean) => [
  `${display.standard}:${!elder}`,
  `${display.elder}:${elder}`,
  `${display.contrast}:${contrast}`,
];
const htmlState = (page: Page) =>
  page.evaluate(() => ({ elder: document.documentElement.hasAttribute('data-elder'), contrast: document.documentElement.hasAttribute('data-contrast') }));
const bodyFontPx = (page: Page) => page.evaluate(() => parseFloat(getComputedStyle(document.body).fontSize));
const stored = (page: Page) =>
  page.evaluate(() => ({ local: Object.fromEntries(Object.entries(localStorage)), session: sessionStorage.length, cookie: document.cookie }));

describe('the 标准版 / 长辈版 choice and the 高对比度 switch', () => {
  it('are in the header (in the menu on phones), labelled in Chinese, with 标准版 chosen at first', async () => {
    const { page, problems, close } = await freshTab();
    try {
      await page.goto(server.url);
      const choice = page.getByRole('radiogroup', { name: display.mode });
      expect(await choice.isVisible()).toBe(false); // in the closed menu
      await openMenu(page);
      expect(await choice.isVisible()).toBe(true);
      expect(await choice.getByRole('radio').count()).toBe(2);
      expect(await choice.getByRole('radio', { name: display.standard, checked: true }).count()).toBe(1);
      expect(await page.getByRole('switch', { name: display.contrast, checked: false }).count()).toBe(1);
      expect(await pressed(page)).toEqual(states(false, false));
      expect(await htmlState(page)).toEqual({ elder: false, contrast: false });
      expect(await bodyFontPx(page)).toBeGreaterThanOrEqual(17);
      expect(problems).toEqual([]);
    } finally {
      await close();
    }
  });

  it('长辈版 applies at once without a reload: text ≥ 20 px, headings larger, controls ≥ 48 px, more line spacing', async () => {
    const { page, problems, close } = await freshTab(320);
    try {
      await page.goto(`${server.url}tiaojian/`);
      const before = await page.evaluate(() => ({
        h1: parseFloat(getComputedStyle(document.querySelector('h1')!).fontSize),
        lineHeight: parseFloat(getComputedStyle(document.body).lineHeight),
      }));
      await page.evaluate(() => ((window as unknown as { sameDocument: boolean }).sameDocument = true));
      await toggle(page, 'elder');
      expect(await page.evaluate(() => (window as unknown as { sameDocument?: boolean }).sameDocument)).toBe(true);
      expect(await htmlState(page)).toEqual({ elder: true, contrast: false });
      expect(await pressed(page)).toEqual(states(true, false));
      expect(await bodyFontPx(page)).toBeGreaterThanOrEqual(ELDER_TEXT_PX);
      const after = await page.evaluate(() => ({
        h1: parseFloat(getComputedStyle(document.querySelector('h1')!).fontSize),
        lineHeight: parseFloat(getComputedStyle(document.body).lineHeight),
      }));
      expect(after.h1).toBeGreaterThanOrEqual(before.h1 * 1.2);
      expect(after.lineHeight / (await bodyFontPx(page))).toBeGreaterThan(before.lineHeight / 17);
      expect(await smallTextProblems(page)).toEqual([]);
      expect(await smallTargetProblems(page, ELDER_TARGET_PX)).toEqual([]);
      expect(await reflowProblems(page)).toEqual([]);
      expect(await axeViolations(page)).toEqual([]);
      expect(problems).toEqual([]);
    } finally {
      await close();
    }
  });

  it('高对比度 applies at once: black text, a deeper accent, black rules; independent of 长辈版', async () => {
    const { page, problems, close } = await freshTab();
    try {
      await page.goto(`${server.url}baozhang/`);
      const accent = () => page.evaluate(() => getComputedStyle(document.querySelector('main a')!).color);
      const standardAccent = await accent();
      await toggle(page, 'contrast');
      expect(await htmlState(page)).toEqual({ elder: false, contrast: true });
      expect(await pressed(page)).toEqual(states(false, true));
      expect(await page.evaluate(() => getComputedStyle(document.body).color)).toBe('rgb(0, 0, 0)');
      expect(await accent()).not.toBe(standardAccent);
      expect(await page.evaluate(() => getComputedStyle(document.querySelector('.prose td')!).borderTopColor)).toBe('rgb(0, 0, 0)');
      await toggle(page, 'elder');
      expect(await htmlState(page)).toEqual({ elder: true, contrast: true });
      await toggle(page, 'standard');
      expect(await htmlState(page)).toEqual({ elder: false, contrast: true });
      expect(await axeViolations(page)).toEqual([]);
      expect(problems).toEqual([]);
    } finally {
      await close();
    }
  });

  it('the choice is remembered on the device and applies before the first paint of the next page; 标准版 forgets it', async () => {
    const { page, problems, close } = await freshTab();
    try {
      await page.addInitScript(() => {
        requestAnimationFrame(() => {
          const root = document.documentElement;
          (window as unknown as { firstFrame: string }).firstFrame =
            `${root.hasAttribute('data-elder')}/${root.hasAttribute('data-contrast')}/${document.querySelector('header input[data-display]') ? 'toggles' : ''}`;
        });
      });
      await page.goto(server.url);
      await toggle(page, 'elder');
      await toggle(page, 'contrast');
      expect(await stored(page)).toEqual({ local: { [KEY]: 'elder contrast' }, session: 0, cookie: '' });
      await page.goto(`${server.url}shenqing/`);
      expect(await page.evaluate(() => (window as unknown as { firstFrame: string }).firstFrame)).toBe('true/true/toggles');
      expect(await pressed(page)).toEqual(states(true, true));
      const second = await page.context().newPage();
      await second.goto(`${server.url}qiuzhu/`);
      expect(await htmlState(second)).toEqual({ elder: true, contrast: true });
      await second.close();
      await toggle(page, 'standard');
      await toggle(page, 'contrast');
      expect(await stored(page)).toEqual({ local: {}, session: 0, cookie: '' });
      await page.reload();
      expect(await htmlState(page)).toEqual({ elder: false, contrast: false });
      expect(problems).toEqual([]);
    } finally {
      await close();
    }
  });

  it('work from the keyboard: Tab to the choice, arrow keys between 标准版 and 长辈版, Space for the switch; the focus shows', async () => {
    const { page, problems, close } = await freshTab(1280);
    const focused = () =>
      page.evaluate(() => {
        const input = document.activeElement as HTMLInputElement;
        const shown = input.nextElementSibling ? getComputedStyle(input.nextElementSibling) : undefined;
        return `${input.getAttribute('data-display')}:${shown && shown.outlineStyle !== 'none' && parseFloat(shown.outlineWidth) >= 2 ? 'ring' : 'no ring'}`;
      });
    try {
      await page.goto(server.url);
      await page.locator('header .site-name').focus();
      await page.keyboard.press('Tab');
      expect(await focused()).toBe('standard:ring');
      await page.keyboard.press('ArrowRight');
      expect(await focused()).toBe('elder:ring');
      expect(await htmlState(page)).toEqual({ elder: true, contrast: false });
      await page.keyboard.press('Tab');
      expect(await focused()).toBe('contrast:ring');
      await page.keyboard.press('Space');
      expect(await htmlState(page)).toEqual({ elder: true, contrast: true });
      expect(await pressed(page)).toEqual(states(true, true));
      await page.keyboard.press('Shift+Tab');
      expect(await focused()).toBe('elder:ring');
      await page.keyboard.press('ArrowLeft');
      expect(await htmlState(page)).toEqual({ elder: false, contrast: true });
      expect(await pressed(page)).toEqual(states(false, true));
      expect(problems).toEqual([]);
    } finally {
      await close();
    }
  });

  it('without JavaScript the display settings do not show and the page keeps its readable standard size', async () => {
    await ready();
    const noScript = await launchBrowser({ javaScriptEnabled: false });
    const { page, problems } = await guardedTab(noScript.context, { origins: [server.origin], width: 360 });
    const close = () => noScript.close();
    try {
      await page.goto(`${server.url}tiaojian/`);
      await page.locator('header summary').click(); // the menu opens without JavaScript: the navigation only
      expect(await page.locator(`header nav[aria-label="${navigation}"]`).isVisible()).toBe(true);
      expect(await page.locator('header [role="radiogroup"]').isVisible()).toBe(false);
      expect(await page.locator('header label:has([data-display])').filter({ visible: true }).count()).toBe(0);
      expect(await bodyFontPx(page)).toBeGreaterThanOrEqual(17);
      expect(await reflowProblems(page)).toEqual([]);
      expect(problems).toEqual([]);
    } finally {
      await close();
    }
  });

  it('printing in 长辈版 keeps the standard print size; the display settings and the menu are not printed', async () => {
    const { page, problems, close } = await freshTab(1280);
    try {
      await page.goto(server.url);
      await toggle(page, 'elder');
      await page.emulateMedia({ media: 'print' });
      expect(await page.evaluate(() => parseFloat(getComputedStyle(document.documentElement).fontSize))).toBeCloseTo((11 * 96) / 72, 1);
      expect(await page.locator('header .display-toggles').isVisible()).toBe(false);
      expect(await page.locator('header details[data-menu]').isVisible()).toBe(false);
      expect(problems).toEqual([]);
    } finally {
      await close();
    }
  });
});
