/**
 * The Content-Security-Policy headers for a built site. The same directives as the <meta> policy Astro writes into
 * every page (src/lib/csp.ts), plus frame-ancestors, which only a header can carry: 'none' for the pages, the
 * portal's origin for the embed page. Any inline <script> or <style> in the build is allowed by its SHA-256 (the
 * site is built with nothing inlined, so there are none today); an inline event handler or style="" attribute
 * cannot be allowed without 'unsafe-hashes' and stops the package, naming the file.
 */
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { CSP_DIRECTIVES, EMBED_SCRIPT_SOURCES, SCRIPT_SOURCES, STYLE_SOURCES } from '../../src/lib/csp.ts';
import type { Policies } from './headers.ts';


export interface InlineCode {
  scripts: string[]; // 'sha256-…' of each distinct inline script
  styles: string[]; // 'sha256-…' of each distinct inline <style>
  problems: string[]; // 'file: what' for inline event handlers and style attributes
}

const EXECUTABLE = /^(|module|text\/javascript|application\/javascript)$/i;

const sha256 = (text: string) => `sha256-${createHash('sha256').update(text, 'utf8').digest('base64')}`;

/** Every .html file under a folder. */
export function htmlFiles(dir: string): string[] {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile() && entry.name.endsWith('.html'))
    .map((entry) => join(entry.parentPath, entry.name));
}

/** Inline code in the HTML of a built site, hashed as a browser hashes it (the exact text between the tags). */
export function scanInlineCode(siteDir: string): InlineCode {
  const scripts = new Set<string>();
  const styles = new Set<string>();
  const problems: string[] = [];
  for (const file of htmlFiles(siteDir)) {
    const html = readFileSync(file, 'utf8');
    const name = relative(siteDir, file);
    for (const [, attributes, body] of html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/gi)) {
      const type = /\btype\s*=\s*["']?([^"'\s>]*)/i.exec(attributes)?.[1] ?? '';
      if (!/\bsrc\s*=/i.test(attributes) && EXECUTABLE.test(type)) scripts.add(sha256(body));
    }
    for (const [, body] of html.matchAll(/<style\b[^>]*>([\s\S]*?)<\/style>/gi)) styles.add(sha256(body));
    const tags = html.replace(/<script\b[\s\S]*?<\/script>/gi, '').match(/<[a-z][^>]*>/gi) ?? [];
    for (const tag of tags) {
      const handler = /\s(on[a-z]+)\s*=/i.exec(tag)?.[1];
      if (handler) problems.push(`${name}: inline event handler ${handler}= in ${tag.slice(0, 80)}`);
      if (/\sstyle\s*=/i.test(tag)) problems.push(`${name}: style attribute in ${tag.slice(0, 80)}`);
    }
  }
  return { scripts: [...scripts].sort(), styles: [...styles].sort(), problems };
}

/** The policies the server must send for a built site; throws on inline code no hash can allow. */
export function headerPolicies(siteDir: string, portalOrigin: string): Policies {
  const inline = scanInlineCode(siteDir);
  if (inline.problems.length > 0) {
    throw new Error(`内联事件处理或 style 属性无法在严格的内容安全策略下运行，请改为外部脚本或样式：\n${inline.problems.join('\n')}`);
  }
  const quoted = (hashes: string[]) => hashes.map((hash) => `'${hash}'`);
  const policy = (scriptSources: readonly string[], frameAncestors: string) =>
    [
      ...CSP_DIRECTIVES,
      ['script-src', ...scriptSources, ...quoted(inline.scripts)].join(' '),
      ['style-src', ...STYLE_SOURCES, ...quoted(inline.styles)].join(' '),
      `frame-ancestors ${frameAncestors}`,
    ].join('; ');
  return { page: policy(SCRIPT_SOURCES, "'none'"), embed: policy(EMBED_SCRIPT_SOURCES, portalOrigin) };
}
