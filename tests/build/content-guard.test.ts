/**
 * Content cannot inject code: on throw-away copies of the project (tools/site/copy-project.ts), fixture files of
 * tests/fixtures/unsafe-content stop Astro before anything is built, naming file and line (src/integrations/
 * content-guard.ts) or file and field (the site settings' schema). The MDX page's import would write a marker file
 * if it ever ran: the test checks that it did not.
 */
import { copyFileSync, existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { astroIn as astro, projectCopies } from '../support/astro-cli';
import { repoRoot } from '../support/content';

const fixtures = join(repoRoot, 'tests', 'fixtures', 'unsafe-content');
const copy = projectCopies('site-guard-test-');
const cleanups: Array<() => void> = [];
afterAll(() => cleanups.forEach((cleanup) => cleanup()));

/** The 1-based line of the first line of a fixture file that contains `text`. */
function lineOf(file: string, text: string): number {
  const lines = readFileSync(join(fixtures, file), 'utf8').split('\n');
  const index = lines.findIndex((line) => line.includes(text));
  if (index < 0) throw new Error(`${text} is not in ${file}`);
  return index + 1;
}

describe('astro stops on code in content, before it can run', { timeout: 150_000 }, () => {
  it('an MDX page that imports node:fs and writes a file: the build names file and line, and the code never ran', () => {
    const site = copy();
    copyFileSync(join(fixtures, 'pages', 'runs-code.mdx'), join(site.dir, 'content', 'pages', 'runs-code.mdx'));
    const markerDir = mkdtempSync(join(tmpdir(), 'guard-marker-'));
    cleanups.push(() => rmSync(markerDir, { recursive: true, force: true }));
    const marker = join(markerDir, 'ran.txt');
    const { status, output } = astro(site.dir, ['build'], { GUARD_MARKER: marker });
    expect(status).not.toBe(0);
    expect(existsSync(marker), 'the MDX import ran during the build').toBe(false);
    expect(output).toContain(`content/pages/runs-code.mdx:${lineOf('pages/runs-code.mdx', "from 'node:fs'")}`);
    expect(output).toContain(`content/pages/runs-code.mdx:${lineOf('pages/runs-code.mdx', 'export const ran')}`);
    expect(output).toContain('import/export 会在生成网站时作为程序运行');
    expect(output).not.toMatch(/page\(s\) built/);
  });

  it('a FAQ answer with an inline script and a javascript: link: names file and line of each', () => {
    const site = copy();
    copyFileSync(join(fixtures, 'faq', 'inline-script.md'), join(site.dir, 'content', 'faq', 'inline-script.md'));
    const { status, output } = astro(site.dir, ['sync']);
    expect(status).not.toBe(0);
    expect(output).toContain(`content/faq/inline-script.md:${lineOf('faq/inline-script.md', '<script>')}  <script>`);
    expect(output).toContain(`content/faq/inline-script.md:${lineOf('faq/inline-script.md', 'javascript:')}  链接 “javascript:alert(1)”`);
  });

  it('site settings whose portal links are not web addresses: names the file and each field', () => {
    const site = copy();
    copyFileSync(join(fixtures, 'site.yaml'), join(site.dir, 'content', 'site.yaml'));
    const { status, output } = astro(site.dir, ['sync']);
    expect(status).not.toBe(0);
    expect(output).toContain('site.yaml');
    for (const field of ['portal.icpUrl', 'portal.errorReportUrl', 'portal.sitemapUrl']) expect(output).toContain(field);
  });
});

describe('the build refuses inline code wherever it comes from', { timeout: 150_000 }, () => {
  it("a component's inline script: the build fails after rendering, naming the page, line and column", () => {
    const site = copy();
    site.edit('src/pages/404.astro', '<div class="prose">', '<script is:inline>document.title = "x"</script><div class="prose">');
    const { status, output } = astro(site.dir, ['build']);
    expect(status).not.toBe(0);
    expect(output).toMatch(/生成的页面中有 1 处内嵌代码或不允许的链接/);
    expect(output).toMatch(/ {2}404\.html:\d+:\d+ {2}内嵌脚本: <script>document\.title/);
  });
});
