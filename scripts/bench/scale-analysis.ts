/**
 * How cost grows with content, from the scale points (pure): build time, index size and first-search bytes per
 * added page, whether that cost stays linear, and whether any page other than a list page got heavier.
 */
import { matchesPattern } from './budgets.ts';
import { formatBytes } from './sizes.ts';

export interface PointFigures {
  synthetic: number; // entries added per collection
  pages: number; // HTML pages built
  astroMs: number; // wall time
  pagefindMs: number;
  astroCpuMs: number; // CPU time (user + system)
  pagefindCpuMs: number;
  indexBytes: number; // everything under pagefind/
  indexDataBytes: number; // index chunks, fragments, metadata
  firstSearchBytes: number | null; // null when not measured
  pageTotals: Record<string, number>; // page URL → gzip bytes loaded before interaction
}

export interface Segment {
  from: number; // synthetic entries at the start
  to: number;
  astroMsPerPage: number; // wall
  pagefindMsPerPage: number;
  astroCpuMsPerPage: number; // CPU
  pagefindCpuMsPerPage: number;
  indexBytesPerPage: number;
  firstSearchBytesPerPage: number | null;
}

export interface PageGrowth {
  url: string;
  before: number;
  after: number;
  listPage: boolean; // expected to grow: it lists a whole collection
}

export interface ScaleAnalysis {
  segments: Segment[]; // marginal cost between consecutive points
  // Cost per page in the last segment ÷ the first (1 = linear), on CPU time, which other work disturbs least.
  linearity: { astro: number | null; pagefind: number | null; index: number | null };
  grown: PageGrowth[]; // pages present at both ends that got heavier, heaviest growth first
  violations: string[]; // non-list pages that grew beyond the allowed fraction
}

export function analyzeScale(points: readonly PointFigures[], listPages: readonly string[], allowedGrowth: number): ScaleAnalysis {
  const sorted = [...points].sort((a, b) => a.pages - b.pages);
  const segments: Segment[] = [];
  for (let i = 1; i < sorted.length; i++) {
    const [a, b] = [sorted[i - 1], sorted[i]];
    const added = b.pages - a.pages;
    if (added <= 0) continue;
    segments.push({
      from: a.synthetic,
      to: b.synthetic,
      astroMsPerPage: (b.astroMs - a.astroMs) / added,
      pagefindMsPerPage: (b.pagefindMs - a.pagefindMs) / added,
      astroCpuMsPerPage: (b.astroCpuMs - a.astroCpuMs) / added,
      pagefindCpuMsPerPage: (b.pagefindCpuMs - a.pagefindCpuMs) / added,
      indexBytesPerPage: (b.indexDataBytes - a.indexDataBytes) / added,
      firstSearchBytesPerPage:
        a.firstSearchBytes === null || b.firstSearchBytes === null ? null : (b.firstSearchBytes - a.firstSearchBytes) / added,
    });
  }
  const ratio = (pick: (s: Segment) => number) =>
    segments.length < 2 || pick(segments[0]) <= 0 ? null : pick(segments[segments.length - 1]) / pick(segments[0]);

  const grown: PageGrowth[] = [];
  const violations: string[] = [];
  const [first, last] = [sorted[0], sorted[sorted.length - 1]];
  if (first && last && first !== last) {
    for (const [url, before] of Object.entries(first.pageTotals)) {
      const after = last.pageTotals[url];
      if (after === undefined || after <= before) continue;
      const listPage = listPages.some((pattern) => matchesPattern(url, pattern));
      grown.push({ url, before, after, listPage });
      // A few bytes of slack for longer ids and numbers in the synthetic entries.
      if (!listPage && after > before * (1 + allowedGrowth) + 256) {
        violations.push(
          `${url}: ${formatBytes(before)} gzip with the real content, ${formatBytes(after)} with ${last.synthetic} more entries per collection; a page's weight must not grow with the number of pages (list pages excepted: budgets.ts LIST_PAGES)`,
        );
      }
    }
  }
  grown.sort((a, b) => b.after - b.before - (a.after - a.before));
  return {
    segments,
    linearity: {
      astro: ratio((s) => s.astroCpuMsPerPage),
      pagefind: ratio((s) => s.pagefindCpuMsPerPage),
      index: ratio((s) => s.indexBytesPerPage),
    },
    grown,
    violations,
  };
}
