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

interface Block {
  at: number; // word position where it starts
  text: string;
}

/** The blocks of the words from `from` to `to`: a word ending in white space ends its block. Pagefind's added '.'
 * is removed. */
function blocks(words: readonly string[], from: number, to: number): Block[] {
  const out: Block[] = [];
  let block = '';
  let at = from;
  for (let i = from; i < to; i++) {
    block += words[i];
    if (/\s$/.test(words[i]) || i === to - 1) {
      const text = decode(block.trim().replace(/([^\x00-\x7f])\s*\.$/, '$1'));
      if (text) out.push({ at, text });
      block = '';
      at = i + 1;
    }
  }
  return out;
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

/** The id prefix of a section's 常见说法 line (EverydayWords.astro), which the opening leaves out. */
export const EVERYDAY_ID = 'everyday-';

/**
 * The heading and opening of the section `url` points to (…#id): the sentences that follow the heading (its 常见说法
 * line left out), up to the first block that is not a sentence (a table, a list of words, 依据：…) and about
 * OPENING_CHARS. Undefined when the link has no section, or the section does not open with a sentence.
 */
export function sectionOpening(data: PagefindData, url: string): SectionText | undefined {
  const hash = url.indexOf('#');
  if (hash < 0 || !data.raw_content || !data.anchors) return undefined;
  const id = decodeURIComponent(url.slice(hash + 1));
  const anchor = data.anchors.filter((a) => a.id === id)[0];
  if (!anchor) return undefined;
  const later = data.anchors.filter((a) => a.location > anchor.location);
  const isEveryday = (a: { id: string }) => a.id.indexOf(EVERYDAY_ID) === 0;
  const words = data.raw_content.split('\u200B');
  const end = Math.min(words.length, ...later.filter((a) => !isEveryday(a)).map((a) => a.location));
  const skip = later.filter(isEveryday).map((a) => a.location);
  const [heading, ...rest] = blocks(words, anchor.location, end)
    .filter((block) => skip.indexOf(block.at) < 0)
    .map((block) => block.text);
  let text = '';
  for (const block of rest) {
    if (!SENTENCE_END.test(block)) break;
    text += block;
    if (text.length >= ENOUGH_CHARS) break;
  }
  if (!heading || !text) return undefined;
  return { heading, text: sentences(text, OPENING_CHARS) };
}
