/**
 * Which link addresses the site accepts from content: web links (https:, http:) and links inside the site (a path,
 * #anchor or ?query, which the browser resolves against the page). javascript:, data:, vbscript:, file: and every
 * other scheme are refused, however they are disguised (upper case, tabs or spaces inside, character references:
 * the callers pass the value as the HTML or Markdown parser decoded it, and the scheme is read here with the URL
 * parser browsers use, which drops tabs and line breaks and trims spaces and control characters).
 */

/** Schemes a link in content may use; tel: only where a page links a telephone number (请立即拨打 110). */
const WEB = new Set(['https:', 'http:']);
const PAGE_EXTRA = new Set(['tel:']);

/** A base no real page has: what a relative address resolves against to read its scheme. */
const PROBE_BASE = 'https://site.invalid/page/';
const PROBE_ORIGIN = new URL(PROBE_BASE).origin;

export type LinkUse =
  | 'link' // a link in a page (Markdown link, <a href>): web, site or tel:
  | 'resource' // something the page loads itself (an image, <source src>): only from the site
  | 'setting'; // an address in a settings file (content/site.yaml): web, or a path from the site's root

/** The scheme the browser would read in an address, e.g. 'javascript:', '' for an address inside the site. */
export function schemeOf(value: string): string | undefined {
  let url: URL;
  try {
    url = new URL(value, PROBE_BASE);
  } catch {
    return undefined; // not an address at all
  }
  if (url.origin !== PROBE_ORIGIN) return url.protocol; // a scheme of its own, or //host (the page's scheme)
  const cleaned = value.replace(/[\t\n\r]/g, '').replace(/^[\u0000-\u0020]+/, '');
  return /^[a-z][a-z0-9+.-]*:/i.test(cleaned) ? url.protocol : '';
}

/** The value as the editor can read it in a message: control characters written as \\uXXXX. */
const shown = (value: string) =>
  value.replace(/[\u0000-\u001f\u007f]/g, (char) => `\\u${char.charCodeAt(0).toString(16).padStart(4, '0')}`);

/** Why an address may not be used as given, in Chinese for the editor, or undefined when it is fine. */
export function linkProblem(value: string, use: LinkUse): string | undefined {
  const problem = reason(value, use);
  return problem?.replaceAll('{value}', `“${shown(value)}”`);
}

function reason(value: string, use: LinkUse): string | undefined {
  const scheme = schemeOf(value);
  if (scheme === undefined) return '{value} 不是有效的链接地址';
  if (use === 'setting') {
    if (value === '') return undefined;
    const clean = value === value.trim() && !/[\u0000-\u001f\u007f]/.test(value);
    if (clean && scheme === '' && /^\/(?![/\\])/.test(value)) return undefined;
    if (clean && WEB.has(scheme) && /^https?:\/\/[^/\\]/i.test(value)) return undefined;
    const spaces = !clean && (scheme === '' || WEB.has(scheme)) ? '含有空格或控制字符，' : '';
    return `{value} ${spaces}不是网址：请写 https:// 或 http:// 开头的完整网址，或以 / 开头的路径`;
  }
  if (use === 'resource') {
    return scheme === '' ? undefined : `{value} 不是本站的文件：图片等只能用本站的文件（以 / 开头的路径）`;
  }
  if (scheme === '' || WEB.has(scheme) || (PAGE_EXTRA.has(scheme) && /^tel:\+?[\d-]+$/i.test(value.trim()))) return undefined;
  return `链接 {value} 使用了 ${scheme} 协议：只允许 https:、http: 开头的网址和本站的页面路径（电话号码可写 tel:110）`;
}
