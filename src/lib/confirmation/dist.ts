/**
 * What awaits the district's confirmation on a built page, read from its HTML: every element with `data-pending`
 * (whatever the source syntax that produced it) and every marker in the page's JSON data that a script renders
 * as such an element in the browser (the questionnaire's wording). The publish check and the confirmation sheet
 * both read the site this way, so they see exactly what a visitor would.
 */
import { parse, type HTMLElement, type Node } from 'node-html-parser';

export interface PageMarker {
  url: string; // the page's address under the base, e.g. /tiaojian/
  title: string; // the page's title, without the site's name
  topics: string[]; // the questions it names (data-pending-topic); [] when it names none
  note: string; // what awaits confirmation (data-pending)
  wording: string; // the statement as the page shows it; '' for a list of questions (data-pending-legend)
}

/** Elements whose text is one statement: the context of an inline marker. */
const BLOCKS = new Set(['P', 'LI', 'TD', 'TH', 'DD', 'DT', 'CAPTION', 'FIGCAPTION', 'BLOCKQUOTE', 'H1', 'H2', 'H3', 'H4', 'H5', 'H6']);
const INLINE = new Set(['SPAN', 'STRONG', 'EM', 'B', 'I', 'SMALL', 'MARK', 'A']);
const MAX_WORDING = 300;

const squash = (text: string) => text.replace(/\s+/g, ' ').trim();

function shorten(text: string): string {
  return text.length <= MAX_WORDING ? text : `${text.slice(0, MAX_WORDING - 1)}……`;
}

/** The text of a node without the fixed tag that marks a note (（待确认：……）). */
function textWithoutTags(node: Node): string {
  if (node.nodeType === 3) return node.text;
  const element = node as HTMLElement;
  if (element.classList?.contains('pending-tag')) return '';
  return element.childNodes.map(textWithoutTags).join('');
}

function wordingOf(element: HTMLElement, note: string): string {
  if (element.hasAttribute('data-pending-legend')) return '';
  if (!INLINE.has(element.tagName)) return shorten(squash(note));
  let block: HTMLElement | null = element.parentNode;
  while (block && block.tagName && !BLOCKS.has(block.tagName)) block = block.parentNode;
  return shorten(squash(textWithoutTags(block?.tagName ? block : element)));
}

function pageTitle(root: HTMLElement, url: string, base: string): string {
  if (url === base) return '首页';
  const title = squash(root.querySelector('title')?.text ?? '');
  const cut = title.lastIndexOf(' - ');
  return (cut > 0 ? title.slice(0, cut) : title) || squash(root.querySelector('h1')?.text ?? '') || url;
}

function isMarker(value: unknown): value is { topics: string[]; note: string } {
  if (!value || typeof value !== 'object') return false;
  const { topics, note } = value as { topics?: unknown; note?: unknown };
  return Array.isArray(topics) && topics.every((t) => typeof t === 'string') && typeof note === 'string';
}

function markersInData(data: unknown, out: { topics: string[]; note: string }[]): void {
  if (isMarker(data)) {
    out.push(data);
    return;
  }
  if (Array.isArray(data)) data.forEach((item) => markersInData(item, out));
  else if (data && typeof data === 'object') Object.values(data).forEach((item) => markersInData(item, out));
}

/** Every marker of one built page. `base` is the base path the site was built under ('/' or '/zt/etbz/'). */
export function pendingOnPage(html: string, url: string, base = '/'): PageMarker[] {
  const root = parse(html, { comment: false, blockTextElements: { script: true, style: false, noscript: true, pre: true } });
  const title = pageTitle(root, url, base);
  const topicsOf = (value: string | undefined) => (value ?? '').split(/\s+/).filter(Boolean);
  const markers: PageMarker[] = root.querySelectorAll('[data-pending]').map((element) => {
    const note = element.getAttribute('data-pending') ?? '';
    return { url, title, topics: topicsOf(element.getAttribute('data-pending-topic')), note, wording: wordingOf(element, note) };
  });
  for (const script of root.querySelectorAll('script[type="application/json"]')) {
    let data: unknown;
    try {
      data = JSON.parse(script.text);
    } catch {
      continue; // not data this check can read; such a page would fail its own tests
    }
    const found: { topics: string[]; note: string }[] = [];
    markersInData(data, found);
    markers.push(...found.map(({ topics, note }) => ({ url, title, topics, note, wording: shorten(squash(note)) })));
  }
  return markers;
}
