/**
 * 长辈版 and 高对比度, the header toggles: they work at once without a reload, apply before the first paint on the
 * next page, keep only the choice (one localStorage entry, removed again for the standard view), expose their state
 * with aria-pressed, work from the keyboard, and stay out of the way without JavaScript. The same checks of every
 * page in each mode (axe, reflow at 320 px and 200 % zoom, text and tap-target size) run through nginx in
 * portal-nginx.test.ts.
 */
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { launchBrowser, type Browser } from '../../tools/site/browser';
import {
  ELDER_TARGET_PX,
  ELDER_TEXT_PX,
  reflowProblems,
  smallTargetProblems,
  smallTextProblems,
} from '../support/display-checks';
import { axeViolations, guardedTab } from '../../tools/site/guarded-page';
import type { StaticServer } from '../../tools/site/serve';
import { siteSession } from '../support/site-session';

const KEY = 'xs-etbz-display';

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

const toggle = (page: Page, name: string) => page.locator(`header [data-display="${name}"]`);
const pressed = (page: Page) =>
  page.locator('[data-display]').evaluateAll((buttons) => buttons.map((b) => `${b.textContent}:${b.getAttribute('aria-pressed')}`));
const htmlState = (page: Page) =>
  page.evaluate(() => ({ elder: document.documentElement.hasAttribute('data-elder'), contrast: document.documentElement.hasAttribute('data-contrast') }));
const bodyFontPx = (page: Page) => page.evaluate(() => parseFloat(getComputedStyle(document.body).fontSize));
const stored = (page: Page) =>
  page.evaluate(() => ({ local: Object.fromEntries(Object.entries(localStorage)), session: sessionStorage.length, cookie: document.cookie }));

describe('the 长辈版 / 标准版 and 高对比度 toggles', () => {
  it('are in the header, labelled in Chinese, with 标准版 pressed at first', async () => {
    const { page, problems, close } = await freshTab();
    try {
      await page.goto(server.url);
      const group = page.locator('header [role="group"][aria-label="显示方式"]');
      expect(await group.isVisible()).toBe(true);
      expect(await pressed(page)).toEqual(['标准版:true', '长辈版:false', '高对比度:false']);
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
      await toggle(page, 'elder').click();
      expect(await page.evaluate(() => (window as unknown as { sameDocument?: boolean }).sameDocument)).toBe(true);
      expect(await htmlState(page)).toEqual({ elder: true, contrast: false });
      expect(await pressed(page)).toEqual(['标准版:false', '长辈版:true', '高对比度:false']);
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
      await toggle(page, 'contrast').click();
      expect(await htmlState(page)).toEqual({ elder: false, contrast: true });
      expect(await pressed(page)).toEqual(['标准版:true', '长辈版:false', '高对比度:true']);
      expect(await page.evaluate(() => getComputedStyle(document.body).color)).toBe('rgb(0, 0, 0)');
      expect(await accent()).not.toBe(standardAccent);
      expect(await page.evaluate(() => getComputedStyle(document.querySelector('.prose td')!).borderTopColor)).toBe('rgb(0, 0, 0)');
      await toggle(page, 'elder').click();
      expect(await htmlState(page)).toEqual({ elder: true, contrast: true });
      await toggle(page, 'standard').click();
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
            `${root.hasAttribute('data-elder')}/${root.hasAttribute('data-contrast')}/${document.querySelector('header [data-display]') ? 'toggles' : ''}`;
        });
      });
      await page.goto(server.url);
      await toggle(page, 'elder').click();
      await toggle(page, 'contrast').click();
      expect(await stored(page)).toEqual({ local: { [KEY]: 'elder contrast' }, session: 0, cookie: '' });
      await page.goto(`${server.url}shenqing/`);
      expect(await page.evaluate(() => (window as unknown as { firstFrame: string }).firstFrame)).toBe('true/true/toggles');
      expect(await pressed(page)).toEqual(['标准版:false', '长辈版:true', '高对比度:true']);
      const second = await page.context().newPage();
      await second.goto(`${server.url}qiuzhu/`);
      expect(await htmlState(second)).toEqual({ elder: true, contrast: true });
      await second.close();
      await toggle(page, 'standard').click();
      await toggle(page, 'contrast').click();
      expect(await stored(page)).toEqual({ local: {}, session: 0, cookie: '' });
      await page.reload();
      expect(await htmlState(page)).toEqual({ elder: false, contrast: false });
      expect(problems).toEqual([]);
    } finally {
      await close();
    }
  });

  it('work from the keyboard (Tab to them, Enter and Space)', async () => {
    const { page, problems, close } = await freshTab(1280);
    try {
      await page.goto(server.url);
      await toggle(page, 'elder').focus();
      await page.keyboard.press('Enter');
      expect(await htmlState(page)).toEqual({ elder: true, contrast: false });
      await page.keyboard.press('Tab');
      expect(await page.evaluate(() => document.activeElement?.getAttribute('data-display'))).toBe('contrast');
      await page.keyboard.press('Space');
      expect(await htmlState(page)).toEqual({ elder: true, contrast: true });
      await page.keyboard.press('Shift+Tab');
      await page.keyboard.press('Shift+Tab');
      expect(await page.evaluate(() => document.activeElement?.getAttribute('data-display'))).toBe('standard');
      await page.keyboard.press('Enter');
      expect(await htmlState(page)).toEqual({ elder: false, contrast: true });
      expect(problems).toEqual([]);
    } finally {
      await close();
    }
  });

  it('without JavaScript the toggles do not show and the page keeps its readable standard size', async () => {
    await ready();
    const noScript = await launchBrowser({ javaScriptEnabled: false });
    const { page, problems } = await guardedTab(noScript.context, { origins: [server.origin], width: 360 });
    const close = () => noScript.close();
    try {
      await page.goto(`${server.url}tiaojian/`);
      expect(await page.locator('[data-display]').first().isVisible()).toBe(false);
      expect(await page.locator('header [role="group"]').isVisible()).toBe(false);
      expect(await bodyFontPx(page)).toBeGreaterThanOrEqual(17);
      expect(await reflowProblems(page)).toEqual([]);
      expect(problems).toEqual([]);
    } finally {
      await close();
    }
  });

  it('printing in 长辈版 keeps the standard print size; the toggles are not printed', async () => {
    const { page, problems, close } = await freshTab(1280);
    try {
      await page.goto(server.url);
      await toggle(page, 'elder').click();
      await page.emulateMedia({ media: 'print' });
      expect(await page.evaluate(() => parseFloat(getComputedStyle(document.documentElement).fontSize))).toBeCloseTo((11 * 96) / 72, 1);
      expect(await page.locator('header [role="group"]').isVisible()).toBe(false);
      expect(problems).toEqual([]);
    } finally {
      await close();
    }
  });
});
