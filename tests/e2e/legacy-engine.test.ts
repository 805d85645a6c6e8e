/**
 * The site as an old phone shows it (Chrome 69 / Android WebView 69): real Chromium with the modern-only parts taken
 * away. Each stylesheet is served as Chrome 69 would apply it (tests/support/legacy-css.ts drops what it cannot
 * parse) and scripts are replaced by files that do not parse, as a script the engine cannot run. Then: the text is
 * styled (system fonts, the site's colours, the navigation as a bar), the questionnaire shows the criteria in brief
 * with the 认定条件 link, and search says it cannot be used, with links to the main pages. On a modern engine search
 * says the same when Pagefind cannot start, and the questionnaire never flashes its fallback before it starts.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import postcss, { type AtRule } from 'postcss';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { repoRoot } from '../support/dist';
import { guardedTab } from '../../tools/site/guarded-page';
import { oldEngineView } from '../support/legacy-css';
import { classicScripts } from '../support/shipped-files';
import { siteSession } from '../support/site-session';

const session = siteSession();

/** The site's theme (src/styles/global.css @theme): the colours and font stack the pages must show. */
function theme(): Record<string, string> {
  const values: Record<string, string> = {};
  postcss.parse(readFileSync(join(repoRoot, 'src/styles/global.css'), 'utf8')).walkAtRules('theme', (rule: AtRule) => {
    rule.walkDecls((declaration) => void (values[declaration.prop] = declaration.value));
  });
  return values;
}

/** The body text size the site sets (src/styles/global.css, body { font-size: …rem }), in px. */
function bodyFontSize(): string {
  let size = '';
  postcss.parse(readFileSync(join(repoRoot, 'src/styles/global.css'), 'utf8')).walkRules('body', (rule) => {
    rule.walkDecls('font-size', (declaration) => void (size = declaration.value));
  });
  if (!size.endsWith('rem')) throw new Error(`src/styles/global.css: body font-size ${size || '(none)'} is not in rem`);
  return `${parseFloat(size) * 16}px`;
}

/** '#0b4a8b' as getComputedStyle writes it: 'rgb(11, 74, 139)'. */
function rgb(hex: string): string {
  const [r, g, b] = [1, 3, 5].map((at) => parseInt(hex.slice(at, at + 2), 16));
  return `rgb(${r}, ${g}, ${b})`;
}

/** The bold first sentence of a fallback message in content/fallbacks/ (what the page must show). */
function headline(name: string): string {
  const text = readFileSync(join(repoRoot, 'content/fallbacks', `${name}.mdx`), 'utf8');
  const bold = /\*\*(.+?)\*\*/.exec(text)?.[1];
  if (!bold) throw new Error(`content/fallbacks/${name}.mdx: no **headline** to look for`);
  return bold;
}

const UNPARSEABLE = ')(} this is not a script {';

interface OldEngineOptions {
  keepHeadScript?: boolean; // the classic head script runs (an engine that parses it but not the modules)
}

/** A 360 px tab whose stylesheets are cut to what Chrome 69 applies and whose scripts cannot run. */
async function oldEngineTab(options: OldEngineOptions = {}): Promise<Page> {
  const { browser, server } = await session();
  const page = await browser.context.newPage();
  await page.setViewportSize({ width: 360, height: 800 });
  const classic = [...classicScripts()];
  await page.route(`${server.origin}/**/*.css`, async (route) => {
    const response = await route.fetch();
    await route.fulfill({ response, body: oldEngineView(await response.text()) });
  });
  await page.route(`${server.origin}/**/*.js`, async (route) => {
    const path = new URL(route.request().url()).pathname;
    if (options.keepHeadScript && classic.some((file) => path.endsWith(`/${file}`))) return route.continue();
    await route.fulfill({ status: 200, contentType: 'text/javascript', body: UNPARSEABLE });
  });
  return page;
}

const visibleText = (page: Page, selector: string) => page.locator(selector).filter({ visible: true }).allInnerTexts();

describe('an old engine (Chrome 69): styles without modern features, scripts that do not run', () => {
  it('pages are styled: system fonts, the site colours, the navigation as a bar', async () => {
    const { server } = await session();
    const page = await oldEngineTab();
    const colours = theme();
    try {
      for (const path of ['', 'tiaojian/', 'ziping/']) {
        await page.goto(`${server.url}${path}`);
        const style = await page.evaluate(() => {
          const css = (element: Element | null) => (element ? getComputedStyle(element) : undefined);
          const items = [...document.querySelectorAll('header nav li')].slice(0, 2).map((li) => li.getBoundingClientRect());
          return {
            font: css(document.body)!.fontFamily,
            text: css(document.body)!.color,
            fontSize: css(document.body)!.fontSize,
            navBackground: css(document.querySelector('header nav'))?.backgroundColor,
            navDisplay: css(document.querySelector('header nav ul'))?.display,
            navLink: css(document.querySelector('header nav a'))?.color,
            itemsSideBySide: items.length === 2 && Math.abs(items[0]!.top - items[1]!.top) < 1 && items[1]!.left > items[0]!.right - 1,
            mainLink: css(document.querySelector('main a:not([class])'))?.color,
            // Flex gap is missing there: the items of wrapping rows (header, footer filings) get a margin instead.
            rowItemMargins: [...document.querySelectorAll('.flex.flex-wrap[class*="gap-"] > *')].map((item) => parseFloat(css(item)!.marginRight)),
          };
        });
        const where = `/${path} as Chrome 69 shows it`;
        expect(style.font.split(',')[0]!.trim(), where).toBe(colours['--font-sans']!.split(',')[0]!.trim());
        expect(style.font, where).toContain('PingFang SC');
        expect(style.text, where).toBe(rgb(colours['--color-ink']!));
        expect(style.fontSize, where).toBe(bodyFontSize());
        expect(style.navBackground, where).toBe(rgb(colours['--color-accent']!));
        expect(style.navDisplay, where).toBe('flex');
        expect(style.navLink, where).toBe('rgb(255, 255, 255)');
        expect(style.itemsSideBySide, `${where}: the first two navigation links sit side by side`).toBe(true);
        expect(style.mainLink, where).toBe(rgb(colours['--color-accent']!));
        expect(style.rowItemMargins.length, where).toBeGreaterThan(0);
        expect(Math.min(...style.rowItemMargins), `${where}: margins of the items of wrapping rows`).toBeGreaterThanOrEqual(8);
      }
    } finally {
      await page.close();
    }
  });

  for (const path of ['ziping/', 'ziping/embed/']) {
    it(`/${path}: the questionnaire falls back to the criteria in brief, with the 认定条件 link`, async () => {
      const { server } = await session();
      const page = await oldEngineTab();
      try {
        await page.goto(`${server.url}${path}`);
        const fallback = page.locator('[data-q-fallback]');
        await expect.poll(() => fallback.isVisible()).toBe(true);
        expect(await fallback.innerText()).toContain(headline('ziping'));
        expect(await fallback.innerText()).toContain('未满18周岁');
        const link = fallback.getByRole('link', { name: '认定条件' });
        expect(await link.isVisible()).toBe(true);
        expect(await link.getAttribute('href')).toMatch(/\/tiaojian\/$/);
        expect(await page.locator('#q-root button').count()).toBe(0);
      } finally {
        await page.close();
      }
    });
  }

  it('the search page says search cannot be used, with links to the main pages and the questionnaire', async () => {
    const { server } = await session();
    const page = await oldEngineTab();
    try {
      await page.goto(server.url);
      // The header search box still works as a form: it goes to the search page.
      await page.locator('#header-search-q').fill('坐牢');
      await page.locator('#header-search-q').press('Enter');
      await page.waitForURL(/\/sousuo\/\?q=/);
      const failed = page.locator('[data-search-area="page"] [data-search-failed]');
      await expect.poll(() => failed.isVisible()).toBe(true);
      expect(await failed.innerText()).toContain(headline('sousuo'));
      const links = await failed.locator('a').evaluateAll((as) => as.map((a) => (a as HTMLAnchorElement).pathname));
      expect(links).toEqual(expect.arrayContaining([expect.stringMatching(/\/ziping\/$/), expect.stringMatching(/\/tiaojian\/$/)]));
    } finally {
      await page.close();
    }
  });

  it('with the head script running but no module script, the fallbacks show after a short wait', async () => {
    const { server } = await session();
    const page = await oldEngineTab({ keepHeadScript: true });
    try {
      await page.goto(`${server.url}ziping/`);
      expect(await page.locator('html').getAttribute('data-js')).not.toBeNull();
      await expect.poll(() => page.locator('[data-q-fallback]').isVisible(), { timeout: 10_000 }).toBe(true);
      await page.goto(`${server.url}sousuo/`);
      await expect
        .poll(() => visibleText(page, '[data-search-area="page"] [data-search-failed]'), { timeout: 10_000 })
        .toEqual([expect.stringContaining(headline('sousuo'))]);
    } finally {
      await page.close();
    }
  });
});

describe('a modern engine', () => {
  /** A guarded 360 px tab (no console errors, no CSP violation) that records whether the fallbacks were ever drawn. */
  async function watchedTab(): Promise<{ page: Page; problems: string[] }> {
    const { browser, server } = await session();
    const tab = await guardedTab(browser.context, { origins: [server.origin], width: 360 });
    await tab.page.addInitScript(() => {
      const seen: string[] = [];
      (window as unknown as { fallbacksSeen: string[] }).fallbacksSeen = seen;
      const shifts: number[] = [];
      (window as unknown as { layoutShifts: number[] }).layoutShifts = shifts;
      new PerformanceObserver((list) => {
        for (const entry of list.getEntries()) shifts.push((entry as unknown as { value: number }).value);
      }).observe({ type: 'layout-shift', buffered: true });
      const frame = () => {
        for (const element of document.querySelectorAll<HTMLElement>('[data-q-fallback], [data-search-fallback]')) {
          const style = getComputedStyle(element);
          const drawn = style.display !== 'none' && style.visibility !== 'hidden' && element.getBoundingClientRect().height > 0;
          if (drawn && !seen.includes(element.outerHTML.slice(0, 60))) seen.push(element.outerHTML.slice(0, 60));
        }
        requestAnimationFrame(frame);
      };
      requestAnimationFrame(frame);
    });
    return tab;
  }

  it('never draws the fallbacks, nor moves the page, when the scripts start, even a second late', async () => {
    const { server } = await session();
    const { page, problems } = await watchedTab();
    try {
      // The page's module scripts arrive a second after the HTML, as on a slow connection.
      await page.route(`${server.origin}/**/_astro/*.js`, async (route) => {
        await new Promise((resolve) => setTimeout(resolve, 1000));
        await route.continue();
      });
      for (const path of ['ziping/', 'sousuo/']) {
        await page.goto(`${server.url}${path}`);
        await page.waitForLoadState('load');
        // Hiding the fallback moves nothing: it was never displayed.
        expect(await page.evaluate(() => (window as unknown as { layoutShifts: number[] }).layoutShifts), `/${path}`).toEqual([]);
        // The started script has hidden it (the hidden attribute, not just the wait at load).
        const fallback = page.locator('[data-q-fallback], [data-search-fallback]').first();
        await expect.poll(() => fallback.evaluate((element) => (element as HTMLElement).hidden)).toBe(true);
      }
      expect(await page.locator('#q-root button').count()).toBe(0); // on the search page now
      expect(await page.evaluate(() => (window as unknown as { fallbacksSeen: string[] }).fallbacksSeen)).toEqual([]);
      expect(problems).toEqual([]);
    } finally {
      await page.close();
    }
  });

  for (const [name, setUp] of [
    ['without WebAssembly', (page: Page) => page.addInitScript(() => delete (window as { WebAssembly?: unknown }).WebAssembly)],
    [
      "when Pagefind's script cannot run",
      async (page: Page) => {
        const { server } = await session();
        await page.route(`${server.origin}/**/pagefind/*.js`, (route) =>
          route.fulfill({ status: 200, contentType: 'text/javascript', body: UNPARSEABLE }),
        );
      },
    ],
  ] as const) {
    it(`search ${name} says it cannot be used, with links to the main pages`, async () => {
      const { browser, server } = await session();
      const page = await browser.context.newPage();
      try {
        await setUp(page);
        await page.goto(server.url);
        await page.locator('#header-search-q').fill('坐牢');
        const failed = page.locator('[data-search-area="header"] [data-search-failed]');
        await expect.poll(() => failed.isVisible()).toBe(true);
        expect(await failed.innerText()).toContain(headline('sousuo'));
        expect(await failed.locator('a').count()).toBeGreaterThan(3);
      } finally {
        await page.close();
      }
    });
  }
});
