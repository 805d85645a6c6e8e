/**
 * The embed page in the portal's sandboxed frame, with exactly the snippet of 发布说明.txt (scripts/release/
 * embed-snippet.ts) on a stand-in portal page that nginx serves from the site's own origin, as the portal will
 * (the release lets that origin frame the embed page), with the packaged nginx.conf: the questionnaire runs inside
 * the sandbox; its height messages arrive from origin "null" and fit the frame, while a decoy frame's messages are
 * ignored; the portal page cannot read the frame (whose address holds the answers) nor the frame the portal page;
 * nothing is stored; links open as ordinary pages in a new tab; the copy button works. No CSP violation, console
 * error or failed request throughout. And the trade-off the note states: without the sandbox, the portal page's
 * scripts read the answers.
 */
import { chmodSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Frame, Page } from 'playwright-core';
import { afterAll, describe, expect, it } from 'vitest';
import { FRAME_ID, SANDBOX } from '../../scripts/release/embed-snippet';
import { DEFAULTS } from '../../scripts/release/nginx';
import { launchBrowser, type Browser } from '../../tools/site/browser';
import { guardedTab, type GuardedTab } from '../../tools/site/guarded-page';
import { readHash } from '../../src/lib/questionnaire/link';
import { readContent } from '../support/content';
import { startNginx, type Nginx } from '../support/nginx';
import { answerOrphanPath } from '../support/orphan-path';
import { readRelease, release as builtRelease } from '../support/release';
import { DECOY_HEIGHT, portalPage, snippetFromNote, withoutSandbox } from '../support/snippet-portal';

const SITE_URL = 'https://www.kmxs.gov.cn'; // the package's default SITE_URL: the snippet's frame address uses it

let nginx: Nginx; // the portal's server: its pages and the site's snippet, on the origin the release lets frame the embed page
let browser: Browser;
let embedUrl: string;
let pagesDir: string;
let setup: Promise<void> | undefined;

function ready(): Promise<void> {
  setup ??= (async () => {
    const info = builtRelease();
    const files = readRelease(info);
    pagesDir = mkdtempSync(join(tmpdir(), 'portal-pages-'));
    chmodSync(pagesDir, 0o755);
    nginx = await startNginx(files.get('nginx.conf')!.toString('utf8').replaceAll(DEFAULTS.root, info.webRoot), {
      port: Number(new URL(info.portalOrigin).port),
      server: `location ~ ^/portal(-open)?\\.html$ { root ${pagesDir}; }`,
    });
    expect(nginx.origin).toBe(info.portalOrigin);
    embedUrl = `${nginx.origin}${info.base}ziping/embed/`;
    const snippet = snippetFromNote(files.get('发布说明.txt')!.toString('utf8'), FRAME_ID).replaceAll(SITE_URL, nginx.origin);
    expect(snippet, 'the snippet frames the embed page').toContain(`src="${embedUrl}"`);
    writeFileSync(join(pagesDir, 'portal.html'), portalPage(snippet));
    writeFileSync(join(pagesDir, 'portal-open.html'), portalPage(withoutSandbox(snippet, nginx.origin)));
    browser = await launchBrowser();
  })();
  return setup;
}

afterAll(async () => {
  await browser?.close();
  await nginx?.close();
  if (pagesDir) rmSync(pagesDir, { recursive: true, force: true });
});

const share = readContent<{ share: { copy: string; copied: string } }>('questionnaire.yaml').share;

/** The portal page in a guarded tab, and the embed page's frame once it has its questionnaire. */
async function openPortal(page = 'portal.html'): Promise<GuardedTab & { inner: Frame }> {
  await ready();
  const tab = await guardedTab(browser.context, { origins: [nginx.origin] });
  await tab.page.goto(`${nginx.origin}/${page}`, { waitUntil: 'load' });
  await expect.poll(() => tab.page.frames().some((frame) => frame.url().startsWith(embedUrl))).toBe(true);
  const inner = tab.page.frames().find((frame) => frame.url().startsWith(embedUrl))!;
  await inner.locator('#q-root button').first().waitFor();
  return { ...tab, inner };
}

const frameHeight = (page: Page) => page.locator(`#${FRAME_ID}`).evaluate((frame) => Math.round(frame.getBoundingClientRect().height));
const bodyHeight = (inner: Frame) => inner.evaluate(() => Math.ceil(document.body.getBoundingClientRect().height));

/**
 * Run in the portal page (side 'portal') or in the frame (any other side): what each can read of the other, and of
 * storage; each value is what was read, or the name of the error that stopped it.
 */
function probe({ side, frameId }: { side: string; frameId: string }): Record<string, string> {
  const attempt = (read: () => unknown) => {
    try {
      return `read ${String(read())}`;
    } catch (error) {
      return (error as Error).name;
    }
  };
  if (side === 'portal') {
    const frame = document.getElementById(frameId) as HTMLIFrameElement;
    return {
      document: frame.contentDocument === null ? 'null' : 'readable',
      address: attempt(() => frame.contentWindow!.location.href),
      body: attempt(() => frame.contentWindow!.document.body.innerHTML),
    };
  }
  return {
    parentPage: attempt(() => parent.document.title),
    parentAddress: attempt(() => parent.location.href),
    storage: attempt(() => localStorage.length),
    cookie: attempt(() => document.cookie),
  };
}

describe('the embed page in the sandboxed frame of 发布说明.txt', { timeout: 180_000 }, () => {
  it('the note gives the sandboxed snippet and states what the same-origin frame exposes and what the sandbox costs', async () => {
    await ready();
    const note = readRelease(builtRelease()).get('发布说明.txt')!.toString('utf8');
    expect(note).toContain(`sandbox="${SANDBOX}"`);
    expect(note).not.toMatch(/sandbox="[^"]*allow-same-origin/);
    for (const point of ['都能读取框内的地址和内容', '不能使用本地存储', '新窗口', 'allow="clipboard-write"', 'event.source']) {
      expect(note).toContain(point);
    }
  });

  it('runs to a result; the height messages come from origin "null", fit the frame, and a decoy frame is ignored', async () => {
    const { page, problems, inner } = await openPortal();
    try {
      expect(await inner.evaluate(() => self.origin)).toBe('null');
      await expect.poll(async () => (await frameHeight(page)) === (await bodyHeight(inner))).toBe(true);
      const start = await frameHeight(page);
      await answerOrphanPath(inner);
      await expect.poll(async () => (await frameHeight(page)) === (await bodyHeight(inner))).toBe(true);
      expect(await frameHeight(page)).toBeGreaterThan(start);
      await page.waitForTimeout(300); // the decoy posts every 50 ms
      expect(await frameHeight(page)).not.toBe(DECOY_HEIGHT);
      expect(await frameHeight(page)).toBe(await bodyHeight(inner));
      const read = readHash(new URL(inner.url()).hash.slice(1)); // the answers are in the frame's address …
      expect(read.ok && read.position.at).toBe('result');
      expect(problems).toEqual([]);
    } finally {
      await page.close();
    }
  });

  it('the portal page cannot read the frame’s address or page, the frame cannot read the portal page, and nothing is stored', async () => {
    const { page, problems, inner } = await openPortal();
    try {
      await answerOrphanPath(inner);
      expect(await page.evaluate(probe, { side: 'portal', frameId: FRAME_ID })).toEqual({
        document: 'null',
        address: 'SecurityError', // … but no one else can read it
        body: 'SecurityError',
      });
      const fromFrame = await inner.evaluate(probe, { side: 'frame', frameId: FRAME_ID });
      expect(fromFrame).toEqual({ parentPage: 'SecurityError', parentAddress: 'SecurityError', storage: 'SecurityError', cookie: 'SecurityError' });
      expect(problems).toEqual([]);
    } finally {
      await page.close();
    }
  });

  it('copies the share link (allow="clipboard-write"), and opens a document as an ordinary page in a new tab', async () => {
    const { page, problems, inner } = await openPortal();
    try {
      await answerOrphanPath(inner);
      await inner.getByRole('button', { name: share.copy, exact: true }).click();
      await expect.poll(() => inner.locator('.q-status').innerText()).toBe(share.copied);
      const opened = page.context().waitForEvent('page');
      await inner.locator('.q-result a[href*="/zhengce/"]').first().click();
      const newTab = await opened;
      await newTab.waitForLoadState();
      expect(newTab.url()).toMatch(new RegExp(`^${nginx.origin}/.+/zhengce/[^/]+/$`));
      expect(await newTab.evaluate(() => self.origin), 'the new tab escaped the sandbox').toBe(nginx.origin);
      await newTab.close();
      expect(problems).toEqual([]);
    } finally {
      await page.close();
    }
  });

  it('without the sandbox (the note’s alternative), the portal page reads the answers from the frame: the risk the sandbox removes', async () => {
    const { page, problems, inner } = await openPortal('portal-open.html');
    try {
      expect(await inner.evaluate(() => self.origin)).toBe(nginx.origin);
      await expect.poll(async () => (await frameHeight(page)) === (await bodyHeight(inner))).toBe(true);
      await answerOrphanPath(inner);
      const read = await page.evaluate((id) => {
        const frame = document.getElementById(id) as HTMLIFrameElement;
        return { hash: frame.contentWindow!.location.hash, heading: frame.contentDocument!.getElementById('q-heading')!.textContent };
      }, FRAME_ID);
      expect(read.hash).toBe(new URL(inner.url()).hash);
      expect(read.heading).toBe(await inner.locator('#q-heading').innerText());
      expect(problems).toEqual([]);
    } finally {
      await page.close();
    }
  });
});
