/**
 * Checks of the 长辈版 and 高对比度 display modes, run in a page: reflow (no horizontal scrolling), text size, tap
 * target size, and switching modes with the header toggles as a visitor does.
 */
import type { Page } from 'playwright-core';

/** The widths to reflow at: a 320 px phone, and a 1280 px window at 200 % zoom (640 CSS px). */
export const REFLOW_WIDTHS = [320, 640];

/** Elder mode's promises: body text at least 20 px, tap targets at least 48 px. */
export const ELDER_TEXT_PX = 20;
export const ELDER_TARGET_PX = 48;

export type Mode = 'standard' | 'elder' | 'contrast';

/** Opens the header's menu when it shows (narrow screens) and is closed, as a visitor does to reach what is in it. */
export async function openMenu(page: Page): Promise<void> {
  const menu = page.locator('header details[data-menu]');
  if ((await menu.isVisible()) && !(await menu.evaluate((details) => (details as HTMLDetailsElement).open))) {
    await menu.locator('summary').click();
  }
}

/** Taps a display setting by the text beside it: 标准版 or 长辈版 (one choice), or the 高对比度 switch. */
export async function tapDisplay(page: Page, name: 'standard' | 'elder' | 'contrast'): Promise<void> {
  await openMenu(page);
  await page.locator(`header label:has(> input[data-display="${name}"])`).click();
}

/** Sets a mode with the header's display settings: 标准版 or 长辈版, and 高对比度 on for 'contrast' only. */
export async function setMode(page: Page, mode: Mode): Promise<void> {
  await tapDisplay(page, mode === 'elder' ? 'elder' : 'standard');
  const contrastOn = await page.locator('header input[data-display="contrast"]').isChecked();
  if (contrastOn !== (mode === 'contrast')) await tapDisplay(page, 'contrast');
}

/** Widths at which the page scrolls sideways (the document is wider than the viewport). */
export async function reflowProblems(page: Page, height = 800): Promise<string[]> {
  const problems: string[] = [];
  const original = page.viewportSize();
  for (const width of REFLOW_WIDTHS) {
    await page.setViewportSize({ width, height });
    const found = await page.evaluate((): { scrollWidth: number; viewport: number; culprit: string } => {
      const viewport = window.innerWidth;
      const widest = [...document.querySelectorAll('body *')]
        .filter((element) => element.getBoundingClientRect().right > viewport + 0.5)
        .map((element) => `${element.tagName.toLowerCase()}${element.id ? `#${element.id}` : ''}.${[...element.classList].join('.')}`);
      return { scrollWidth: document.documentElement.scrollWidth, viewport, culprit: widest.slice(0, 3).join(', ') };
    });
    if (found.scrollWidth > found.viewport) problems.push(`at ${width} px the page is ${found.scrollWidth} px wide (${found.culprit})`);
  }
  if (original) await page.setViewportSize(original);
  return problems;
}

/** Visible text set below `minPx`, with the element it is in (hidden and screen-reader-only text aside). */
export function smallTextProblems(page: Page, minPx = ELDER_TEXT_PX): Promise<string[]> {
  return page.evaluate((min) => {
    const problems = new Set<string>();
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const element = node.parentElement;
      if (!element || !node.textContent?.trim() || element.closest('script, style, noscript, [hidden]')) continue;
      const rect = element.getBoundingClientRect();
      if (rect.width <= 1 || rect.height <= 1 || !element.checkVisibility({ visibilityProperty: true })) continue;
      const size = parseFloat(getComputedStyle(element).fontSize);
      if (size < min) problems.add(`${size} px text in <${element.tagName.toLowerCase()} class="${element.className}">: “${node.textContent.trim().slice(0, 20)}”`);
    }
    return [...problems];
  }, minPx);
}

/**
 * Controls smaller than `minPx` in either direction: buttons, fields, selects, summaries, main-navigation links and
 * the labels of radio buttons and checkboxes (which are what one taps). Links within running text are exempt, as in
 * WCAG 2.5.8.
 */
export function smallTargetProblems(page: Page, minPx = ELDER_TARGET_PX): Promise<string[]> {
  return page.evaluate((min) => {
    const selector = 'button, input:not([type="hidden"]), select, textarea, summary, nav[aria-label="主导航"] a';
    const problems: string[] = [];
    for (const control of document.querySelectorAll<HTMLElement>(selector)) {
      const input = control instanceof HTMLInputElement && /^(radio|checkbox)$/.test(control.type) ? control : undefined;
      const target: HTMLElement =
        (input && (input.closest('label') ?? document.querySelector<HTMLElement>(`label[for="${input.id}"]`))) || control;
      const rect = target.getBoundingClientRect();
      if (rect.width <= 1 || rect.height <= 1 || !target.checkVisibility({ visibilityProperty: true })) continue;
      if (rect.width < min - 0.5 || rect.height < min - 0.5) {
        problems.push(`${Math.round(rect.width)}×${Math.round(rect.height)} px <${target.tagName.toLowerCase()}>: “${target.textContent?.trim().slice(0, 20) || target.getAttribute('aria-label') || target.getAttribute('name')}”`);
      }
    }
    return problems;
  }, minPx);
}
