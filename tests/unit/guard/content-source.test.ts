/**
 * The check of content sources (src/lib/guard/content-source.ts) on the fixtures of tests/fixtures/unsafe-content:
 * every kind of code, inline script, style, handler, embedding element and bad link is named with its line; the
 * allowed component imports, comments, site and web links and plain HTML pass.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { contentSourceProblems, type SourceProblem } from '../../../src/lib/guard/content-source';
import { repoRoot } from '../../support/content';

const fixtures = join(repoRoot, 'tests', 'fixtures', 'unsafe-content');

/** The fixture's problems, checked as if it were content/<as>. */
function check(fixture: string, as: string): { problems: SourceProblem[]; lineOf: (text: string) => number } {
  const source = readFileSync(join(fixtures, fixture), 'utf8');
  const lines = source.split('\n');
  const lineOf = (text: string) => {
    const index = lines.findIndex((line) => line.includes(text));
    if (index < 0) throw new Error(`${text} is not in ${fixture}`);
    return index + 1;
  };
  return { problems: contentSourceProblems(source, as), lineOf };
}

/** Problems as "line: message" for readable failures. */
const listed = (problems: SourceProblem[]) => problems.map((problem) => `${problem.line}: ${problem.message}`);

describe('an MDX page', () => {
  const file = 'content/pages/every-kind.mdx';
  const { problems, lineOf } = check('every-kind.mdx', file);
  const at = (text: string) => listed(problems.filter((problem) => problem.line === lineOf(text)));

  it('names the file in every problem', () => {
    expect(problems.length).toBeGreaterThan(0);
    expect(problems.filter((problem) => problem.file !== file)).toEqual([]);
  });

  it('allows exactly the two component imports, written as the README gives them', () => {
    expect(at("import CaseList from")).toEqual([]);
    expect(at("import QuestionnaireIsland from")).toEqual([]);
    expect(at("import Q from")).toEqual([expect.stringContaining('只允许 import QuestionnaireIsland from')]);
  });

  it('refuses any other import or export: it would run on the machine that builds the site', () => {
    expect(at("from 'node:child_process'")).toEqual([expect.stringContaining('import/export 会在生成网站时作为程序运行')]);
    expect(at('export const who')).toEqual([expect.stringContaining('import/export')]);
  });

  it('refuses {…} expressions, attribute expressions, spreads and Astro directives; a comment or one string literal passes', () => {
    expect(at('共 {1 + 1} 项')).toEqual([expect.stringContaining('{1 + 1} 是程序代码')]);
    expect(at('note={process.env.HOME}')).toEqual([expect.stringContaining('note={…} 是程序代码')]);
    expect(at('{...props}')).toEqual([expect.stringContaining('{...props} 是程序代码')]);
    expect(at('set:html')).toEqual([expect.stringContaining('set:html 是 Astro 的指令')]);
    expect(at('注释可以写')).toEqual([]);
    expect(at('写成字符串的属性可以')).toEqual([]);
    expect(at('藏在注释记号里的代码')).toEqual([expect.stringContaining('process.exit(1)')]);
  });

  it('refuses inline scripts, styles and event handlers, and embedded pages', () => {
    expect(at('<script>')).toEqual([expect.stringContaining('<script>（脚本）')]);
    expect(at('<style>')).toEqual([expect.stringContaining('<style>（内嵌样式）')]);
    expect(at('onClick=')).toEqual([expect.stringContaining('onClick 属性是内嵌脚本')]);
    expect(at('style="color: red"')).toEqual([expect.stringContaining('style 属性是内嵌样式')]);
    expect(at('<iframe')).toEqual([expect.stringContaining('<iframe>（嵌入其他页面）'), expect.stringContaining('不是本站的文件')]);
  });

  it('refuses links that are not web or site addresses, also when written with character references', () => {
    expect(at('[脚本链接](javascript:')).toEqual([expect.stringContaining('“javascript:alert(1)” 使用了 javascript: 协议')]);
    expect(at('java&#x09;script')).toEqual([expect.stringContaining('使用了 javascript: 协议')]);
    expect(at('[资料]: data:')).toEqual([expect.stringContaining('使用了 data: 协议')]);
    expect(at('![外部图片]')).toEqual([expect.stringContaining('不是本站的文件')]);
    expect(at('[本站链接](/tiaojian/)')).toEqual([]);
  });
});

describe('a Markdown file with raw HTML', () => {
  const { problems, lineOf } = check('every-kind.md', 'content/faq/every-kind.md');
  const at = (text: string) => listed(problems.filter((problem) => problem.line === lineOf(text)));

  it('reads the HTML as a browser does (character references, unquoted attributes, tags over several lines)', () => {
    expect(at('行内的')).toEqual([
      expect.stringContaining('<a> 的 href：链接 “javascript:alert(1)”'),
      expect.stringContaining('onClick 属性是内嵌脚本'),
    ]);
    expect(at('<script>')).toEqual([expect.stringContaining('<script>（脚本）')]);
    expect(at('style="display: none"')).toEqual([expect.stringContaining('style 属性是内嵌样式')]);
    expect(at('<object')).toEqual([expect.stringContaining('<object>（嵌入插件）')]);
    expect(at('<svg>')).toEqual([expect.stringContaining('<svg>'), expect.stringContaining('“javascript:alert(1)”')]);
  });

  it('refuses script links in Markdown links and autolinks; site links and plain HTML pass', () => {
    expect(at('[脚本](javascript:')).toEqual([
      expect.stringContaining('“javascript:alert(1)” 使用了 javascript: 协议'),
      expect.stringContaining('“vbscript:msgbox(1)” 使用了 vbscript: 协议'),
    ]);
    expect(at('可以写')).toEqual([]);
  });
});

describe('a file that cannot be read', () => {
  it('is a problem with its line, never a pass', () => {
    const problems = contentSourceProblems('---\ntitle: x\n---\n\n<div>\n', 'content/pages/broken.mdx');
    expect(problems).toEqual([expect.objectContaining({ file: 'content/pages/broken.mdx', message: expect.stringContaining('无法读取') })]);
  });
});
