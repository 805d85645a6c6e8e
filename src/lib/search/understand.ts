/**
 * Reads a question typed the way families say it (爸爸坐牢了孩子能领补助吗) and finds the words to search for in
 * the site's own words (父亲, 服刑在押, 基本生活补贴). All words come from the lexicon (content/search.yaml and the
 * glossary's everyday words):
 *   1. kinship words are replaced first (孩子他爸 → 父亲), so everyday words written with the site's kinship words
 *      match however the family calls them (爸妈都去世了 → 父母都去世 → 孤儿);
 *   2. the longest known word at each place wins: an everyday word or a site word (a term), a kinship word, or a
 *      word to leave out (吗, 怎么办, 孩子);
 *   3. what is left is checked for a typo of one character in a known word of three or more characters
 *      (联系不尚 → 联系不上; in three characters, the middle one: 残积证), then split into words (Intl.Segmenter
 *      where the browser has it).
 * A query in the site's own words comes back unchanged (`changed: false`), so it is searched exactly as typed.
 */
import type { Lexicon } from './lexicon';

export type TokenKind = 'situation' | 'term' | 'carer' | 'parent' | 'word';

export interface Token {
  site: string; // what is searched for: a site word, or the visitor's own word
  typed: string; // what the visitor typed for it
  kind: TokenKind; // situation: a parent's situation (服刑在押); term: another site word; carer, parent: a family
  // member (祖父母, 父亲); word: any other word
  also?: string; // the everyday word as the site writes it too (坐牢, 爷爷奶奶, 父母都去世), searched as well
}

export interface Understanding {
  query: string; // as typed, trimmed
  tokens: Token[]; // the words to search for, in the order typed, without repeats
  changed: boolean; // a word was replaced, left out or corrected: the query was not in the site's words
  money: boolean; // asks about money (names the amount in the lexicon)
}

interface Entry {
  kind: TokenKind | 'drop';
  site: string;
  indexed: boolean;
}

export interface Reader {
  kin: Map<string, string>; // family word → site word
  indexed: Set<string>; // everyday and family words the site writes too
  kinLongest: number;
  dict: Map<string, Entry>; // every known word, kinship already replaced
  longest: number;
  typos: string[]; // words long enough to correct a typo in, longest first
  places: Map<string, string>; // site word → where the site answers it: page#section
}

/** The kinds of site word, as the first character of a lexicon line (lexicon.ts). */
const LINE_KINDS = { s: 'situation', t: 'term', p: 'parent', c: 'carer' } as const;

/** Shortest known word in which a one-character typo is corrected (two-character words differ by too little). */
export const TYPO_MIN_LENGTH = 3;
/** Most words searched for in one query. */
const MAX_TOKENS = 8;
const SEPARATORS = /[\s\p{P}\p{S}]+/u;

const readers = new WeakMap<Lexicon, Reader>();

/** Full-width letters and digits to half-width, lower case; 哪儿、这儿、那儿 as 哪、这、那; 哪个人、哪位、什么人 as 谁;
 * 什么地方 as 哪里. */
function fold(text: string): string {
  return text
    .normalize('NFKC')
    .toLowerCase()
    .replace(/([哪这那])儿/g, '$1')
    .replace(/哪个人|哪一位|哪位|什么人/g, '谁')
    .replace(/什么地方|啥地方/g, '哪里');
}

function longestAt(text: string, at: number, longest: number, has: (word: string) => boolean): string | undefined {
  for (let length = Math.min(longest, text.length - at); length > 0; length--) {
    const word = text.slice(at, at + length);
    if (has(word)) return word;
  }
  return undefined;
}

interface Rewritten {
  text: string; // kinship words replaced by site words
  typed: string[]; // for each character of `text`, what was typed for it ('' inside a replaced word after its first character)
}

function rewriteKinship(reader: Reader, segment: string): Rewritten {
  let text = '';
  const typed: string[] = [];
  for (let at = 0; at < segment.length; ) {
    const word = longestAt(segment, at, reader.kinLongest, (w) => reader.kin.has(w));
    if (word) {
      const site = reader.kin.get(word)!;
      text += site;
      typed.push(word, ...Array<string>(site.length - 1).fill(''));
      at += word.length;
    } else {
      text += segment[at];
      typed.push(segment[at]);
      at += 1;
    }
  }
  return { text, typed };
}

/** The lexicon read into lookups, once per lexicon. */
export function readerFor(lexicon: Lexicon): Reader {
  const cached = readers.get(lexicon);
  if (cached) return cached;
  const reader: Reader = { kin: new Map(), indexed: new Set(), kinLongest: 0, dict: new Map(), longest: 0, typos: [], places: new Map() };
  const lines = lexicon.lines.split('\n').map((line) => {
    const [head, ...typed] = line.split(' ');
    const [site, place] = head.slice(1).split('@');
    if (place) reader.places.set(site, place);
    const words = typed.map((word) => {
      if (word[0] !== '+') return word;
      reader.indexed.add(fold(word.slice(1)));
      return word.slice(1);
    });
    return { kind: LINE_KINDS[head[0] as keyof typeof LINE_KINDS], site, words };
  });
  // Family words are replaced by their site word first (rewriteKinship); a site word stays itself (祖父母 is not
  // read as 祖父 + 母).
  for (const { kind, site, words } of lines) {
    if (kind === 'parent' || kind === 'carer') for (const word of [site, ...words]) reader.kin.set(fold(word), site);
  }
  reader.kinLongest = Math.max(0, ...[...reader.kin.keys()].map((w) => w.length));
  const add = (word: string, entry: Entry) => {
    const key = rewriteKinship(reader, fold(word).split(SEPARATORS).join('')).text;
    if (key && !reader.dict.has(key)) reader.dict.set(key, entry);
  };
  // Site words before everyday words: a site word is never read as someone else's everyday word.
  for (const { kind, site } of lines) add(site, { kind, site, indexed: true });
  for (const { kind, site, words } of lines) for (const word of words) add(word, { kind, site, indexed: reader.indexed.has(fold(word)) });
  for (const word of lexicon.drop.split(' ')) add(word, { kind: 'drop', site: '', indexed: false });
  reader.longest = Math.max(0, ...[...reader.dict.keys()].map((w) => w.length));
  reader.typos = [...reader.dict.keys()]
    .filter((word) => word.length >= TYPO_MIN_LENGTH && reader.dict.get(word)!.kind !== 'drop')
    .sort((a, b) => b.length - a.length);
  readers.set(lexicon, reader);
  return reader;
}

/** A stretch of unknown text; `drop` marks the characters of words to leave out (a known word may include them). */
interface Rest {
  chars: string[];
  drop: boolean[];
  typed: string[];
}

/** The first known word (longest first) that differs from the text in exactly one character, if any. */
function findTypo(reader: Reader, rest: Rest): { at: number; word: string } | undefined {
  const text = rest.chars.join('');
  for (const word of reader.typos) {
    for (let at = 0; at + word.length <= text.length; at++) {
      let differences = 0;
      let kept = 0; // characters that match and are not part of a word to leave out
      for (let i = 0; i < word.length && differences < 2; i++) {
        // A word to leave out may be part of the known word, never the mistyped character (申请吗 is not 申请表);
        // in a word of three characters only the middle one may differ (残积证, not 一直没 for 一直领); and two of
        // the matching characters must be the visitor's own (帮孩子 is not 打孩子).
        const edge = word.length === TYPO_MIN_LENGTH && i !== 1;
        if (text[at + i] !== word[i]) differences += rest.drop[at + i] || edge ? 2 : 1;
        else if (!rest.drop[at + i]) kept++;
      }
      if (differences === 1 && kept >= 2) return { at, word };
    }
  }
  return undefined;
}

interface WordSegment {
  segment: string;
  isWordLike?: boolean;
}
type WordSegmenter = { segment(text: string): Iterable<WordSegment> };
type SegmenterConstructor = new (locale: string, options: { granularity: 'word' }) => WordSegmenter;

let segmenter: WordSegmenter | null | undefined;

/** Intl.Segmenter for Chinese words where the browser has it (Chrome 87+, Safari 14.1+), else null. */
function wordSegmenter(): WordSegmenter | null {
  if (segmenter === undefined) {
    const Segmenter = (Intl as { Segmenter?: SegmenterConstructor }).Segmenter;
    segmenter = Segmenter ? new Segmenter('zh-CN', { granularity: 'word' }) : null;
  }
  return segmenter;
}

/** Words worth searching for in a stretch of unknown text: no single Chinese characters, no words to leave out. */
function restWords(reader: Reader, text: string): string[] {
  const split = wordSegmenter();
  const words: string[] = [];
  if (split) {
    for (const part of split.segment(text)) if (part.isWordLike !== false) words.push(part.segment);
  } else words.push(text);
  return words.filter((word) => {
    const entry = reader.dict.get(word);
    if (entry && entry.kind === 'drop') return false;
    return word.length >= 2 || /^[0-9a-z]+$/.test(word);
  });
}

/** The token for a known word (as the lexicon writes it, kinship replaced) and what was typed for it. */
function tokenOf(reader: Reader, entry: Entry, word: string, typed: string): Token {
  const kind = entry.kind === 'drop' ? 'word' : entry.kind;
  // A family word is replaced before lookup, so the word the site may also write is the one typed (爷爷奶奶).
  const also = word !== entry.site && entry.indexed ? word : typed !== entry.site && reader.indexed.has(typed) ? typed : undefined;
  return also ? { site: entry.site, typed, kind, also } : { site: entry.site, typed, kind };
}

export function understand(query: string, lexicon: Lexicon): Understanding {
  const reader = readerFor(lexicon);
  const trimmed = query.trim();
  const tokens: Token[] = [];
  let changed = false;

  const push = (token: Token) => {
    if (token.typed !== token.site) changed = true;
    if (!tokens.some((t) => t.site === token.site)) tokens.push(token);
  };

  /** Known words split by words to leave out (谁可以去申请 → 谁去申请), or one typo there; false when there is none. */
  const readAcrossDropped = (rest: Rest): boolean => {
    const chars: string[] = [];
    const typed: string[] = [];
    rest.chars.forEach((char, i) => {
      if (!rest.drop[i]) {
        chars.push(char);
        typed.push(rest.typed[i]);
      }
    });
    const text = chars.join('');
    const found: Array<{ at: number; word: string }> = [];
    for (let at = 0; at < text.length; ) {
      const word = longestAt(text, at, reader.longest, (w) => reader.dict.has(w) && reader.dict.get(w)!.kind !== 'drop');
      if (word) found.push({ at, word });
      at += word ? word.length : 1;
    }
    if (found.length === 0) {
      const typo = findTypo(reader, { chars, drop: chars.map(() => false), typed });
      if (!typo) return false;
      found.push(typo);
    }
    changed = true;
    let from = 0;
    const plain = (start: number, end: number): Rest => ({
      chars: chars.slice(start, end),
      drop: chars.slice(start, end).map(() => false),
      typed: typed.slice(start, end),
    });
    for (const { at, word } of found) {
      flush(plain(from, at));
      const entry = reader.dict.get(word)!;
      push(tokenOf(reader, entry, word, typed.slice(at, at + word.length).join('')));
      from = at + word.length;
    }
    flush(plain(from, chars.length));
    return true;
  };

  const flush = (rest: Rest) => {
    if (rest.chars.length === 0) return;
    if (rest.drop.some(Boolean) && readAcrossDropped(rest)) return;
    const typo = findTypo(reader, rest);
    if (typo) {
      const entry = reader.dict.get(typo.word)!;
      const end = typo.at + typo.word.length;
      flush({ chars: rest.chars.slice(0, typo.at), drop: rest.drop.slice(0, typo.at), typed: rest.typed.slice(0, typo.at) });
      changed = true;
      push(tokenOf(reader, entry, typo.word, rest.typed.slice(typo.at, end).join('')));
      flush({ chars: rest.chars.slice(end), drop: rest.drop.slice(end), typed: rest.typed.slice(end) });
      return;
    }
    // Without a typo, the characters of words to leave out go; what is between them is searched as typed.
    let text = '';
    const parts: string[] = [];
    rest.chars.forEach((char, i) => {
      if (rest.drop[i]) {
        changed = true;
        if (text) parts.push(text);
        text = '';
      } else text += char;
    });
    if (text) parts.push(text);
    for (const part of parts) for (const word of restWords(reader, part)) push({ site: word, typed: word, kind: 'word' });
  };

  // A site word written with its punctuation (被遣送（驱逐）出境) is the site word, as typed.
  const whole = fold(trimmed).split(SEPARATORS).join('');
  const entry = reader.dict.get(whole);
  if (entry && entry.site && fold(entry.site).split(SEPARATORS).join('') === whole) {
    return { query: trimmed, tokens: [{ site: entry.site, typed: trimmed, kind: entry.kind as TokenKind }], changed: false, money: entry.site === lexicon.money.term };
  }

  for (const segment of fold(trimmed).split(SEPARATORS)) {
    if (!segment) continue;
    const { text, typed } = rewriteKinship(reader, segment);
    let rest: Rest = { chars: [], drop: [], typed: [] };
    for (let at = 0; at < text.length; ) {
      const word = longestAt(text, at, reader.longest, (w) => reader.dict.has(w));
      const entry = word ? reader.dict.get(word)! : undefined;
      if (!word || !entry) {
        rest.chars.push(text[at]);
        rest.drop.push(false);
        rest.typed.push(typed[at]);
        at += 1;
        continue;
      }
      const typedWord = typed.slice(at, at + word.length).join('');
      if (entry.kind === 'drop') {
        for (let i = 0; i < word.length; i++) {
          rest.chars.push(text[at + i]);
          rest.drop.push(true);
          rest.typed.push(typed[at + i]);
        }
      } else {
        flush(rest);
        rest = { chars: [], drop: [], typed: [] };
        push(tokenOf(reader, entry, word, typedWord));
      }
      at += word.length;
    }
    flush(rest);
  }

  return {
    query: trimmed,
    tokens: tokens.slice(0, MAX_TOKENS),
    changed,
    money: tokens.some((token) => token.site === lexicon.money.term),
  };
}
