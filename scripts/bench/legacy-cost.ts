/**
 * What building for Chrome 69 / Safari 12 costs (src/integrations/legacy-css/): the same site built again with
 * LEGACY_TARGETS=0 (Vite's default targets, Tailwind's output as it is) into a temporary folder, and the shipped
 * JavaScript and CSS of both builds compared (every file outside Pagefind's bundle, and what each page loads), with
 * the two build times.
 */
import { spawn } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, sep } from 'node:path';
import type { Site } from './page-assets.ts';
import { siteWeights } from './page-weights.ts';
import { addSizes, sizeOf, ZERO, type Size } from './sizes.ts';

export interface ShippedTotals {
  js: Size; // every .js file outside pagefind/
  css: Size; // every .css file outside pagefind/
  heaviestPageJs: { url: string; gzip: number }; // the page loading the most JS before interaction
  heaviestPageCss: { url: string; gzip: number };
}

export interface LegacyCost {
  legacy: ShippedTotals; // the build as shipped (Chrome 69 / Safari 12)
  modern: ShippedTotals; // the same site for Vite's default targets
  modernAstroMs: number; // wall time of the modern astro build (the shipped build's is in the build figures)
}

/** Sums the shipped scripts and stylesheets of a build, and finds the pages that load the most of each. */
export function shippedTotals(site: Site): ShippedTotals {
  const files = readdirSync(site.root, { recursive: true, encoding: 'utf8' })
    .map((file) => file.split(sep).join('/'))
    .filter((file) => !file.startsWith('pagefind/'));
  const total = (extension: string) =>
    addSizes(ZERO, ...files.filter((file) => file.endsWith(extension)).map((file) => sizeOf(readFileSync(join(site.root, file)))));
  const pages = siteWeights(site);
  const heaviest = (pick: (page: (typeof pages)[number]) => number) => {
    const page = [...pages].sort((a, b) => pick(b) - pick(a))[0];
    return { url: page?.url ?? '-', gzip: page ? pick(page) : 0 };
  };
  return {
    js: total('.js'),
    css: total('.css'),
    heaviestPageJs: heaviest((page) => page.js.gzip),
    heaviestPageCss: heaviest((page) => page.css.gzip),
  };
}

function astroBuild(projectDir: string, outDir: string, binDir: string): Promise<number> {
  return new Promise((resolve, reject) => {
    const started = performance.now();
    const child = spawn(join(binDir, 'astro'), ['build', '--outDir', outDir], {
      cwd: projectDir,
      env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1', LEGACY_TARGETS: '0' },
    });
    let output = '';
    child.stdout.on('data', (chunk) => (output += chunk));
    child.stderr.on('data', (chunk) => (output += chunk));
    child.on('error', reject);
    child.on('close', (code) =>
      code === 0 ? resolve(performance.now() - started) : reject(new Error(`modern build failed (exit ${code}):\n${output.slice(-2000)}`)),
    );
  });
}

/** Builds the modern comparison and measures both builds; the temporary build is removed afterwards. */
export async function measureLegacyCost(projectDir: string, shipped: Site, binDir = join(projectDir, 'node_modules', '.bin')): Promise<LegacyCost> {
  const outDir = mkdtempSync(join(tmpdir(), 'bench-modern-'));
  try {
    const modernAstroMs = await astroBuild(projectDir, outDir, binDir);
    return { legacy: shippedTotals(shipped), modern: shippedTotals({ ...shipped, root: outDir }), modernAstroMs };
  } finally {
    rmSync(outDir, { recursive: true, force: true });
  }
}
