/**
 * Astro integration: the site's guard against code in content and inline code in pages.
 * - When Astro starts (build, dev, sync, check), before any content file is compiled: every Markdown and MDX file of
 *   content/ is read (src/lib/guard/content-source.ts) and Astro stops, naming file and line, on an import or export
 *   other than the allowed components, an {…} expression, an inline script, style or event handler, an iframe or
 *   similar, or a link that is not https:, http: or inside the site. An MDX import would otherwise run as a program
 *   on the machine that builds the site.
 * - After the build: every page of the output is read (src/lib/guard/built-html.ts) and the build fails, naming
 *   file, line and column, on inline code or a link with another scheme, wherever it came from (a component as well
 *   as content), so the Content-Security-Policy never needs a hash or 'unsafe-inline'.
 */
import type { AstroIntegration } from 'astro';
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { builtHtmlProblems } from '../lib/guard/built-html.ts';
import { contentSourceProblems } from '../lib/guard/content-source.ts';

function filesUnder(dir: string, pattern: RegExp): string[] {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile() && pattern.test(entry.name))
    .map((entry) => join(entry.parentPath, entry.name))
    .sort();
}

const posix = (path: string) => path.split(sep).join('/');

/** Every problem of the Markdown and MDX files of <root>/content, as `file:line message` lines. */
export function contentProblems(root: string): string[] {
  return filesUnder(join(root, 'content'), /\.mdx?$/).flatMap((path) =>
    contentSourceProblems(readFileSync(path, 'utf8'), posix(relative(root, path))).map(
      (problem) => `  ${problem.file}:${problem.line}  ${problem.message}`,
    ),
  );
}

/** Every problem of the HTML pages under a built site, as `file:line:column message` lines. */
export function builtSiteProblems(dir: string): string[] {
  return filesUnder(dir, /\.html$/).flatMap((path) =>
    builtHtmlProblems(readFileSync(path, 'utf8')).map(
      (problem) => `  ${posix(relative(dir, path))}:${problem.line}:${problem.column}  ${problem.message}`,
    ),
  );
}

/** An error that prints as its message alone: the lines name every place to fix, a stack trace would hide them. */
function guardError(headline: string, lines: string[]): Error {
  const error = new Error(`${headline}\n${lines.join('\n')}`);
  error.stack = error.message;
  return error;
}

export default function contentGuard(): AstroIntegration {
  return {
    name: 'content-guard',
    hooks: {
      'astro:config:setup': ({ config }) => {
        const problems = contentProblems(fileURLToPath(config.root));
        if (problems.length > 0) {
          throw guardError(
            `内容文件中有 ${problems.length} 处不允许的写法，网站没有生成。内容文件只能写文字、链接和本站的组件（见 README“内容编辑”）：`,
            problems,
          );
        }
      },
      'astro:build:done': ({ dir }) => {
        const problems = builtSiteProblems(fileURLToPath(dir));
        if (problems.length > 0) {
          throw guardError(
            `生成的页面中有 ${problems.length} 处内嵌代码或不允许的链接，内容安全策略不允许它们，网站不能发布：`,
            problems,
          );
        }
      },
    },
  };
}
