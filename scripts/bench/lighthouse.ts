/**
 * Lighthouse (default config: mobile form factor, simulated throttling) on chosen pages of a built site, served
 * with gzip on http://localhost:<port> (localhost, so the canonical links of a default build share the host).
 * We start Debian's Chromium ourselves with a remote-debugging port and a fresh profile; chrome-launcher is not used.
 * Simulated metrics scale the CPU time observed on this machine, so each page runs several times and the median run
 * is reported, picked as Lighthouse's own computeMedianRun does (closest to the median FCP and TTI), with the range of
 * LCP across runs.
 */
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { CHROMIUM_ARGS, chromiumPath } from '../../tools/site/browser.ts';
import { startStaticServer } from '../../tools/site/serve.ts';
import type { Site } from './page-assets.ts';

export const CATEGORIES = ['performance', 'accessibility', 'best-practices', 'seo'] as const;
export type LighthouseCategory = (typeof CATEGORIES)[number];

export interface LighthouseResult {
  name: string; // home, criteria, …
  url: string; // page path under the base
  scores: Record<LighthouseCategory, number>; // 0–100
  lcpMs: number;
  tbtMs: number;
  cls: number;
  fcpMs: number;
  runs: number; // Lighthouse runs on this page; the median one is reported
  lcpRangeMs: [number, number]; // lowest and highest LCP across the runs
  failedAudits: string[]; // "category: audit id (title): display value", for every scored audit below 1
  warnings: string[];
}

const CHROMIUM_FLAGS = ['--headless', ...CHROMIUM_ARGS];

/**
 * Lighthouse is not among the project's dependencies (it and its own come to about 90 MB, and only this step uses
 * it). The first run installs this exact version with npm into node_modules/.cache/bench-lighthouse/, preferring
 * npm's cache, so a machine that has run it once works offline; later runs reuse the folder.
 */
export const LIGHTHOUSE_VERSION = '13.5.0';
const lighthouseDir = join(import.meta.dirname, '..', '..', 'node_modules', '.cache', 'bench-lighthouse');

type RunnerResult = { lhr: Lhr };
type Lhr = {
  runtimeError?: { code: string; message: string };
  audits: Record<string, { id: string; title: string; score: number | null; numericValue?: number; displayValue?: string }>;
  categories: Record<string, { score: number | null; auditRefs: Array<{ id: string; weight: number }> }>;
  runWarnings: unknown[];
};
interface LighthouseModules {
  lighthouse: (url: string, flags: object) => Promise<RunnerResult | undefined>;
  computeMedianRun: (runs: Lhr[]) => Lhr;
}

/** Installs Lighthouse on first use (see LIGHTHOUSE_VERSION) and loads it. */
export async function loadLighthouse(): Promise<LighthouseModules> {
  const packageDir = join(lighthouseDir, 'node_modules', 'lighthouse');
  const manifest = join(packageDir, 'package.json');
  const installed = existsSync(manifest) && (JSON.parse(readFileSync(manifest, 'utf8')) as { version: string }).version === LIGHTHOUSE_VERSION;
  if (!installed) {
    console.error(`[bench] installing lighthouse@${LIGHTHOUSE_VERSION} into ${lighthouseDir} (once)`);
    await mkdir(lighthouseDir, { recursive: true });
    const npm = spawnSync('npm', ['install', '--prefix', lighthouseDir, '--no-save', '--no-audit', '--no-fund', '--prefer-offline', `lighthouse@${LIGHTHOUSE_VERSION}`], {
      stdio: 'inherit',
    });
    if (npm.status !== 0) throw new Error(`npm could not install lighthouse@${LIGHTHOUSE_VERSION} (exit ${npm.status}); run the bench with --skip-lighthouse`);
  }
  const [main, median] = await Promise.all([
    import(pathToFileURL(join(packageDir, 'core', 'index.js')).href),
    import(pathToFileURL(join(packageDir, 'core', 'lib', 'median-run.js')).href),
  ]);
  return { lighthouse: main.default, computeMedianRun: median.computeMedianRun };
}

/** Starts Chromium with a DevTools port chosen by the OS, resolving once it listens. */
async function startChromium(profileDir: string): Promise<{ process: ChildProcess; port: number }> {
  const child = spawn(chromiumPath, [...CHROMIUM_FLAGS, `--user-data-dir=${profileDir}`, '--remote-debugging-port=0', 'about:blank'], {
    stdio: ['ignore', 'ignore', 'pipe'],
  });
  const port = await new Promise<number>((resolve, reject) => {
    let stderr = '';
    const timer = setTimeout(() => reject(new Error(`Chromium did not open a DevTools port:\n${stderr}`)), 30_000);
    child.on('error', reject);
    child.stderr!.on('data', (chunk) => {
      stderr += chunk;
      const match = /DevTools listening on ws:\/\/[^:]+:(\d+)\//.exec(stderr);
      if (match) {
        clearTimeout(timer);
        resolve(Number(match[1]));
      }
    });
  });
  return { process: child, port };
}

/**
 * Runs Lighthouse on each page (paths under the base) and returns scores, metrics and failed audits.
 * With `reportDir`, each full report is saved there as lighthouse-<name>.json (open it in the Lighthouse viewer).
 */
export async function runLighthouse(
  site: Site,
  targets: ReadonlyArray<{ name: string; url: string }>,
  reportDir?: string,
  runsPerPage = 3,
): Promise<LighthouseResult[]> {
  const { lighthouse, computeMedianRun } = await loadLighthouse();
  const server = await startStaticServer({ root: site.root, base: site.base, gzip: true });
  const profileDir = await mkdtemp(join(tmpdir(), 'bench-lighthouse-'));
  const chromium = await startChromium(profileDir);
  const origin = server.origin.replace('127.0.0.1', 'localhost');
  try {
    const results: LighthouseResult[] = [];
    for (const target of targets) {
      const url = origin + site.base + target.url.slice(1);
      const runs: Lhr[] = [];
      for (let i = 0; i < runsPerPage; i++) {
        const runner = await lighthouse(url, { port: chromium.port, output: 'json', logLevel: 'error', onlyCategories: [...CATEGORIES] });
        if (!runner) throw new Error(`Lighthouse returned nothing for ${url}`);
        runs.push(runner.lhr);
      }
      const lcp = (lhr: Lhr) => lhr.audits['largest-contentful-paint']?.numericValue ?? NaN;
      const sorted = [...runs].sort((a, b) => lcp(a) - lcp(b));
      const median = computeMedianRun(runs);
      if (reportDir) {
        await mkdir(reportDir, { recursive: true });
        await writeFile(join(reportDir, `lighthouse-${target.name.replace(/\W+/g, '-')}.json`), JSON.stringify(median));
      }
      results.push({ ...summarize(target, median), runs: runs.length, lcpRangeMs: [lcp(sorted[0]), lcp(sorted[sorted.length - 1])] });
    }
    return results;
  } finally {
    chromium.process.kill();
    await new Promise((done) => (chromium.process.exitCode !== null ? done(null) : chromium.process.once('exit', done)));
    await rm(profileDir, { recursive: true, force: true });
    await server.close();
  }
}

function summarize(target: { name: string; url: string }, lhr: Lhr): Omit<LighthouseResult, 'runs' | 'lcpRangeMs'> {
  if (lhr.runtimeError) throw new Error(`Lighthouse failed on ${target.url}: ${lhr.runtimeError.code} ${lhr.runtimeError.message}`);
  const metric = (id: string) => lhr.audits[id]?.numericValue ?? NaN;
  const scores = Object.fromEntries(
    CATEGORIES.map((id) => [id, Math.round((lhr.categories[id]?.score ?? 0) * 100)]),
  ) as Record<LighthouseCategory, number>;
  const failedAudits = CATEGORIES.flatMap((id) =>
    (lhr.categories[id]?.auditRefs ?? []).flatMap((ref) => {
      const audit = lhr.audits[ref.id];
      if (!audit || ref.weight === 0 || audit.score === null || audit.score >= 1) return [];
      return [`${id}: ${audit.id} (${audit.title})${audit.displayValue ? `: ${audit.displayValue}` : ''}`];
    }),
  );
  return {
    name: target.name,
    url: target.url,
    scores,
    lcpMs: metric('largest-contentful-paint'),
    tbtMs: metric('total-blocking-time'),
    cls: metric('cumulative-layout-shift'),
    fcpMs: metric('first-contentful-paint'),
    failedAudits,
    warnings: lhr.runWarnings.map(String),
  };
}
