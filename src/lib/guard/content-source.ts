/**
 * Checks the source of one Markdown or MDX file of content/ before anything is built, and names the file and line of
 * each problem:
 * - no code: MDX `import`/`export` (it runs on the machine that builds the site) except the allowed component imports
 *   (importable.ts), no {…} expressions other than comments, no attribute expressions or spreads, no Astro
 *   directives such as set:html;
 * - no inline script, style or event handler, and no element that loads other pages (markup.ts), whether written as
 *   raw HTML in Markdown or as JSX in MDX;
 * - links only to web addresses (https:, http:) and inside the site (links.ts), in Markdown links, link definitions,
 *   images and HTML attributes.
 * Parsed with satteri, the Markdown and MDX parser the build itself uses, so both read the file the same way.
 */
import { dirname, join, normalize } from 'node:path/posix';
import { htmlToHast, markdownToMdast, mdxToMdast } from 'satteri';
import { IMPORTABLE_COMPONENTS } from './importable.ts';
import { linkProblem } from './links.ts';
import { elementProblems, type AttributeValue } from './markup.ts';

export interface SourceProblem {
  file: string; // path from the project root, e.g. content/pages/ziping.mdx
  line: number; // 1-based
  message: string; // in Chinese, for the editor
}

interface Node {
  type: string;
  position?: { start: { line: number } };
  children?: Node[];
  value?: unknown;
  url?: string;
  name?: string | null;
  attributes?: Array<{ type: string; name?: string; value?: unknown }>;
  tagName?: string;
  properties?: Record<string, unknown>;
}

const IMPORT_LINE = /^import\s+([A-Za-z_$][\w$]*)\s+from\s+(['"])([^'"]+)\2\s*;?\s*$/;

/** Problems of an MDX import/export block: each line must be one allowed component import. */
function esmProblems(block: string, file: string, startLine: number): SourceProblem[] {
  const allowed = Object.entries(IMPORTABLE_COMPONENTS)
    .map(([name, path]) => `import ${name} from '${relativeTo(file, path)}';`)
    .join(' 或 ');
  return block.split('\n').flatMap((text, index) => {
    if (!text.trim()) return [];
    const match = IMPORT_LINE.exec(text.trim());
    const target = match && IMPORTABLE_COMPONENTS[match[1]];
    if (target && normalize(join(dirname(file), match[3])) === target) return [];
    return [{
      file,
      line: startLine + index,
      message: `“${text.trim().slice(0, 80)}”：内容文件中的 import/export 会在生成网站时作为程序运行，只允许 ${allowed}`,
    }];
  });
}

/** The path from a content file's folder to a project file, as an import writes it. */
function relativeTo(file: string, target: string): string {
  const up = dirname(file).split('/').filter(Boolean).map(() => '..');
  return [...up, target].join('/');
}

/** One block comment, and nothing else: {/* … *\/}. */
const ONE_COMMENT = /^\/\*(?:(?!\*\/)[\s\S])*\*\/$/;
/** One string literal that computes nothing: quoted, or a template without ${…}. */
const ONE_STRING = /^(?:"(?:[^"\\\n]|\\.)*"|'(?:[^'\\\n]|\\.)*'|`(?:[^`\\$]|\\.|\$(?!\{))*`)$/;

/**
 * An {…} expression is code, unless it is one comment ({/* … *\/}) or one string literal (note={"说明"}, as some
 * editors write an attribute): neither runs anything. Nothing is stripped first, so a comment marker inside a string
 * cannot hide code.
 */
function isConstant(code: string): boolean {
  const bare = code.trim();
  return bare === '' || ONE_COMMENT.test(bare) || ONE_STRING.test(bare);
}

/** The line of a piece of a node's text: where `needle` first occurs after the node's first line, else that line. */
function lineOf(node: Node, needle: RegExp): number {
  const start = node.position?.start.line ?? 1;
  const text = typeof node.value === 'string' ? node.value : '';
  const found = needle.exec(text);
  return found ? start + text.slice(0, found.index).split('\n').length - 1 : start;
}

const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** Problems of raw HTML in a Markdown file, read with an HTML parser (character references decoded). */
function htmlProblems(node: Node, file: string): SourceProblem[] {
  const problems: SourceProblem[] = [];
  const visit = (element: Node) => {
    if (element.type === 'element' && element.tagName) {
      const attributes = Object.entries(element.properties ?? {}).map(([name, value]): [string, AttributeValue] => [
        name,
        value === true || value === null || value === undefined ? null : Array.isArray(value) ? value.join(' ') : String(value),
      ]);
      for (const { attribute, message } of elementProblems(element.tagName, attributes)) {
        const needle = attribute ? new RegExp(`\\b${escapeRegExp(attribute)}\\s*=`, 'i') : new RegExp(`<${element.tagName}\\b`, 'i');
        problems.push({ file, line: lineOf(node, needle), message });
      }
    }
    element.children?.forEach(visit);
  };
  visit(htmlToHast(String(node.value ?? ''), { fragment: true }) as Node);
  return problems;
}

/** Problems of an MDX JSX element: expressions and directives in its attributes, and the element's HTML checks. */
function jsxProblems(node: Node): string[] {
  const problems: string[] = [];
  const name = node.name ?? '';
  const attributes: Array<[string, AttributeValue]> = [];
  for (const attribute of node.attributes ?? []) {
    if (attribute.type === 'mdxJsxExpressionAttribute') {
      problems.push(`<${name}> 中的 {${String(attribute.value)}} 是程序代码，不能写在内容文件中`);
      continue;
    }
    const attributeName = attribute.name ?? '';
    if (typeof attribute.value === 'object' && attribute.value !== null && !isConstant(String((attribute.value as { value?: unknown }).value ?? ''))) {
      problems.push(`<${name}> 的 ${attributeName}={…} 是程序代码，不能写在内容文件中；请写成 ${attributeName}="…"`);
      continue;
    }
    if (attributeName.includes(':')) {
      problems.push(`<${name}> 的 ${attributeName} 是 Astro 的指令，不能写在内容文件中`);
      continue;
    }
    attributes.push([attributeName, attribute.value === undefined || attribute.value === null ? null : String(attribute.value)]);
  }
  if (name.includes('.')) problems.push(`<${name}> 不是本站的组件，不能写在内容文件中`);
  else if (/^[a-z]/.test(name)) problems.push(...elementProblems(name, attributes).map((problem) => problem.message));
  return problems;
}

/** Every problem of one content file's source; `file` is its path from the project root. */
export function contentSourceProblems(source: string, file: string): SourceProblem[] {
  const isMdx = file.endsWith('.mdx');
  let tree: Node;
  try {
    tree = (isMdx ? mdxToMdast(source) : markdownToMdast(source)) as Node;
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    const line = Number(/^(\d+):\d+/.exec(message)?.[1] ?? 1);
    return [{ file, line, message: `无法读取这个文件：${message}` }];
  }
  const problems: SourceProblem[] = [];
  const at = (node: Node, message: string) => problems.push({ file, line: node.position?.start.line ?? 1, message });
  const visit = (node: Node) => {
    switch (node.type) {
      case 'mdxjsEsm':
        problems.push(...esmProblems(String(node.value ?? ''), file, node.position?.start.line ?? 1));
        break;
      case 'mdxFlowExpression':
      case 'mdxTextExpression':
        if (!isConstant(String(node.value ?? ''))) at(node, `{${String(node.value).slice(0, 60)}} 是程序代码，不能写在内容文件中`);
        break;
      case 'mdxJsxFlowElement':
      case 'mdxJsxTextElement':
        for (const message of jsxProblems(node)) at(node, message);
        break;
      case 'html':
        problems.push(...htmlProblems(node, file));
        break;
      case 'link':
      case 'definition': {
        const problem = linkProblem(node.url ?? '', 'link');
        if (problem) at(node, problem);
        break;
      }
      case 'image': {
        const problem = linkProblem(node.url ?? '', 'resource');
        if (problem) at(node, problem);
        break;
      }
    }
    node.children?.forEach(visit);
  };
  visit(tree);
  return problems.sort((a, b) => a.line - b.line);
}
