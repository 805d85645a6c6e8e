/**
 * The packaged nginx.conf against the findings of the security review, served by Debian's nginx inside a stand-in
 * for the portal's server block that sets its own Strict-Transport-Security and another header, over a copy of the
 * run's release with hidden files planted in it:
 * no nginx version in any response; the page headers on the bare sub-path's redirect; hidden files never served,
 * also under _astro/ and the embed page; no year-long caching of a missing _astro/ file; no doubled headers on a
 * Range request past the end; the Chinese 404 page for folder URLs; the portal's HSTS reaching the sub-path once;
 * JavaScript compressed and labelled when the server calls it text/javascript; the favicon cached, so reloading a
 * result asks the server for the page alone.
 */
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { parse } from 'node-html-parser';
import { afterAll, describe, expect, it } from 'vitest';
import { headerPolicies } from '../../scripts/release/csp';
import { HSTS, responseHeaders, type HeaderSet, type ResponseHeaders } from '../../scripts/release/headers';
import { DEFAULTS } from '../../scripts/release/nginx';
import { launchBrowser, type Browser } from '../../tools/site/browser';
import { startNginx, type Nginx } from '../support/nginx';
import { answerOrphanPath } from '../support/orphan-path';
import { readRelease, release as builtRelease } from '../support/release';

/** Files a careless upload could leave in the site's folder; none may ever be served. */
const HIDDEN = ['.env', '.git/config', '_astro/.secret', 'ziping/embed/.htpasswd'];
/** What the portal's own server block sends: its HSTS (the value the note asks the snippet to repeat) and a header of its own. */
const PORTAL_SERVER = `
    add_header Strict-Transport-Security "${HSTS}" always;
    add_header X-Portal-Only "portal" always;
    location = /portal-page { default_type text/plain; return 200 "portal"; }`;

let base: string;
let webRoot: string;
let nginx: Nginx; // the portal's server block with the site's snippet
let jsTyped: Nginx; // the same, on a server whose types call .js text/javascript (newer nginx, other builds)
let expected: ResponseHeaders;
let notFoundHeading: string;
let browser: Browser | undefined;
let setup: Promise<void> | undefined;

function ready(): Promise<void> {
  setup ??= (async () => {
    const info = builtRelease();
    base = info.base;
    webRoot = mkdtempSync(join(tmpdir(), 'site-hardening-'));
    cpSync(info.webRoot, webRoot, { recursive: true });
    for (const file of HIDDEN) {
      mkdirSync(dirname(join(webRoot, base, file)), { recursive: true });
      writeFileSync(join(webRoot, base, file), 'SECRET=never-served\n');
    }
    const config = readRelease(info).get('nginx.conf')!.toString('utf8').replaceAll(DEFAULTS.root, webRoot);
    nginx = await startNginx(config, { server: PORTAL_SERVER });
    jsTyped = await startNginx(config, { server: 'types { text/html html; text/css css; text/javascript js; image/svg+xml svg; }' });
    expected = responseHeaders(headerPolicies(join(webRoot, base), info.portalOrigin));
    notFoundHeading = parse(readFileSync(join(webRoot, base, '404.html'), 'utf8')).querySelector('h1')!.text.trim();
  })();
  return setup;
}

afterAll(async () => {
  await browser?.close();
  await nginx?.close();
  await jsTyped?.close();
  if (webRoot) rmSync(webRoot, { recursive: true, force: true });
});

const get = (path: string, headers: Record<string, string> = {}, server = nginx) =>
  fetch(server.origin + path, { redirect: 'manual', headers });

/** Differences between a response's headers and a set, including headers sent twice (fetch joins them with ", "). */
function headerProblems(path: string, response: Response, set: HeaderSet): string[] {
  return Object.entries(set)
    .filter(([name, value]) => response.headers.get(name) !== value)
    .map(([name, value]) => `${path}: ${name} is “${response.headers.get(name)}”, expected “${value}”`);
}

/** The largest script the home page loads (larger than gzip_min_length). */
function anAsset(): string {
  const names = [...new Set(readFileSync(join(webRoot, base, 'index.html'), 'utf8').match(/_astro\/[\w.-]+\.js/g) ?? [])];
  const size = (name: string) => statSync(join(webRoot, base, name)).size;
  return base + names.sort((a, b) => size(b) - size(a))[0];
}

describe('nginx hardening (deploy/nginx.conf)', { timeout: 120_000 }, () => {
  it('no response names the nginx version: pages, files, the redirect, errors', async () => {
    await ready();
    const paths = [base.slice(0, -1), base, `${base}tiaojian`, anAsset(), `${base}no-such-page/`, `${base}_astro/`, `${base}.env`];
    const servers = await Promise.all(paths.map(async (path) => `${path}: ${(await get(path)).headers.get('server')}`));
    expect(servers).toEqual(paths.map((path) => `${path}: nginx`));
  });

  it("the bare sub-path's redirect carries every page header", async () => {
    await ready();
    const response = await get(base.slice(0, -1));
    expect(response.status).toBe(301);
    expect(response.headers.get('location')).toBe(base);
    expect(headerProblems(base.slice(0, -1), response, expected.page)).toEqual([]);
  });

  it('hidden files are never served, at the top, under _astro/ or under the embed page: the Chinese 404 page instead', async () => {
    await ready();
    for (const file of HIDDEN) {
      const response = await get(base + file);
      const body = await response.text();
      expect(`${file}: ${response.status}`).toBe(`${file}: 404`);
      expect(body).not.toContain('never-served');
      expect(body, file).toContain(notFoundHeading);
      expect(headerProblems(file, response, expected.page)).toEqual([]);
    }
  });

  it('folder URLs without a page get the Chinese 404 page with status 404, not nginx’s English 403', async () => {
    await ready();
    for (const folder of ['_astro/', 'pagefind/', 'peixun/anli/']) {
      const response = await get(base + folder);
      expect(`${folder}: ${response.status}`).toBe(`${folder}: 404`);
      expect(await response.text(), folder).toContain(notFoundHeading);
      expect(headerProblems(folder, response, expected.page)).toEqual([]);
    }
  });

  it('no error under _astro/ is cached for a year (a missing file, the folder itself); a found file is, with the asset headers', async () => {
    await ready();
    for (const path of [`${base}_astro/no-such-file.js`, `${base}_astro/`, `${base}_astro`]) {
      const response = await get(path);
      expect(`${path}: ${response.status}`).toMatch(/: (404|301)$/);
      expect(`${path}: ${response.headers.get('cache-control')}`).toBe(`${path}: ${expected.page['cache-control']}`);
    }
    const found = await get(anAsset());
    expect(found.status).toBe(200);
    expect(headerProblems('asset', found, expected.asset)).toEqual([]);
  });

  it('a Range request past the end gets the whole file, each header once (nginx doubled them on its 416)', async () => {
    await ready();
    for (const [path, set] of [[anAsset(), expected.asset], [`${base}tiaojian/`, expected.page]] as const) {
      const response = await get(path, { Range: 'bytes=99999999-' });
      expect(`${path}: ${response.status}`).toBe(`${path}: 200`);
      expect(headerProblems(`${path} (Range)`, response, set)).toEqual([]);
    }
  });

  it("the portal's Strict-Transport-Security reaches every kind of response once; its other server headers do not", async () => {
    await ready();
    const control = await get('/portal-page');
    expect(control.headers.get('strict-transport-security')).toBe(HSTS);
    expect(control.headers.get('x-portal-only')).toBe('portal');
    const paths = [base.slice(0, -1), base, anAsset(), `${base}favicon.svg`, `${base}ziping/embed/`, `${base}no-such-page/`];
    for (const path of paths) {
      const response = await get(path);
      expect(`${path}: ${response.headers.get('strict-transport-security')}`).toBe(`${path}: ${HSTS}`);
      expect(`${path}: ${response.headers.get('x-portal-only')}`).toBe(`${path}: null`);
    }
  });

  it('发布说明.txt gives the HSTS line to keep equal to the portal’s, and says other server headers do not reach the sub-path', async () => {
    await ready();
    const note = readRelease(builtRelease()).get('发布说明.txt')!.toString('utf8');
    expect(note).toContain(`add_header Strict-Transport-Security "${HSTS}" always;`);
    expect(note).toContain('门户在 server 中设置的其他响应头，同样不会出现在本站路径下');
  });

  it('JavaScript is compressed and labelled UTF-8 also where the server types .js as text/javascript', async () => {
    await ready();
    const response = await get(anAsset(), { 'Accept-Encoding': 'gzip' }, jsTyped);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('text/javascript; charset=utf-8');
    expect(response.headers.get('content-encoding')).toBe('gzip');
  });
});

describe('caching in Chromium through nginx', { timeout: 120_000 }, () => {
  it('the favicon is cached: reloading a result (its share link) asks the server for the page alone', async () => {
    await ready();
    browser = await launchBrowser(); // a plain tab: routing requests (as the guarded tabs do) would switch the cache off
    const page = await browser.context.newPage();
    try {
      await page.goto(`${nginx.origin}${base}ziping/`, { waitUntil: 'load' });
      await page.waitForLoadState('networkidle');
      expect(nginx.accessLog()).toContain(`200 GET ${base}favicon.svg`);
      await answerOrphanPath(page);
      const before = nginx.accessLog().length;
      await page.reload({ waitUntil: 'load' });
      await page.waitForLoadState('networkidle');
      await page.locator('.q-result').waitFor();
      expect(nginx.accessLog().slice(before)).toEqual([`304 GET ${base}ziping/`]);
    } finally {
      await page.close();
    }
  });
});
