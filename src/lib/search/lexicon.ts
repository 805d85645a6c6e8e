/**
 * The words the search box understands, compiled from content/search.yaml, the everyday words of
 * content/glossary.yaml and the amount in content/standards.yaml. The build bundles it with the question reader
 * (downloaded only for questions); the ranking test builds it from the same files. Written as compactly as the
 * words allow, one line per site word:
 *   <kind><site word>[@<page>#<section>] <typed word> +<typed word the site's own text uses too> …
 * kind: s a parent's situation (a glossary term with a `situation`), t another site word, p a parent, c a carer
 * (read by understand.ts, LINE_KINDS).
 */
import type { SearchContent } from '../schemas/search';

export interface Lexicon {
  lines: string; // the site words with their places and typed words, as above, one per line
  drop: string; // words left out before searching, separated by spaces
  money: MoneyAnswer; // the amount that answers money questions
}


export interface MoneyAnswer {
  term: string; // the amount's name, the site word money words stand for (基本生活补贴)
  amount: string; // formatted with its unit, e.g. 1374 元/人/月
  appliesTo: string; // who receives it
  pending?: string; // what about it awaits confirmation, with the site's fixed wording (待确认：…。以……为准)
}

/** The fields of a glossary entry the search uses. */
export interface GlossaryWords {
  term: string;
  everyday?: string[];
  page: string;
  anchor: string;
  situation?: string;
}

/** The fields of an amount in content/standards.yaml the search uses. */
export interface StandardAmount {
  id: string;
  kind: string;
  name: string;
  appliesTo?: string;
  amount?: number;
  unit?: string;
  pending?: { note: string };
}

/** What the lexicon is built from: the three content files, the page ids, and the site's own text. */
export interface LexiconSources {
  search: SearchContent;
  glossary: readonly GlossaryWords[];
  standards: readonly StandardAmount[];
  pages: readonly string[]; // file names in content/pages
  siteText: string; // all text of content/ except search.yaml, to find which everyday words the site uses itself
  pendingNote: { tag: string; suffix: string }; // how the site words a pending note (content/questionnaire.yaml)
  formatAmount: (amount: number, unit: string) => string;
}

/** Builds the lexicon; throws a message naming the file and entry when the files disagree. */
export function buildLexicon({ search, glossary, standards, pages, siteText, pendingNote, formatAmount }: LexiconSources): Lexicon {
  const standard = standards.find((entry) => entry.id === search.money.standard);
  if (!standard || standard.kind !== 'amount' || standard.amount === undefined || !standard.unit) {
    throw new Error(`content/search.yaml：money.standard “${search.money.standard}” 不是 content/standards.yaml 中的金额`);
  }
  const words: Record<string, string[]> = {};
  const add = (site: string, typed: readonly string[], where: string) => {
    for (const word of typed) {
      const owner = Object.keys(words).find((key) => words[key].includes(word));
      if (owner && owner !== site) throw new Error(`${where}：“${word}”已经是“${owner}”的说法，每个说法只能属于一个名词`);
    }
    words[site] = [...new Set([...(words[site] ?? []), ...typed])];
  };
  for (const entry of glossary) add(entry.term, entry.everyday ?? [], `content/glossary.yaml（${entry.term}）`);
  for (const [site, typed] of Object.entries(search.words)) add(site, typed, `content/search.yaml（words.${site}）`);
  add(standard.name, search.money.words, 'content/search.yaml（money.words）');

  const everyday = new Set(Object.values(words).flat());
  for (const [part, map] of Object.entries(search.kinship)) {
    for (const [site, typed] of Object.entries(map)) {
      const clash = [site, ...typed].find((word) => everyday.has(word) || word in words);
      if (clash) throw new Error(`content/search.yaml（kinship.${part}.${site}）：“${clash}”已经是一个名词或它的说法`);
    }
  }
  const dropped = search.drop.find((word) => everyday.has(word) || word in words);
  if (dropped) throw new Error(`content/search.yaml（drop）：“${dropped}”是一个名词或它的说法，不能去掉`);

  const places: Record<string, string> = {};
  for (const entry of glossary) places[entry.term] = `${entry.page}#${entry.anchor}`;
  for (const [site, place] of Object.entries(search.places)) {
    if (!(site in search.words) && !(site in search.kinship.carers)) {
      throw new Error(`content/search.yaml（places.${site}）：“${site}”不是 words 或 kinship.carers 中的说法`);
    }
    if (site in places) throw new Error(`content/search.yaml（places.${site}）：“${site}”是名词解释中的名词，它的位置写在 content/glossary.yaml`);
    if (!pages.includes(place.split('#')[0])) throw new Error(`content/search.yaml（places.${site}）：content/pages 中没有“${place.split('#')[0]}”`);
    places[site] = place;
  }

  const onSite = (word: string) => (siteText.includes(word) ? `+${word}` : word);
  const situations = new Set(glossary.filter((entry) => entry.situation).map((entry) => entry.term));
  const line = (kind: 's' | 't' | 'p' | 'c', site: string, typed: readonly string[]) =>
    [`${kind}${site}${places[site] ? `@${places[site]}` : ''}`, ...typed.map(onSite)].join(' ');
  const lines = [
    ...Object.entries(words).map(([site, typed]) => line(situations.has(site) ? 's' : 't', site, typed)),
    ...Object.entries(search.kinship.parents).map(([site, typed]) => line('p', site, typed)),
    ...Object.entries(search.kinship.carers).map(([site, typed]) => line('c', site, typed)),
  ];
  return {
    lines: lines.join('\n'),
    drop: search.drop.join(' '),
    money: {
      term: standard.name,
      amount: formatAmount(standard.amount, standard.unit),
      appliesTo: standard.appliesTo ?? '',
      ...(standard.pending ? { pending: `${pendingNote.tag}${standard.pending.note}。${pendingNote.suffix.replace(/。$/, '')}` } : {}),
    },
  };
}
