/**
 * The glossary (content/glossary.yaml) as plain data: lookups for the 名词解释 page, the everyday words shown
 * in a defining section, and questionnaire hints (the entry for a situation kind). No astro:content here:
 * routes load the collection and pass `entries` in.
 */
import { pagePath } from './paths';
import type { PendingMarker } from './pending';
import type { SituationKind } from './eligibility/types';

export interface GlossaryEntry {
  id: string; // entry id in glossary.yaml; the anchor on /mingci/ is termAnchor(id)
  term: string; // e.g. 服刑在押
  definition?: string; // plain explanation for families; a situation's comes from content/situations
  everyday: string[]; // words families type for it, e.g. 坐牢
  page: string; // content page id that explains it, e.g. tiaojian
  anchor: string; // section id on that page, e.g. situation-imprisoned
  situation?: SituationKind; // the situation kind it names, if any
  pending?: PendingMarker; // what still awaits confirmation
}

/** The id of a term's entry on the 名词解释 page. */
export function termAnchor(id: string): string {
  return `term-${id}`;
}

/** Site path of the section that explains a term, e.g. /tiaojian/#situation-imprisoned (pass it to href()). */
export function definingPath(entry: Pick<GlossaryEntry, 'page' | 'anchor'>): string {
  return `${pagePath(entry.page)}#${entry.anchor}`;
}

/** The glossary entry that names a situation kind (for a questionnaire hint), if there is one. */
export function entryForSituation<E extends Pick<GlossaryEntry, 'situation'>>(
  entries: readonly E[],
  kind: SituationKind,
): E | undefined {
  return entries.find((entry) => entry.situation === kind);
}

/** Everyday words of the terms defined in one section of one page, without repeats, in glossary order. */
export function everydayWordsAt(
  entries: readonly Pick<GlossaryEntry, 'page' | 'anchor' | 'everyday'>[],
  page: string,
  anchor: string,
): string[] {
  const words = entries.filter((entry) => entry.page === page && entry.anchor === anchor).flatMap((entry) => entry.everyday);
  return [...new Set(words)];
}

/** Terms sorted as a Chinese glossary is read: by pinyin. */
export function sortTerms<E extends Pick<GlossaryEntry, 'term'>>(entries: readonly E[]): E[] {
  const collator = new Intl.Collator('zh-CN');
  return [...entries].sort((a, b) => collator.compare(a.term, b.term));
}

/** Everyday words used by more than one term, or equal to a term: each must point to one place only. */
export function ambiguousWords(entries: readonly Pick<GlossaryEntry, 'term' | 'everyday'>[]): string[] {
  const terms = new Set(entries.map((entry) => entry.term));
  const seen = new Set<string>();
  const clashes = new Set<string>();
  for (const word of entries.flatMap((entry) => entry.everyday)) {
    if (seen.has(word) || terms.has(word)) clashes.add(word);
    seen.add(word);
  }
  return [...clashes];
}

/** Search keywords for a page: the terms it explains and their everyday words (indexed as Pagefind metadata). */
export function pageKeywords(entries: readonly Pick<GlossaryEntry, 'page' | 'term' | 'everyday'>[], page: string): string[] {
  const words = entries.filter((entry) => entry.page === page).flatMap((entry) => [entry.term, ...entry.everyday]);
  return [...new Set(words)];
}
