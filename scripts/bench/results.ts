/**
 * The bench's results as JSON in bench-output/ (git-ignored): <mode>-latest.json and a dated copy, with the
 * changes since the previous run of the same mode, so one run can be compared with the last.
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Violation } from './budget-check.ts';
import type { BuildTimes, IndexSize } from './build.ts';
import type { FirstSearch } from './first-search.ts';
import type { LegacyCost } from './legacy-cost.ts';
import type { LighthouseResult } from './lighthouse.ts';
import type { PageWeight } from './page-weights.ts';
import type { ScaleAnalysis } from './scale-analysis.ts';
import type { Size } from './sizes.ts';

export type LighthouseEntry = LighthouseResult | { name: string; url: string; status: 'not built yet' };

export interface ScalePointResult {
  synthetic: number;
  added: Record<string, number>;
  build: BuildTimes;
  index: IndexSize;
  firstSearch: Omit<FirstSearch, 'files'>;
  pages: number;
  heaviestNonListPage: { url: string; total: Size } | null;
  listPages: Array<{ url: string; html: Size; total: Size }>;
  pageTotals: Record<string, number>;
}

export interface BenchResult {
  mode: 'full' | 'weights';
  date: string;
  commit: string;
  environment: { node: string; cpu: string; cpus: number; loadAverage: [number, number] }; // 1-minute load at start and end
  dist: string;
  base: string;
  gzip: 'zlib level 9';
  build: (BuildTimes & { index: IndexSize }) | null; // null with --no-build
  pages: Array<Omit<PageWeight, 'assets'> & { assets: Array<{ url: string; kind: string; via: string; gzip: number }> }>;
  violations: Violation[]; // page-weight budgets
  firstSearch: FirstSearch | null; // typed into the home page's search box (or through the API without one)
  searchPage: FirstSearch | null; // typed on the search page, when it is built
  firstQuestion?: FirstSearch | null; // a common question of content/search.yaml typed into the home page's box
  lighthouse: LighthouseEntry[] | null;
  legacyCost?: LegacyCost | null; // the shipped scripts and styles against a build for modern browsers only
  scale: { repeats: number; points: ScalePointResult[]; analysis: ScaleAnalysis } | null;
  errors: string[]; // every failed budget, in words
  passed: boolean;
  previous?: { date: string; commit: string; deltas: Delta[] };
}

export interface Delta {
  metric: string;
  previous: number;
  current: number;
  change: number;
}

/** The numbers worth comparing between runs, by name. */
export function keyFigures(result: BenchResult): Record<string, number> {
  const figures: Record<string, number> = {};
  for (const page of result.pages) {
    figures[`page ${page.url} total gzip`] = page.total.gzip;
    figures[`page ${page.url} JS gzip`] = page.js.gzip;
    figures[`page ${page.url} HTML gzip`] = page.html.gzip;
  }
  if (result.build) {
    figures['build astro ms'] = Math.round(result.build.astroMs);
    figures['build pagefind ms'] = Math.round(result.build.pagefindMs);
    figures['build astro CPU ms'] = Math.round(result.build.astroCpuMs);
    figures['build pagefind CPU ms'] = Math.round(result.build.pagefindCpuMs);
    figures['index bytes'] = result.build.index.bytes;
  }
  if (result.legacyCost) {
    figures['shipped JS gzip'] = result.legacyCost.legacy.js.gzip;
    figures['shipped CSS gzip'] = result.legacyCost.legacy.css.gzip;
    figures['modern-only JS gzip'] = result.legacyCost.modern.js.gzip;
    figures['modern-only CSS gzip'] = result.legacyCost.modern.css.gzip;
  }
  if (result.firstSearch?.status === 'measured') figures['first search bytes'] = result.firstSearch.bytes;
  if (result.searchPage?.status === 'measured') figures['search page first search bytes'] = result.searchPage.bytes;
  if (result.firstQuestion?.status === 'measured') figures['first question bytes'] = result.firstQuestion.bytes;
  for (const entry of result.lighthouse ?? []) {
    if (!('scores' in entry)) continue;
    for (const [category, score] of Object.entries(entry.scores)) figures[`lighthouse ${entry.name} ${category}`] = score;
    figures[`lighthouse ${entry.name} LCP ms`] = Math.round(entry.lcpMs);
    figures[`lighthouse ${entry.name} TBT ms`] = Math.round(entry.tbtMs);
    figures[`lighthouse ${entry.name} CLS`] = Number(entry.cls.toFixed(3));
  }
  for (const point of result.scale?.points ?? []) {
    figures[`scale +${point.synthetic} astro ms`] = Math.round(point.build.astroMs);
    figures[`scale +${point.synthetic} pagefind ms`] = Math.round(point.build.pagefindMs);
    figures[`scale +${point.synthetic} astro CPU ms`] = Math.round(point.build.astroCpuMs);
    figures[`scale +${point.synthetic} pagefind CPU ms`] = Math.round(point.build.pagefindCpuMs);
    figures[`scale +${point.synthetic} index bytes`] = point.index.bytes;
    if (point.firstSearch.status === 'measured') figures[`scale +${point.synthetic} first search bytes`] = point.firstSearch.bytes;
  }
  return figures;
}

/** Figures that changed since the previous run (same name, and a number, in both). */
export function compare(previous: BenchResult, current: BenchResult): Delta[] {
  const [before, after] = [keyFigures(previous), keyFigures(current)];
  return Object.entries(after).flatMap(([metric, value]) => {
    const old = before[metric];
    if (!Number.isFinite(old) || !Number.isFinite(value) || old === value) return [];
    return [{ metric, previous: old, current: value, change: value - old }];
  });
}

/** Adds the comparison with the previous run, then writes <mode>-latest.json and a dated copy. Returns the paths. */
export function saveResult(outputDir: string, result: BenchResult): string[] {
  mkdirSync(outputDir, { recursive: true });
  const latest = join(outputDir, `${result.mode}-latest.json`);
  if (existsSync(latest)) {
    try {
      const previous = JSON.parse(readFileSync(latest, 'utf8')) as BenchResult;
      result.previous = { date: previous.date, commit: previous.commit, deltas: compare(previous, result) };
    } catch {
      // an unreadable previous run is simply not compared
    }
  }
  const dated = join(outputDir, `${result.mode}-${result.date.replace(/[:.]/g, '-')}.json`);
  const text = `${JSON.stringify(result, null, 2)}\n`;
  writeFileSync(dated, text);
  writeFileSync(latest, text);
  return [latest, dated];
}
