/**
 * The site as the district portal publishes it. `npm run package` builds it for /zt/etbz/ (with a local stand-in
 * for the portal's origin), the zip is read back and unpacked, and Debian's nginx serves it with the packaged
 * nginx.conf on 127.0.0.1. Then: the package's manifest matches its files; nginx sends the documented headers; every
 * link, asset and island link under the sub-path resolves; every page, the questionnaire and the search run in
 * Chromium with no CSP violation, console error or request to another origin; the embed page reports its height to
 * the portal page that frames it, and no other origin may frame it.
 */
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { stripVTControlCharacters } from 'node:util';
import { afterAll, describe, expect, it } from 'vitest';
import { parse } from 'node-html-parser';
import type { Page } from 'playwright-core';
import { headerPolicies } from '../../scripts/release/csp';
import { pendingCount, pendingOf, readTopics } from '../../scripts/release/pending';
import { findPending } from '../../src/lib/pending';
import { listContentFiles, readContent, repoRoot } from '../support/content';
import { decodeAnswers } from '../../src/lib/eligibility/codec';
import { responseHeaders, type HeaderSet } from '../../scripts/release/headers';
import { DEFAULTS, readTemplate, renderNginxConfig } from '../../scripts/release/nginx';
import { launchBrowser, type Browser } from '../../tools/site/browser';
import {
  reflowProblems,
  setMode,
  smallTargetProblems,
  smallTextProblems,
  type Mode,
} from '../support/display-checks';
import { axeViolations, guardedTab, type GuardedTab } from '../../tools/site/guarded-page';
import { startNginx, type Nginx } from '../support/nginx';
import { answerOrphanPath } from '../support/orphan-path';
import { startPortalPage, type PortalPage } from '../support/portal-page';
import { readRelease, release as builtRelease, RELEASE_BASE, type ReleaseInfo } from '../support/release';

const BASE = RELEASE_BASE;
const SITE_URL = 'https://www.kmxs.gov.cn'; // the package's default SITE_URL: canonical links and the sitemap use it

let portal: PortalPage; // the portal page that frames the embed page (PORTAL_ORIGIN of the build)
let stranger: PortalPage; // any other site trying to frame it
let release: ReleaseInfo & { entries: Map<string, Buffer> }; // the run's sub-path build (tests/support/release.ts)
let nginx: Nginx;
let browser: Browser;
let setup: Promise<void> | undefined;

/** Reads the package back and serves it once, on first use (inside a test, so a missing nginx or Chromium fails, never skips). */
function ready(): Promise<void> {
  setup ??= (async () => {
    const info = builtRelease();
    release = { ...info, entries: readRelease(info) };
    portal = await startPortalPage(Number(new URL(info.portalOrigin).port));
    stranger = await startPortalPage();
    const config = text('nginx.conf').replaceAll(DEFAULTS.root, release.webRoot);
    nginx = await startNginx(config);
    browser = await launchBrowser();
  })();
  return setup;
}

afterAll(async () => {
  await browser?.close();
  await nginx?.close();
  await portal?.close();
  await stranger?.close();
});

const text = (name: string) => {
  const data = release.entries.get(name);
  if (!data) throw new Error(`${name} is not in the package`);
  return data.toString('utf8');
};
/** The 404 page's heading (content/site.yaml). */
const notFoundTitle = readContent<{ labels: { notFound: { title: string } } }>('site.yaml').labels.notFound.title;
const siteFiles = () => [...release.entries.keys()].filter((name) => name.startsWith('site/')).map((name) => name.slice(5));
const htmlFiles = () => siteFiles().filter((file) => file.endsWith('.html'));
const urlOf = (file: string) => BASE + file.replace(/(^|\/)index\.html$/, '$1');
const expectedHeaders = () => responseHeaders(headerPolicies(release.siteDir, portal.origin));

function expectNoProblems(problems: string[]): void {
  expect(problems, `\n${problems.join('\n')}\n`).toEqual([]);
}

/** The named headers of a response, compared with what scripts/release/headers.ts states. */
function headerProblems(url: string, response: Response, expected: HeaderSet): string[] {
  return Object.entries(expected)
    .filter(([name, value]) => response.headers.get(name) !== value)
    .map(([name, value]) => `${url}: ${name} is “${response.headers.get(name)}”, expected “${value}”`);
}

describe('the release package (npm run package)', { timeout: 240_000 }, () => {
  it('holds site/, nginx.conf, 发布说明.txt, manifest.json and SHA256SUMS; the manifest lists every other file with its size and SHA-256', async () => {
    await ready();
    expect(release.zipName).toMatch(/^xs-etbz-\d{8}\.zip$/);
    const manifest = JSON.parse(text('manifest.json')) as {
      base: string;
      url: string;
      portalOrigin: string;
      files: { path: string; bytes: number; sha256: string }[];
    };
    expect(manifest).toMatchObject({ base: BASE, url: `${SITE_URL}${BASE}`, portalOrigin: portal.origin });
    const others = [...release.entries.keys()].filter((name) => name !== 'manifest.json' && name !== 'SHA256SUMS').sort();
    expect(manifest.files.map((file) => file.path).sort()).toEqual(others);
    const wrong = manifest.files.filter(({ path, bytes, sha256 }) => {
      const data = release.entries.get(path)!;
      return data.length !== bytes || createHash('sha256').update(data).digest('hex') !== sha256;
    });
    expect(wrong.map((file) => file.path)).toEqual([]);
    const sums = text('SHA256SUMS').trim().split('\n');
    expect(sums).toEqual(manifest.files.map((file) => `${file.sha256}  ${file.path}`));
    for (const needed of ['index.html', '404.html', 'ziping/index.html', 'ziping/embed/index.html', 'sitemap.xml', 'robots.txt', 'pagefind/pagefind.js']) {
      expect(siteFiles(), `site/${needed} is not in the package`).toContain(needed);
    }
  });

  it("nginx.conf is deploy/nginx.conf with this build's base path, portal origin and Content-Security-Policy", async () => {
    await ready();
    const policies = headerPolicies(release.siteDir, portal.origin);
    expect(text('nginx.conf')).toBe(renderNginxConfig(readTemplate(), { base: BASE, portalOrigin: portal.origin, policies }));
    expect(text('nginx.conf')).toContain(`frame-ancestors ${portal.origin}"`);
    expect(text('nginx.conf')).not.toContain(DEFAULTS.portalOrigin);
  });

  it('发布说明.txt says where to upload, which headers to send, and how to embed the questionnaire', async () => {
    await ready();
    const note = text('发布说明.txt');
    expect(note.startsWith('\ufeff'), 'no UTF-8 byte order mark for Windows editors').toBe(true);
    expect(note).toContain('上传到网站根目录下的 zt/etbz/ 目录');
    for (const set of Object.values(expectedHeaders())) {
      for (const value of Object.values(set)) expect(note).toContain(value);
    }
    expect(note).toContain(`<iframe id="xs-etbz-ziping" src="${SITE_URL}${BASE}ziping/embed/"`);
    expect(note).toContain(`event.origin !== '${SITE_URL}'`);
    expect(note).toContain('sha256sum -c SHA256SUMS');
  });
});

describe('the output of npm run package', { timeout: 240_000 }, () => {
  it('has no warning: every line is one of its own or a step of the build (a new warning stands out by failing)', async () => {
    await ready();
    const KNOWN = [
      /^Building for \S+ \(embed framed by \S+\) …$/,
      /^vite v[\d.]+ building (prerender|client) environment for production\.\.\.$/,
      /^✓ built in [\d.]+m?s$/,
      /^Pagefind: indexed \d+ pages into \S+$/,
      /^Built \d+ pages and the search index\.$/,
      /^\S+\.zip: \d+ site files, [\d.]+ MB$/,
      /^待区民政局确认：/,
    ];
    // Colours stripped: Vite and Astro colour their lines when CI is set, as in .ci/run.
    const unknown = stripVTControlCharacters(release.output).split('\n').map((line) => line.trim()).filter((line) => line && !KNOWN.some((known) => known.test(line)));
    expect(unknown).toEqual([]);
  });
});

describe('what awaits the district’s confirmation, as the package reports it', { timeout: 240_000 }, () => {
  it('npm run package says how many statements await confirmation: in its output, 发布说明.txt and manifest.json', async () => {
    await ready();
    const { markers, questions, pages } = pendingCount(pendingOf(release.siteDir, BASE, readTopics(repoRoot)));
    // Counted independently: the questions the content still marks, and the notes written into the HTML.
    const open = new Set(findPending(listContentFiles().map((path) => ({ path, text: readFileSync(path, 'utf8') }))).flatMap((item) => item.topics));
    expect(questions).toBe(open.size);
    const inHtml = htmlFiles().reduce((sum, file) => sum + (text(`site/${file}`).match(/\sdata-pending="/g) ?? []).length, 0);
    expect(markers).toBeGreaterThanOrEqual(inHtml);
    const manifest = JSON.parse(text('manifest.json')) as { pending: unknown };
    expect(manifest.pending).toEqual({ markers, questions, pages });
    if (markers === 0) {
      expect(release.output).toContain('待区民政局确认：没有了。');
      expect(text('发布说明.txt')).toContain('待确认事项：无。');
    } else {
      expect(release.output).toContain(`待区民政局确认：${questions} 个问题，${markers} 处标注，涉及 ${pages} 个页面。`);
      expect(text('发布说明.txt')).toContain(`还有 ${questions} 个问题、${markers} 处内容标注为“待确认”（涉及 ${pages} 个页面）`);
    }
  });
});

describe('nginx with the packaged configuration', { timeout: 240_000 }, () => {
  it('sends the documented headers for pages, hashed assets, the embed page and the 404 page', async () => {
    await ready();
    const expected = expectedHeaders();
    const problems: string[] = [];
    const check = async (path: string, status: number, headers: HeaderSet) => {
      const response = await fetch(nginx.origin + path, { redirect: 'manual' });
      if (response.status !== status) problems.push(`${path}: status ${response.status}, expected ${status}`);
      problems.push(...headerProblems(path, response, headers));
      return response;
    };
    await check(BASE, 200, expected.page);
    await check(`${BASE}tiaojian/`, 200, expected.page);
    await check(`${BASE}pagefind/pagefind.js`, 200, expected.page);
    const asset = siteFiles().find((file) => file.startsWith('_astro/') && file.endsWith('.js'))!;
    await check(BASE + asset, 200, expected.asset);
    await check(`${BASE}ziping/embed/`, 200, expected.embed);
    const missing = await check(`${BASE}no-such-page/`, 404, expected.page);
    expect(await missing.text()).toContain(notFoundTitle);
    expectNoProblems(problems);
  });

  it('compresses text with gzip, revalidates HTML (304) and redirects the bare sub-path and folders to “/”', async () => {
    await ready();
    const home = await fetch(nginx.origin + BASE);
    expect(home.headers.get('content-encoding')).toBe('gzip');
    expect(home.headers.get('content-type')).toBe('text/html; charset=utf-8');
    const etag = home.headers.get('etag');
    expect(etag).toBeTruthy();
    const again = await fetch(nginx.origin + BASE, { headers: { 'If-None-Match': etag! } });
    expect(again.status).toBe(304);
    const css = siteFiles().find((file) => file.endsWith('.css'))!;
    expect((await fetch(nginx.origin + BASE + css)).headers.get('content-encoding')).toBe('gzip');
    for (const [from, to] of [[BASE.slice(0, -1), BASE], [`${BASE}tiaojian`, `${BASE}tiaojian/`]]) {
      const response = await fetch(nginx.origin + from, { redirect: 'manual' });
      expect(response.status, from).toBe(301);
      expect(response.headers.get('location'), from).toBe(to);
    }
    const sitemap = await fetch(`${nginx.origin}${BASE}sitemap.xml`);
    expect(sitemap.headers.get('content-type')).toMatch(/^(text|application)\/xml/);
    expect(await (await fetch(`${nginx.origin}${BASE}robots.txt`)).text()).toContain(`Sitemap: ${SITE_URL}${BASE}sitemap.xml`);
  });
});

describe(`links under the sub-path ${BASE}, served by nginx`, { timeout: 240_000 }, () => {
  it('every link, asset, form, canonical URL, island link and sitemap entry of every page resolves, with its #anchor', async () => {
    await ready();
    const pages = new Map<string, Set<string>>(); // page URL path → its element ids
    const fetchPage = async (path: string) => {
      if (!pages.has(path)) {
        const response = await fetch(nginx.origin + path);
        const root = parse(await response.text());
        pages.set(path, new Set(root.querySelectorAll('[id]').map((element) => element.id)));
        return { status: response.status, root };
      }
      return undefined;
    };
    const problems: string[] = [];
    const checked = new Map<string, number>();
    const statusOf = async (path: string) => {
      if (!checked.has(path)) checked.set(path, (await fetch(nginx.origin + path, { redirect: 'manual' })).status);
      return checked.get(path)!;
    };
    const links: { from: string; page: string; link: string }[] = []; // page: the URL path links resolve against
    for (const file of htmlFiles()) {
      const url = urlOf(file);
      const page = await fetchPage(url);
      if (!page) continue;
      if (page.status !== 200) problems.push(`${url}: status ${page.status}`);
      const attributes: [string, string][] = [
        ['a[href]', 'href'], ['link[href]', 'href'], ['script[src]', 'src'], ['img[src]', 'src'], ['form[action]', 'action'],
      ];
      for (const [selector, attribute] of attributes) {
        for (const element of page.root.querySelectorAll(selector)) links.push({ from: url, page: url, link: element.getAttribute(attribute)! });
      }
      const data = page.root.querySelector('script#q-data')?.rawText;
      if (data) {
        const island = JSON.parse(data) as { documents: Record<string, { href: string }>; links: Record<string, string>; sharePage?: string };
        for (const link of [...Object.values(island.documents).map((d) => d.href), ...Object.values(island.links), island.sharePage ?? '']) {
          if (link) links.push({ from: `${url} (questionnaire data)`, page: url, link });
        }
      }
    }
    const sitemap = await (await fetch(`${nginx.origin}${BASE}sitemap.xml`)).text();
    const locs = [...sitemap.matchAll(/<loc>([^<]+)<\/loc>/g)].map((match) => match[1]);
    expect(locs.length).toBeGreaterThan(20);
    for (const loc of locs) links.push({ from: 'sitemap.xml', page: `${BASE}sitemap.xml`, link: loc });
    for (const { from, page, link } of links) {
      if (/^(mailto|tel):/.test(link)) continue;
      const target = new URL(link, nginx.origin + page);
      if (target.origin === SITE_URL) target.host = new URL(nginx.origin).host;
      if (target.origin !== nginx.origin) continue; // a link out of the site (the portal's own pages)
      if (target.protocol === 'https:') target.protocol = 'http:';
      if (!target.pathname.startsWith(BASE)) {
        problems.push(`${from}: “${link}” leaves the sub-path`);
        continue;
      }
      const status = await statusOf(target.pathname);
      if (status !== 200) {
        problems.push(`${from}: “${link}” answers ${status}`);
        continue;
      }
      const id = decodeURIComponent(target.hash.slice(1));
      if (target.pathname === `${BASE}ziping/` && /^v\d/.test(id)) {
        // answers for the questionnaire (training cases link to their result): they must decode
        if (!decodeAnswers(id).ok) problems.push(`${from}: “${link}”: the questionnaire cannot read these answers`);
      } else if (id && (target.pathname.endsWith('/') || target.pathname.endsWith('.html'))) {
        await fetchPage(target.pathname);
        if (!pages.get(target.pathname)?.has(id)) problems.push(`${from}: “${link}”: no element with id “${id}”`);
      }
    }
    expect(links.length).toBeGreaterThan(500);
    expectNoProblems(problems);
  });
});

/** Loads a page and waits until the network is quiet. */
async function load(page: Page, url: string) {
  const response = await page.goto(url, { waitUntil: 'load' });
  await page.waitForLoadState('networkidle');
  return response;
}

async function tab(options: { width?: number; origins?: string[]; expectedStatus?: (url: string, status: number) => boolean } = {}): Promise<GuardedTab> {
  await ready();
  return guardedTab(browser.context, { origins: options.origins ?? [nginx.origin], width: options.width, expectedStatus: options.expectedStatus });
}

/**
 * The checks of one page in each display mode, switched with the header toggles (or, on the embed page, which has
 * none, by the stored choice the toggles leave): reflow at 320 px and 200 % zoom everywhere; in 长辈版 text ≥ 20 px
 * and tap targets ≥ 48 px; axe in 长辈版 and in 高对比度 (the standard view's axe run is in pages.test.ts).
 */
async function modeProblems(page: Page, hasToggles: boolean): Promise<string[]> {
  const problems: string[] = [];
  const use = async (mode: Mode) => {
    if (hasToggles) return setMode(page, mode);
    await page.evaluate((value) => (value ? localStorage.setItem('xs-etbz-display', value) : localStorage.clear()), mode === 'standard' ? '' : mode);
    await page.reload({ waitUntil: 'load' });
  };
  for (const mode of ['standard', 'elder', 'contrast'] as const) {
    await use(mode);
    const found = await reflowProblems(page);
    if (mode === 'elder') found.push(...(await smallTextProblems(page)), ...(await smallTargetProblems(page)));
    if (mode !== 'standard') found.push(...(await axeViolations(page)));
    problems.push(...found.map((problem) => `[${mode}] ${problem}`));
  }
  await use('standard');
  return problems;
}

describe('every page in Chromium through nginx', { timeout: 300_000 }, () => {
  it('loads with no CSP violation, console error, failed request or request to another origin, and passes the display-mode checks', async () => {
    await ready();
    const problems: string[] = [];
    const files = htmlFiles().filter((file) => file !== '404.html');
    expect(files.length).toBeGreaterThan(20);
    const { page, problems: seen } = await tab({ width: 320 });
    try {
      for (const file of files) {
        const url = nginx.origin + urlOf(file);
        const before = seen.length;
        const response = await page.goto(url, { waitUntil: 'load' });
        if (response?.status() !== 200) problems.push(`${url}: status ${response?.status()}`);
        const hasToggles = (await page.locator('header [data-display]').count()) > 0;
        problems.push(...(await modeProblems(page, hasToggles)).map((problem) => `${urlOf(file)}: ${problem}`));
        problems.push(...seen.slice(before).map((problem) => `${urlOf(file)}: ${problem}`));
      }
    } finally {
      await page.close();
    }
    expectNoProblems(problems);
  });

  it('an unknown address gets the Chinese 404 page with status 404, styled, without other errors', async () => {
    await ready();
    const url = `${nginx.origin}${BASE}no-such-page/deeper/`;
    const { page, problems } = await tab({ expectedStatus: (requested, status) => requested === url && status === 404 });
    try {
      const response = await load(page, url);
      expect(response?.status()).toBe(404);
      expect(await page.locator('h1').textContent()).toBe(notFoundTitle);
      expect(await page.evaluate(() => getComputedStyle(document.querySelector('header')!).borderBottomWidth)).toBe('4px');
      expectNoProblems(problems);
    } finally {
      await page.close();
    }
  });
});

describe('the questionnaire and the search through nginx', { timeout: 240_000 }, () => {
  it('the questionnaire runs to a result whose share link, under the sub-path, restores it in a new tab', async () => {
    const first = await tab();
    let second: GuardedTab | undefined;
    try {
      await load(first.page, `${nginx.origin}${BASE}ziping/`);
      await answerOrphanPath(first.page);
      expect(await first.page.locator('#q-heading').innerText()).toBe('初步判断：属于孤儿情形');
      const share = await first.page.locator('#q-share-url').inputValue();
      expect(share).toMatch(new RegExp(`^${nginx.origin}${BASE}ziping/#d1\\.`));
      second = await tab(); // opened only now: a tab in the background gets no animation frames, and clicks wait
      await load(second.page, share);
      await expect.poll(() => second!.page.locator('#q-heading').innerText()).toBe('初步判断：属于孤儿情形');
      expectNoProblems([...first.problems, ...second.problems]);
    } finally {
      await first.page.close();
      await second?.page.close();
    }
  });

  it('the header search loads Pagefind from the sub-path and a result opens its page', async () => {
    const { page, problems } = await tab();
    try {
      await load(page, `${nginx.origin}${BASE}baozhang/`);
      await page.locator('#header-search-q').click();
      await page.keyboard.type('坐牢');
      const results = page.locator('#header-search-list a');
      // The results of the whole word (those for its first character may show first and be replaced).
      await expect.poll(() => results.first().getAttribute('href'), { timeout: 15_000 }).toBe(`${BASE}tiaojian/#situation-imprisoned-title`);
      await results.first().click();
      await page.waitForURL(`${nginx.origin}${BASE}tiaojian/#situation-imprisoned-title`);
      expectNoProblems(problems);
    } finally {
      await page.close();
    }
  });
});

describe('the embed page in the portal’s frame', { timeout: 240_000 }, () => {
  const embedUrl = () => `${nginx.origin}${BASE}ziping/embed/`;
  const heights = (page: Page) => page.evaluate(() => (window as unknown as { heights: number[] }).heights);

  it('posts its height to the portal page, again as the questionnaire grows, and opens other pages in a new tab', async () => {
    const { page, problems } = await tab({ origins: [nginx.origin, portal.origin] });
    try {
      await load(page, portal.url(embedUrl(), nginx.origin));
      await expect.poll(() => heights(page)).not.toEqual([]);
      const frame = page.frameLocator('#xs-etbz-ziping');
      const inner = page.frames().find((f) => f.url().startsWith(embedUrl()))!;
      const bodyHeight = () => inner.evaluate(() => Math.ceil(document.body.getBoundingClientRect().height));
      await expect.poll(async () => (await heights(page)).at(-1)).toBe(await bodyHeight());
      expect(await page.locator('#xs-etbz-ziping').evaluate((el) => el.getBoundingClientRect().height)).toBe(await bodyHeight());
      const startHeight = (await heights(page)).at(-1)!;
      await answerOrphanPath(inner);
      await expect.poll(async () => (await heights(page)).at(-1)).toBe(await bodyHeight());
      expect((await heights(page)).at(-1)).toBeGreaterThan(startHeight);
      expect(await frame.locator('#q-share-url').inputValue()).toMatch(new RegExp(`^${nginx.origin}${BASE}ziping/#d1\\.`));
      expect(await page.evaluate(() => (window as unknown as { others: string[] }).others)).toEqual([]);
      const opened = page.context().waitForEvent('page');
      await frame.locator('.q-result a[href*="/zhengce/"]').first().click();
      const newTab = await opened;
      await newTab.waitForLoadState();
      expect(newTab.url()).toMatch(new RegExp(`^${nginx.origin}${BASE}zhengce/[^/]+/$`));
      await newTab.close();
      expect(inner.url()).toMatch(new RegExp(`^${embedUrl()}#d1\\.`));
      expectNoProblems(problems);
    } finally {
      await page.close();
    }
  });

  it('another origin cannot frame it (frame-ancestors), and receives no message', async () => {
    const { page, problems } = await tab({ origins: [nginx.origin, stranger.origin] });
    try {
      await load(page, stranger.url(embedUrl(), nginx.origin));
      await page.waitForTimeout(1000);
      expect(await heights(page)).toEqual([]);
      const inner = page.frames().find((f) => f !== page.mainFrame());
      expect(await inner?.evaluate(() => document.getElementById('q-root') !== null).catch(() => false)).toBe(false);
      expect(problems.some((problem) => problem.includes('frame-ancestors'))).toBe(true);
    } finally {
      await page.close();
    }
  });

  it('opened on its own, it posts nothing and works without header or footer', async () => {
    const { page, problems } = await tab();
    try {
      await page.addInitScript(() => {
        (window as unknown as { posted: number }).posted = 0;
        const post = window.postMessage.bind(window);
        window.postMessage = ((...args: Parameters<typeof post>) => {
          (window as unknown as { posted: number }).posted++;
          return post(...args);
        }) as typeof window.postMessage;
      });
      await load(page, embedUrl());
      expect(await page.locator('header, footer, nav[aria-label="主导航"]').count()).toBe(0);
      await answerOrphanPath(page);
      expect(await page.evaluate(() => (window as unknown as { posted: number }).posted)).toBe(0);
      expectNoProblems(problems);
    } finally {
      await page.close();
    }
  });
});
