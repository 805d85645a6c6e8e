/**
 * Lighthouse (default config: mobile form factor, simulated throttling) on chosen pages of a built site, served
 * with gzip on http://localhost:<port> (localhost, so the canonical links of a default build share the host).
 * We start Debian's Chromium ourselves with a remote-debugging port and a fresh profile; chrome-launcher is not used.
 * Simulated metrics scale the CPU time observed on this machine, so each page runs several times and the median run
 * is reported, picked as Lighthouse's own computeMedianRun does (closest to the median FCP and TTI), with the range of
 * LCP across runs.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import lighthouse from 'lighthouse';
import { computeMedianRun } from 'lighthouse/core/lib/median-run.js';
import { CHROMIUM_ARGS, chromiumPath } from '../../tests/support/browser.ts';
import { startStaticServer } from '../../tests/support/static-server.ts';
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

type Lhr = NonNullable<Awaited<ReturnType<typeof lighthouse>>>['lhr'];

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
