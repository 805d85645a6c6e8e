/**
 * `npm run bench`: builds the site, measures page weights, build times, a first search, Lighthouse and a scale run,
 * prints a table, writes JSON to bench-output/, and exits non-zero when a budget is broken.
 * `npm run bench:weights` (--weights-only): build + page-weight budgets only. See HELP in cli-args.ts.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { cpus, loadavg } from 'node:os';
import { join, resolve } from 'node:path';
import { parse as parseYaml } from 'yaml';
import { checkBudgets } from './budget-check.ts';
import { BUDGETS, LIGHTHOUSE_TARGETS, LIST_PAGES, SEARCH_PAGE, SEARCH_QUERY, matchesPattern } from './budgets.ts';
import { buildAndIndex, indexSize } from './build.ts';
import { HELP, parseOptions } from './cli-args.ts';
import { measureLegacyCost } from './legacy-cost.ts';
import { measureFirstSearch } from './first-search.ts';
import { runLighthouse, type LighthouseResult } from './lighthouse.ts';
import type { Site } from './page-assets.ts';
import { siteWeights, type PageWeight } from './page-weights.ts';
import { renderReport } from './report.ts';
import { saveResult, type BenchResult, type LighthouseEntry, type ScalePointResult } from './results.ts';
import { analyzeScale } from './scale-analysis.ts';
import { runScalePoint, type ScalePoint } from './scale.ts';

const repoRoot = resolve(import.meta.dirname, '..', '..');

/** The base path the site is built with (astro.config.mjs reads the same BASE_PATH), as '/…/'. */
function basePath(): string {
  const trimmed = (process.env.BASE_PATH ?? '/').replace(/^\/+|\/+$/g, '');
  return trimmed ? `/${trimmed}/` : '/';
}

function commit(): string {
  try {
    const head = execFileSync('git', ['rev-parse', '--short', 'HEAD'], { cwd: repoRoot, encoding: 'utf8' }).trim();
    const dirty = execFileSync('git', ['status', '--porcelain'], { cwd: repoRoot, encoding: 'utf8' }).trim() !== '';
    return dirty ? `${head} + uncommitted changes` : head;
  } catch {
    return 'unknown';
  }
}

const isListPage = (url: string) => LIST_PAGES.some((pattern) => matchesPattern(url, pattern));

/** The built page each Lighthouse target names, or "not built yet". */
function lighthouseTargets(pages: PageWeight[]): Array<{ name: string; url: string; built: boolean }> {
  return LIGHTHOUSE_TARGETS.map((target) => {
    const page = pages.find(
      (p) => matchesPattern(p.url, target.url) && !(target.exclude ?? []).some((pattern) => matchesPattern(p.url, pattern)),
    );
    return { name: target.name, url: page?.url ?? target.url, built: page !== undefined };
  });
}

function scalePointResult(point: ScalePoint): ScalePointResult {
  const listed = point.pages.filter((p) => isListPage(p.url));
  const others = point.pages.filter((p) => !isListPage(p.url)).sort((a, b) => b.total.gzip - a.total.gzip);
  const { files: _files, ...firstSearch } = point.firstSearch;
  return {
    synthetic: point.synthetic,
    added: point.added as Record<string, number>,
    build: point.build,
    index: point.index,
    firstSearch,
    pages: point.pages.length,
    heaviestNonListPage: others[0] ? { url: others[0].url, total: others[0].total } : null,
    listPages: listed.map((p) => ({ url: p.url, html: p.html, total: p.total })),
    pageTotals: Object.fromEntries(point.pages.map((p) => [p.url, p.total.gzip])),
  };
}

function lighthouseErrors(entries: LighthouseEntry[]): string[] {
  return entries.flatMap((entry) => {
    if (!('scores' in entry)) return [];
    const low = Object.entries(entry.scores).filter(([, score]) => score < BUDGETS.lighthouseScore);
    if (low.length === 0) return [];
    const scores = low.map(([category, score]) => `${category} ${score}`).join(', ');
    return [`Lighthouse ${entry.name} (${entry.url}): ${scores} < ${BUDGETS.lighthouseScore}; failed audits: ${entry.failedAudits.join('; ') || 'none listed'}`];
  });
}

async function main(): Promise<number> {
  const options = parseOptions(process.argv.slice(2));
  if (options === 'help') {
    console.log(HELP);
    return 0;
  }
  const dist = resolve(repoRoot, options.dist);
  const site: Site = { root: dist, base: basePath() };
  const log = (text: string) => console.error(`[bench] ${text}`);
  const startLoad = loadavg()[0];

  let build: BenchResult['build'] = null;
  if (options.build) {
    log(`building into ${dist} (tools/site/build-cli.ts)`);
    const times = await buildAndIndex(repoRoot, dist);
    build = { ...times, index: indexSize(dist) };
  } else if (!existsSync(join(dist, 'index.html'))) {
    throw new Error(`--no-build: no built site at ${dist} (index.html is missing); build it first or drop --no-build`);
  }

  log('measuring page weights');
  const pages = siteWeights(site);
  const violations = checkBudgets(pages, BUDGETS);

  let firstSearch: BenchResult['firstSearch'] = null;
  let searchPage: BenchResult['searchPage'] = null;
  let firstQuestion: BenchResult['firstQuestion'] = null;
  if (options.search) {
    log(`measuring a first search for “${SEARCH_QUERY}” in Chromium (home page, and the search page if built)`);
    firstSearch = await measureFirstSearch(site, SEARCH_QUERY);
    if (pages.some((p) => p.url === SEARCH_PAGE)) searchPage = await measureFirstSearch(site, SEARCH_QUERY, SEARCH_PAGE.slice(1));
    const question = firstCommonQuestion(repoRoot);
    if (question) {
      log(`measuring a first question, “${question}”, typed into the home page's box`);
      firstQuestion = await measureFirstSearch(site, question);
    }
  }

  let legacyCost: BenchResult['legacyCost'] = null;
  if (options.legacy) {
    log('building for modern browsers only (LEGACY_TARGETS=0), to show what Chrome 69 / Safari 12 cost');
    legacyCost = await measureLegacyCost(repoRoot, site);
  }

  let lighthouse: LighthouseEntry[] | null = null;
  if (options.lighthouse) {
    const targets = lighthouseTargets(pages);
    log(`Lighthouse on ${targets.filter((t) => t.built).map((t) => t.url).join(', ')}`);
    const runs = await runLighthouse(site, targets.filter((t) => t.built), resolve(repoRoot, options.outputDir), options.lighthouseRuns);
    lighthouse = targets.map((t): LighthouseEntry => runs.find((r: LighthouseResult) => r.name === t.name) ?? { name: t.name, url: t.url, status: 'not built yet' });
  }

  let scale: BenchResult['scale'] = null;
  if (options.scalePoints.length > 0) {
    const points: ScalePointResult[] = [];
    for (const synthetic of options.scalePoints) {
      log(`scale: building a temporary copy with ${synthetic} synthetic entries per collection`);
      points.push(scalePointResult(await runScalePoint(synthetic, site.base, SEARCH_QUERY, options.scaleRepeats, options.keepScale)));
    }
    const figures = points.map((p) => ({
      synthetic: p.synthetic,
      pages: p.build.pages,
      astroMs: p.build.astroMs,
      pagefindMs: p.build.pagefindMs,
      astroCpuMs: p.build.astroCpuMs,
      pagefindCpuMs: p.build.pagefindCpuMs,
      indexBytes: p.index.bytes,
      indexDataBytes: p.index.dataBytes,
      firstSearchBytes: p.firstSearch.status === 'measured' ? p.firstSearch.bytes : null,
      pageTotals: p.pageTotals,
    }));
    scale = { repeats: options.scaleRepeats, points, analysis: analyzeScale(figures, LIST_PAGES, BUDGETS.scaleGrowth) };
  }

  const errors = [
    ...violations.filter((v) => v.severity === 'error').map((v) => v.message),
    ...(firstSearch?.status === 'measured' && firstSearch.bytes >= BUDGETS.firstSearchBytes
      ? [`a first search for “${SEARCH_QUERY}” on the home page downloads ${firstSearch.bytes} bytes (budget < ${BUDGETS.firstSearchBytes})`]
      : []),
    ...lighthouseErrors(lighthouse ?? []),
    ...(scale?.analysis.violations ?? []),
  ];
  const result: BenchResult = {
    mode: options.weightsOnly ? 'weights' : 'full',
    date: new Date().toISOString(),
    commit: commit(),
    environment: { node: process.version, cpu: cpus()[0]?.model ?? 'unknown', cpus: cpus().length, loadAverage: [startLoad, loadavg()[0]] },
    dist,
    base: site.base,
    gzip: 'zlib level 9',
    build,
    pages: pages.map(({ assets, ...page }) => ({ ...page, assets: assets.map((a) => ({ url: a.url, kind: a.kind, via: a.via, gzip: a.size.gzip })) })),
    violations,
    firstSearch,
    searchPage,
    firstQuestion,
    lighthouse,
    legacyCost,
    scale,
    errors,
    passed: errors.length === 0,
  };
  const written = saveResult(resolve(repoRoot, options.outputDir), result);
  console.log(renderReport(result));
  console.log(`\nJSON: ${written.join(', ')}`);
  return result.passed ? 0 : 1;
}

/** The first common question of content/search.yaml (shown under the search box), if there is one. */
function firstCommonQuestion(root: string): string | undefined {
  const file = join(root, 'content', 'search.yaml');
  if (!existsSync(file)) return undefined;
  return (parseYaml(readFileSync(file, 'utf8')) as { suggestions?: string[] }).suggestions?.[0];
}

main().then(
  (code) => (process.exitCode = code),
  (error: unknown) => {
    console.error(error instanceof Error ? (error.stack ?? error.message) : error);
    process.exitCode = 2;
  },
);
