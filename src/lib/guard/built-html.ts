/**
 * Checks a built HTML page for what the site's Content-Security-Policy must never have to allow: inline scripts
 * (a <script> without src that a browser would run), <style> elements, inline event handlers (onclick=…), style
 * attributes, and link or file addresses outside the allowed schemes (links.ts: javascript:, data: …). Each problem
 * names the line and column in the page. The build (src/integrations/content-guard.ts) and the packager
 * (scripts/release/csp.ts) both refuse a site with any of them: the policy never gets a hash or 'unsafe-inline'.
 * Data blocks (<script type="application/json">) are not scripts and pass.
 */
import { htmlToHast } from 'satteri';
import { linkProblem } from './links.ts';
import { addressUse } from './markup.ts';

export interface HtmlProblem {
  line: number; // 1-based
  column: number; // 1-based
  message: string;
}

/** Script types a browser runs: none, JavaScript, or a module. */
const EXECUTABLE = /^(|module|text\/javascript|application\/javascript|text\/ecmascript|application\/ecmascript)$/i;

/** A comment, a raw-text element (script, style) with its body, or a start tag. */
const TOKEN =
  /<!--[\s\S]*?-->|<(script|style)\b((?:[^>"']|"[^"]*"|'[^']*')*)>([\s\S]*?)<\/\1\s*>|<([a-zA-Z][\w:-]*)((?:[^>"']|"[^"]*"|'[^']*')*)>/gi;
const ATTRIBUTE = /([^\s"'>/=]+)(?:\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s"'=<>`]+)))?/g;

/** An attribute value with its character references decoded, as the browser reads it (by satteri's HTML parser). */
function decoded(raw: string): string {
  if (!raw.includes('&')) return raw;
  const tree = htmlToHast(`<a title="${raw.replaceAll('"', '&quot;')}"></a>`, { fragment: true }) as {
    children: Array<{ properties?: { title?: unknown } }>;
  };
  return String(tree.children[0]?.properties?.title ?? raw);
}

function attributesOf(text: string): Array<[string, string | null]> {
  return [...text.matchAll(ATTRIBUTE)].map((match) => {
    const raw = match[2] ?? match[3] ?? match[4];
    return [match[1].toLowerCase(), raw === undefined ? null : decoded(raw)];
  });
}

/** Every problem in one page's HTML, in document order. */
export function builtHtmlProblems(html: string): HtmlProblem[] {
  const lineStarts = [0, ...[...html.matchAll(/\n/g)].map((match) => match.index + 1)];
  const where = (index: number) => {
    let [low, high] = [0, lineStarts.length - 1]; // the last line start at or before index
    while (low < high) {
      const middle = Math.ceil((low + high) / 2);
      if (lineStarts[middle] <= index) low = middle;
      else high = middle - 1;
    }
    return { line: low + 1, column: index - lineStarts[low] + 1 };
  };
  const problems: HtmlProblem[] = [];
  for (const match of html.matchAll(TOKEN)) {
    if (match[0].startsWith('<!--')) continue;
    const tag = (match[1] ?? match[4]).toLowerCase();
    const attributes = attributesOf(match[2] ?? match[5] ?? '');
    const excerpt = match[0].slice(0, 80).replace(/\s+/g, ' ');
    const report = (message: string) => problems.push({ ...where(match.index), message: `${message}: ${excerpt}` });
    const attribute = (name: string) => attributes.find(([key]) => key === name)?.[1];
    if (tag === 'script' && attribute('src') == null && EXECUTABLE.test((attribute('type') ?? '').trim())) report('内嵌脚本');
    if (tag === 'style') report('内嵌 <style> 元素');
    for (const [name, value] of attributes) {
      const use = addressUse(name);
      if (name.startsWith('on')) report(`内嵌事件处理 ${name}=`);
      else if (name === 'style') report('style 属性');
      else if (use && value !== null) {
        const problem = linkProblem(value, use);
        if (problem) report(`${name}: ${problem}`);
      }
    }
  }
  return problems;
}
