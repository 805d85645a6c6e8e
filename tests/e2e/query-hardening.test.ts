/**
 * What a visitor's address or typing can do to the page, in Chromium against the built site: the search boxes take
 * at most MAX_QUERY_LENGTH characters, and longer search words from a link (?q=) are not searched but answered with
 * the short message of content/search.yaml (text.tooLong); a share link copies only the path and the answers,
 * never a query string a chat app added to the address.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { MAX_QUERY_LENGTH, tooLongMessage } from '../../src/lib/search/query';
import { readContent } from '../support/content';
import { basePath, repoRoot } from '../support/dist';
import { answerOrphanPath } from '../support/orphan-path';
import { networkQuiet, recordedTab } from '../support/search-browser';
import { siteSession } from '../support/site-session';

const fixture = parse(readFileSync(join(repoRoot, 'tests', 'fixtures', 'hardening.yaml'), 'utf8')) as { chatAppQuery: string; searchWord: string };
const tooLong = tooLongMessage(readContent<{ text: { tooLong: string } }>('search.yaml').text.tooLong);
const questionnaire = readContent<{ share: { copy: string } }>('questionnaire.yaml');
const session = siteSession();

/** The search word repeated to `length` characters. */
const wordsOf = (length: number) => fixture.searchWord.repeat(Math.ceil(length / fixture.searchWord.length)).slice(0, length);
const isIndexChunk = (path: string) => /\.pf_(index|fragment)$/.test(path);

describe('very long search words', { timeout: 120_000 }, () => {
  it('the header box and the search page box take at most MAX_QUERY_LENGTH characters', async () => {
    const { server, browser } = await session();
    const tab = await recordedTab(browser.context, server.origin);
    try {
      for (const [path, box] of [['', '#header-search-q'], ['sousuo/', '#search-page-q']]) {
        await tab.page.goto(server.origin + basePath + path, { waitUntil: 'load' });
        await tab.page.locator(box).click();
        await tab.page.keyboard.insertText(wordsOf(MAX_QUERY_LENGTH + 20));
        expect(await tab.page.locator(box).inputValue(), box).toHaveLength(MAX_QUERY_LENGTH);
      }
      expect(tab.problems).toEqual([]);
    } finally {
      await tab.page.close();
    }
  });

  it('longer words from a link are not searched: the search page says so, briefly, and loads no index', async () => {
    const { server, browser } = await session();
    const tab = await recordedTab(browser.context, server.origin);
    try {
      const long = wordsOf(MAX_QUERY_LENGTH + 1);
      await tab.page.goto(`${server.origin}${basePath}sousuo/?q=${encodeURIComponent(long)}`, { waitUntil: 'load' });
      await expect.poll(() => tab.page.locator('#search-page-status').textContent()).toBe(tooLong);
      await networkQuiet(tab.page);
      await tab.settled();
      expect(tab.downloads.map((download) => download.path).filter(isIndexChunk)).toEqual([]);
      expect(await tab.page.locator('#search-page-list li').count()).toBe(0);
      // At the limit, the words are searched as usual.
      await tab.page.locator('#search-page-q').fill(wordsOf(MAX_QUERY_LENGTH));
      await expect.poll(() => tab.page.locator('#search-page-status').textContent()).toMatch(/找到/);
      expect(tab.problems).toEqual([]);
    } finally {
      await tab.page.close();
    }
  });
});

describe('share links', { timeout: 120_000 }, () => {
  it('copy the path and the answers only, not the query a chat app added to the address', async () => {
    const { server, browser } = await session();
    await browser.context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: server.origin });
    const tab = await recordedTab(browser.context, server.origin);
    const { page } = tab;
    try {
      await page.goto(`${server.origin}${basePath}ziping/?${fixture.chatAppQuery}`, { waitUntil: 'load' });
      await answerOrphanPath(page);
      const expected = `${server.origin}${basePath}ziping/${new URL(page.url()).hash}`;
      expect(new URL(page.url()).search, 'the address still has the chat app’s query').toBe(`?${fixture.chatAppQuery}`);
      expect(await page.locator('#q-share-url').inputValue()).toBe(expected);
      await page.getByRole('button', { name: questionnaire.share.copy, exact: true }).click();
      await expect.poll(() => page.evaluate(() => navigator.clipboard.readText())).toBe(expected);
      expect(tab.problems).toEqual([]);
    } finally {
      await page.close();
    }
  });
});
