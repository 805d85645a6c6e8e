/**
 * What an HTML element written in content may not carry: code (script and style elements, event handlers such as
 * onclick, style attributes), elements that load other pages or change the page itself (iframe, object, base, meta,
 * form …), and link addresses outside the allowed schemes (links.ts). The Content-Security-Policy would block most of
 * it in the browser, but content is checked before it is built: a page must never need an exception in the policy.
 */
import { linkProblem, type LinkUse } from './links.ts';

/** Elements content may not contain, with the reason an editor reads. */
const REFUSED_ELEMENTS: Record<string, string> = {
  script: '脚本',
  style: '内嵌样式',
  iframe: '嵌入其他页面',
  frame: '嵌入其他页面',
  frameset: '嵌入其他页面',
  object: '嵌入插件',
  embed: '嵌入插件',
  applet: '嵌入插件',
  base: '改变页面中所有链接的地址',
  meta: '改变页面的设置',
  link: '加载其他文件',
  form: '表单（本站不收集任何信息）',
  template: '模板',
  svg: 'SVG 图形，其中可以有脚本',
  math: 'MathML',
  portal: '嵌入其他页面',
};

/** Attributes holding one address, by how the address is used (names lower-case, without ':' or '-'). */
const ADDRESS_ATTRIBUTES: Record<string, LinkUse> = {
  href: 'link',
  xlinkhref: 'link',
  action: 'link',
  formaction: 'link',
  cite: 'link',
  ping: 'link',
  src: 'resource',
  poster: 'resource',
  data: 'resource',
  background: 'resource',
  lowsrc: 'resource',
  dynsrc: 'resource',
};

/** An attribute as a parser gives it: its value as decoded, null when it has none, or an expression (MDX {…}). */
export type AttributeValue = string | null | { expression: string };

const normalName = (name: string) => name.toLowerCase().replace(/[:-]/g, '');

/** How an attribute's address is used ('link', 'resource'), or undefined for an attribute that holds no address. */
export const addressUse = (attribute: string): LinkUse | undefined => ADDRESS_ATTRIBUTES[normalName(attribute)];

export interface MarkupProblem {
  attribute?: string; // the attribute at fault, as written; absent when the element itself is refused
  message: string; // in Chinese, for the editor
}

/** The problems of one element; [] when it is fine. */
export function elementProblems(tagName: string, attributes: Iterable<[string, AttributeValue]>): MarkupProblem[] {
  const tag = tagName.toLowerCase();
  const problems: MarkupProblem[] = [];
  if (tag in REFUSED_ELEMENTS) problems.push({ message: `<${tag}>（${REFUSED_ELEMENTS[tag]}）不能写在内容文件中` });
  for (const [name, value] of attributes) {
    const key = normalName(name);
    const use = addressUse(name);
    const refuse = (message: string) => problems.push({ attribute: name, message });
    if (key.startsWith('on')) refuse(`<${tag}> 的 ${name} 属性是内嵌脚本，不能写在内容文件中`);
    else if (key === 'style') refuse(`<${tag}> 的 style 属性是内嵌样式，不能写在内容文件中；请用 class`);
    else if (key === 'srcdoc') refuse(`<${tag}> 的 srcdoc 属性会嵌入一个页面，不能写在内容文件中`);
    else if (key === 'srcset' || key === 'imagesrcset') {
      for (const candidate of typeof value === 'string' ? value.split(',') : []) {
        const problem = linkProblem(candidate.trim().split(/\s+/)[0] ?? '', 'resource');
        if (problem) refuse(`<${tag}> 的 ${name}：${problem}`);
      }
    } else if (use && typeof value === 'string') {
      const problem = linkProblem(value, use);
      if (problem) refuse(`<${tag}> 的 ${name}：${problem}`);
    }
  }
  return problems;
}
