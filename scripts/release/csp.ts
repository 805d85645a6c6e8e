/**
 * The Content-Security-Policy headers for a built site. The same directives as the <meta> policy Astro writes into
 * every page (src/lib/csp.ts), plus frame-ancestors, which only a header can carry: 'none' for the pages, the
 * portal's origin for the embed page. The policy never allows inline code: an inline <script> or <style>, an event
 * handler, a style attribute, or a link with a scheme other than https:, http: or tel: (src/lib/guard/built-html.ts)
 * stops the package, naming file, line and column. (It used to add the hash of an inline script to the policy, so a
 * <script> in a content page would have run.)
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { CSP_DIRECTIVES, EMBED_SCRIPT_SOURCES, SCRIPT_SOURCES, STYLE_SOURCES } from '../../src/lib/csp.ts';
import { builtHtmlProblems } from '../../src/lib/guard/built-html.ts';
import type { Policies } from './headers.ts';

/** Every .html file under a folder. */
export function htmlFiles(dir: string): string[] {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile() && entry.name.endsWith('.html'))
    .map((entry) => join(entry.parentPath, entry.name));
}

/** Inline code and disallowed links in the HTML of a built site, as 'file:line:column: what' lines. */
export function scanInlineCode(siteDir: string): string[] {
  return htmlFiles(siteDir)
    .sort()
    .flatMap((file) => {
      const name = relative(siteDir, file).split(sep).join('/');
      return builtHtmlProblems(readFileSync(file, 'utf8')).map((problem) => `${name}:${problem.line}:${problem.column}: ${problem.message}`);
    });
}

/** The policies the server must send for a built site; throws, naming each place, when the site has inline code. */
export function headerPolicies(siteDir: string, portalOrigin: string): Policies {
  const problems = scanInlineCode(siteDir);
  if (problems.length > 0) {
    throw new Error(
      `网站中有内嵌的脚本、样式、事件处理或不允许的链接，内容安全策略不允许它们，不能打包（请改为外部文件，或删去）：\n${problems.join('\n')}`,
    );
  }
  const policy = (scriptSources: readonly string[], frameAncestors: string) =>
    [
      ...CSP_DIRECTIVES,
      ['script-src', ...scriptSources].join(' '),
      ['style-src', ...STYLE_SOURCES].join(' '),
      `frame-ancestors ${frameAncestors}`,
    ].join('; ');
  return { page: policy(SCRIPT_SOURCES, "'none'"), embed: policy(EMBED_SCRIPT_SOURCES, portalOrigin) };
}
