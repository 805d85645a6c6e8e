/**
 * The Content-Security-Policy headers computed from a built site (scripts/release/csp.ts), on small fixture sites:
 * the policy is always the strict one; inline scripts, <style> elements, event handlers, style attributes and
 * script links stop the package, naming file, line and column (the packager used to allow an inline script by its
 * hash); data blocks are not scripts.
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

describe('scanInlineCode', () => {
  it('names each inline script and <style> with file, line and column; external scripts and JSON data blocks pass', () => {
    const dir = site({
      'index.html': '<p>首页</p>\n<script>alert(1)</script><script type="module">alert(2)</script>\n<style>body{color:red}</style>',
      'a/index.html': '<script src="/x.js"></script><script type="application/json" id="d">{"a":1}</script><p>text</p>',
    });
    expect(scanInlineCode(dir)).toEqual([
      'index.html:2:1: 内嵌脚本: <script>alert(1)</script>',
      'index.html:2:26: 内嵌脚本: <script type="module">alert(2)</script>',
      'index.html:3:1: 内嵌 <style> 元素: <style>body{color:red}</style>',
    ]);
  });

  it('names each inline event handler, style attribute and script link', () => {
    const dir = site({ 'b/index.html': '<button onclick="go()">去</button><p style="color:red">红</p><p>onclick=safe text</p>\n<a href="&#106;avascript:x">链接</a>' });
    const problems = scanInlineCode(dir);
    expect(problems).toHaveLength(3);
    expect(problems[0]).toMatch(/^b\/index\.html:1:1: 内嵌事件处理 onclick=/);
    expect(problems[1]).toMatch(/^b\/index\.html:1:34: style 属性/);
    expect(problems[2]).toMatch(/^b\/index\.html:2:1: href: 链接 “javascript:x” 使用了 javascript: 协议/);
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

  it('refuses a site with an inline script instead of adding its hash to the policy, naming the file', () => {
    const dir = site({ 'wenda/index.html': '<p>答</p><script>document.title = "x"</script>' });
    expect(() => headerPolicies(dir, 'https://x.cn')).toThrow(/wenda\/index\.html:1:9: 内嵌脚本/);
  });

  it('refuses a site with inline styles or event handlers', () => {
    expect(() => headerPolicies(site({ 'index.html': '<style>p{}</style>' }), 'https://x.cn')).toThrow(/内嵌 <style> 元素/);
    expect(() => headerPolicies(site({ 'index.html': '<a href="#" onclick="x()">x</a>' }), 'https://x.cn')).toThrow(/onclick/);
  });
});
