/**
 * The answer shown above the results: the heading and opening sentences of the section a result links to, read
 * from the page's Pagefind data (already downloaded for the result, so the answer costs no request). Pagefind keeps
 * a page's text as words separated by U+200B, with a space after the last word of each block (heading, paragraph,
 * list item); headings and other blocks without a full stop get a '.' from Pagefind.
 */
import type { PagefindData } from './results';

export interface SectionText {
  heading: string; // the section's heading, e.g. 谁可以提出申请？
  text: string; // its opening sentences
}

/** Longest opening shown, in characters; the text stops at the end of a sentence. */
export const OPENING_CHARS = 140;
/** Enough to answer: the opening stops at the first sentence end after this many characters. */
const ENOUGH_CHARS = 40;
// A block that says something: it ends a sentence (a pending note's closing bracket may follow the full stop).
const SENTENCE_END = /[。！？][）)”」]*$|[。！？].*[）)]$/;

function decode(text: string): string {
  return text.replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&amp;/g, '&');
}

/** The blocks of a run of words: a word ending in white space ends its block. Pagefind's added '.' is removed. */
function blocks(words: readonly string[]): string[] {
  const out: string[] = [];
  let block = '';
  for (const word of words) {
    block += word;
    if (/\s$/.test(word)) {
      out.push(block.trim());
      block = '';
    }
  }
  if (block.trim()) out.push(block.trim());
  return out.map((text) => decode(text.replace(/([^\x00-\x7f])\s*\.$/, '$1'))).filter(Boolean);
}

/** The sentences of a text; a full stop inside brackets or quotes (a pending note's) does not end one. */
function splitSentences(text: string): string[] {
  const out: string[] = [];
  let depth = 0;
  let sentence = '';
  for (const char of text) {
    sentence += char;
    if ('（(“「'.includes(char)) depth++;
    else if ('）)”」'.includes(char)) depth = Math.max(0, depth - 1);
    else if (depth === 0 && '。！？'.includes(char)) {
      out.push(sentence);
      sentence = '';
    }
  }
  if (sentence) out.push(sentence);
  return out;
}

/** Whole sentences from the start of `text`: enough to answer, at most `limit` characters (always one sentence). */
function sentences(text: string, limit: number): string {
  let out = '';
  for (const sentence of splitSentences(text)) {
    if (out && (out + sentence).length > limit) break;
    out += sentence;
    if (out.length >= ENOUGH_CHARS) break;
  }
  return out;
}

/**
 * The heading and opening of the section `url` points to (…#id): the first blocks that are sentences, skipping
 * lines such as 常见说法：… or 依据：…, up to about OPENING_CHARS. Undefined when the link has no section or the data
 * has no text for it.
 */
export function sectionOpening(data: PagefindData, url: string): SectionText | undefined {
  const hash = url.indexOf('#');
  if (hash < 0 || !data.raw_content || !data.anchors) return undefined;
  const id = decodeURIComponent(url.slice(hash + 1));
  const anchor = data.anchors.find((a) => a.id === id);
  if (!anchor) return undefined;
  const after = data.anchors.filter((a) => a.location > anchor.location).map((a) => a.location);
  const words = data.raw_content.split('\u200B');
  const [heading, ...rest] = blocks(words.slice(anchor.location, after.length > 0 ? Math.min(...after) : words.length));
  let text = '';
  for (const block of rest) {
    if (!SENTENCE_END.test(block)) continue;
    text += block;
    if (text.length >= ENOUGH_CHARS) break;
  }
  if (!heading || !text) return undefined;
  return { heading, text: sentences(text, OPENING_CHARS) };
}
