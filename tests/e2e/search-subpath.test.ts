/**
 * Search when the portal publishes the site under a sub-path, on the run's one sub-path build (the release package
 * for /zt/etbz/, tests/support/release.ts): served under that path and searched in Chromium and in Node. The
 * Pagefind bundle must load from /zt/etbz/pagefind/ and every result link must stay under /zt/etbz/.
 */
import { afterAll, describe, expect, it } from 'vitest';
import { launchBrowser, type Browser } from '../../tools/site/browser';
import { startStaticServer, type StaticServer } from '../../tools/site/serve';
import { readAmounts } from '../support/content';
import { loadPagefindInNode } from '../support/pagefind-node';
import { release, RELEASE_BASE as BASE } from '../support/release';
import { networkQuiet, recordedTab } from '../support/search-browser';

let server: StaticServer;
let browser: Browser;
let setup: Promise<void> | undefined;

/** Starts the server over the release's site and the browser, once. */
function ready(): Promise<void> {
  setup ??= (async () => {
    server = await startStaticServer({ root: release().siteDir, base: BASE });
    browser = await launchBrowser();
  })();
  return setup;
}

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

describe(`search under the sub-path ${BASE}`, { timeout: 120_000 }, () => {
  it('the header box loads Pagefind from the sub-path and its results open pages under it', async () => {
    await ready();
    const tab = await recordedTab(browser.context, server.origin);
    try {
      const page = tab.page;
      await page.goto(`${server.origin}${BASE}baozhang/`);
      await networkQuiet(page);
      await page.locator('#header-search-q').click();
      await page.keyboard.type('戒毒所');
      // Wait for the results of the whole word: a search for its first characters may show first and be replaced.
      const first = page.locator('#header-search-list a').first();
      await expect.poll(() => first.getAttribute('href'), { timeout: 15_000 }).toBe(`${BASE}tiaojian/#situation-compulsory_rehab-title`);
      await tab.settled();
      const pagefindFiles = tab.downloads.filter((d) => d.path.includes('pagefind'));
      expect(pagefindFiles.length).toBeGreaterThan(3);
      expect(pagefindFiles.filter((d) => !d.path.startsWith(`${BASE}pagefind/`)).map((d) => d.path)).toEqual([]);
      const links = await page.locator('#header-search-list a').evaluateAll((as) => as.map((a) => a.getAttribute('href')));
      expect(links.filter((link) => !link?.startsWith(BASE))).toEqual([]);
      await page.keyboard.press('ArrowDown');
      await page.keyboard.press('Enter');
      await page.waitForURL(`${server.origin}${BASE}tiaojian/#situation-compulsory_rehab-title`);
      expect(tab.problems).toEqual([]);
    } finally {
      await tab.page.close();
    }
  });

  it('the header form submits to the sub-path search page, which shows the results', async () => {
    await ready();
    const tab = await recordedTab(browser.context, server.origin);
    try {
      const page = tab.page;
      await page.goto(`${server.origin}${BASE}`);
      const amount = String(readAmounts()[0].amount); // an amount of content/standards.yaml: on the standards page
      await page.locator('#header-search-q').fill(amount);
      await page.locator('#header-search-q').press('Enter');
      await page.waitForURL(`${server.origin}${BASE}sousuo/?q=${amount}`);
      await expect.poll(() => page.locator('#search-page-list a').first().getAttribute('href')).toMatch(
        new RegExp(`^${BASE}baozhang/`),
      );
      expect(tab.problems).toEqual([]);
    } finally {
      await tab.page.close();
    }
  });

  it('a question in the header loads the question reader from the sub-path; its answer, results and common questions stay under it', async () => {
    await ready();
    const tab = await recordedTab(browser.context, server.origin);
    try {
      const page = tab.page;
      await page.goto(`${server.origin}${BASE}wenda/`);
      await networkQuiet(page);
      await page.locator('#header-search-q').click();
      const suggestions = await page.locator('[data-search-area="header"] [data-search-suggestion]').evaluateAll((as) => as.map((a) => a.getAttribute('href')));
      expect(suggestions.length).toBeGreaterThan(0);
      expect(suggestions.filter((href) => !href?.startsWith(`${BASE}sousuo/?q=`))).toEqual([]);
      await page.locator('#header-search-q').fill('妈妈吸毒被抓了');
      const answer = page.locator('[data-search-area="header"] [data-search-answer-link]');
      await expect.poll(() => answer.getAttribute('href'), { timeout: 15_000 }).toBe(`${BASE}tiaojian/#situation-compulsory_rehab-title`);
      await tab.settled();
      const reader = tab.downloads.filter((d) => /\/_astro\/questions\.[\w-]+\.js$/.test(d.path));
      expect(reader.map((d) => d.path.startsWith(`${BASE}_astro/`))).toEqual([true]);
      const links = await page.locator('#header-search-list a').evaluateAll((as) => as.map((a) => a.getAttribute('href')));
      expect(links.length).toBeGreaterThan(0);
      expect(links.filter((link) => !link?.startsWith(BASE))).toEqual([]);
      expect(tab.problems).toEqual([]);
    } finally {
      await tab.page.close();
    }
  });

  it('in Node, the sub-path index ranks as the root one and links under the sub-path', async () => {
    await ready();
    const pagefind = await loadPagefindInNode(release().siteDir, BASE);
    const results = await pagefind.search('坐牢');
    expect(results[0]?.url).toBe(`${BASE}tiaojian/#situation-imprisoned-title`);
    const question = await pagefind.ask('孩子他妈连系不上');
    expect(question.shown[0]?.url).toBe(`${BASE}tiaojian/#situation-lost_contact-title`);
  });
});
