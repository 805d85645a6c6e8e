/**
 * Which section of a page a question points to, when its words were searched one by one. Each section adds up the
 * words it matches, each word weighted and measured against its best section on that page. Where the site explains
 * a word (its place: the glossary's page and anchor, or content/search.yaml `places`), that page matches the word
 * fully and, on that page, the word points to that section first (its other sections count half); other pages that
 * mention it count half. The answer is one section, so a page scores by the
 * words of its best section: words spread over different sections of a long page do not add up. The excerpt is the
 * one of the word that counts most there.
 */
import { sectionWeight, type PagefindData, type PagefindSubResult } from './results';

/** One word's result data for a page. */
export interface WordData {
  weight: number; // how much the word counts (rank.ts WEIGHTS)
  strength: number; // how well the page matches the word: weight × its score relative to the word's best page
  place?: string; // where the site explains the word: page#section
  named: boolean; // a site word (a situation or term), not a word of the visitor's own or a family word
  data: PagefindData;
}

/** How much a word counts on a page that mentions it, when the site explains it elsewhere. */
export const ELSEWHERE = 0.5;
/** On the page that explains a word, how much the word counts in its other sections (the place counts fully). */
export const PLACE_PAGE = 0.5;

export interface PageSections {
  data: PagefindData; // the page's data with one list of sections for all the words (shapeResult picks the best)
  score: number; // Σ strength × the share of each word in the best section
  covered: number; // how many site words the best section answers (share ≥ COVERS)
}

/** A section answers a site word when it holds at least this share of the word (1 = the word's best section). */
export const COVERS = 0.3;

interface Section {
  sub: PagefindSubResult;
  total: number; // Σ weight × share
  weight: number; // the highest location weight any word matched there (a heading, the 常见说法 line)
  strongest: number; // the largest single word's contribution, whose excerpt is shown
  shares: number[]; // per word, 0…1
}

/** True when a section link (…/tiaojian/#situation-imprisoned-title) is at a place (tiaojian#situation-imprisoned). */
export function isAt(url: string, place: string): boolean {
  const [page, id] = place.split('#');
  const hash = url.indexOf('#');
  const path = hash < 0 ? url : url.slice(0, hash);
  if (page !== 'index' && !path.endsWith(`/${page}/`)) return false;
  if (id === undefined) return true;
  const fragment = hash < 0 ? '' : decodeURIComponent(url.slice(hash + 1));
  return fragment === id || fragment === `${id}-title` || fragment === `${id}-q`;
}

export function mergeSections(parts: readonly WordData[]): PageSections {
  if (parts.length === 0) throw new Error('mergeSections: no data');
  const sections = new Map<string, Section>();
  let page = parts[0];
  const strengths = parts.map((part) => part.strength);
  parts.forEach((part, index) => {
    const subs = part.data.sub_results ?? [];
    const best = Math.max(0, ...subs.map(sectionWeight));
    if (best <= 0) return;
    const place = part.place ? subs.find((sub) => isAt(sub.url, part.place!)) : undefined;
    if (place) strengths[index] = part.weight;
    else if (part.place) strengths[index] = part.strength * ELSEWHERE;
    if (strengths[index] > strengths[parts.indexOf(page)]) page = part;
    for (const sub of subs) {
      const share = place && sub !== place ? (PLACE_PAGE * sectionWeight(sub)) / best : place ? 1 : sectionWeight(sub) / best;
      const section = sections.get(sub.url) ?? { sub, total: 0, weight: 0, strongest: -1, shares: parts.map(() => 0) };
      section.total += part.weight * share;
      section.weight = Math.max(section.weight, ...sub.weighted_locations.map((l) => l.weight ?? 0));
      section.shares[index] = share;
      if (part.weight * share > section.strongest) {
        section.strongest = part.weight * share;
        section.sub = sub;
      }
      sections.set(sub.url, section);
    }
  });
  const sub_results: PagefindSubResult[] = [];
  let best: Section | undefined;
  sections.forEach((section) => {
    sub_results.push({ ...section.sub, weighted_locations: [{ balanced_score: section.total, weight: section.weight }] });
    if (!best || section.total > best.total) best = section;
  });
  const shares = best ? best.shares : parts.map(() => 1);
  const score = strengths.reduce((sum, strength, index) => sum + strength * shares[index], 0);
  const covered = parts.filter((part, index) => part.named && shares[index] >= COVERS).length;
  return { data: { ...page.data, sub_results }, score, covered };
}
