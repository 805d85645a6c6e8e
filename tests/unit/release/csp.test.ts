/**
 * The Content-Security-Policy headers computed from a built site (scripts/release/csp.ts), on small fixture sites:
 * inline scripts and styles get their SHA-256 as a browser computes it; data blocks are not scripts; inline event
 * handlers and style attributes, which no hash can allow without 'unsafe-hashes', stop the package.
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { headerPolicies, scanInlineCode } from '../../../scripts/release/csp';

const dirs: string[] = [];
function site(pages: Record<string, string>): string {
  const dir = mkdtempSync(join(tmpdir(), 'csp-fixture-'));
  dirs.push(dir);
  for (const [file, html] of Object.entries(pages)) {
    mkdirSync(join(dir, file, '..'), { recursive: true });
    writeFileSync(join(dir, file), html);
  }
  return dir;
}
afterAll(() => dirs.forEach((dir) => rmSync(dir, { recursive: true, force: true })));

// SHA-256 of the exact text, as `printf 'alert(1)' | openssl dgst -sha256 -binary | base64` gives it.
const ALERT = 'sha256-bhHHL3z2vDgxUt0W3dWQOrprscmda2Y5pLsLg4GF+pI=';
const RED = 'sha256-FcQqt3aNlV7AZnGV4zkQRVeCeJOxbMPnQSx258L803E=';

describe('scanInlineCode', () => {
  it('hashes inline scripts and styles, once each; external scripts and JSON data blocks are not inline code', () => {
    const dir = site({
      'index.html': '<script>alert(1)</script><script type="module">alert(1)</script><style>body{color:red}</style>',
      'a/index.html': '<script src="/x.js"></script><script type="application/json" id="d">{"a":1}</script><p>text</p>',
    });
    expect(scanInlineCode(dir)).toEqual({ scripts: [ALERT], styles: [RED], problems: [] });
  });

  it('names each inline event handler and style attribute with its file', () => {
    const dir = site({ 'b/index.html': '<button onclick="go()">去</button><p style="color:red">红</p><p>onclick=safe text</p>' });
    const { problems } = scanInlineCode(dir);
    expect(problems).toHaveLength(2);
    expect(problems[0]).toMatch(/^b\/index\.html: inline event handler onclick=/);
    expect(problems[1]).toMatch(/^b\/index\.html: style attribute/);
  });
});

describe('headerPolicies', () => {
  it('pages: self, WebAssembly for the search, no framing; embed: no WebAssembly, framed by the portal only', () => {
    const { page, embed } = headerPolicies(site({ 'index.html': '<p>静态</p>' }), 'https://www.kmxs.gov.cn');
    expect(page).toBe(
      "default-src 'self'; img-src 'self'; font-src 'self'; connect-src 'self'; object-src 'none'; base-uri 'self'; " +
        "form-action 'self'; script-src 'self' 'wasm-unsafe-eval'; style-src 'self'; frame-ancestors 'none'",
    );
    expect(embed).toBe(
      "default-src 'self'; img-src 'self'; font-src 'self'; connect-src 'self'; object-src 'none'; base-uri 'self'; " +
        "form-action 'self'; script-src 'self'; style-src 'self'; frame-ancestors https://www.kmxs.gov.cn",
    );
  });

  it('allows inline code by its hash', () => {
    const { page } = headerPolicies(site({ 'index.html': '<script>alert(1)</script><style>body{color:red}</style>' }), 'https://x.cn');
    expect(page).toContain(`script-src 'self' 'wasm-unsafe-eval' '${ALERT}';`);
    expect(page).toContain(`style-src 'self' '${RED}';`);
  });

  it('refuses a site with inline event handlers', () => {
    expect(() => headerPolicies(site({ 'index.html': '<a href="#" onclick="x()">x</a>' }), 'https://x.cn')).toThrow(/onclick/);
  });
});
