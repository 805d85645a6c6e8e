/**
 * The scale run: copies the project into a temporary folder (tools/site/copy-project.ts), adds synthetic
 * entries, builds and indexes there, and measures. Nothing is written into the repository.
 */
import { rmSync } from 'node:fs';
import { join } from 'node:path';
import { copyProject } from '../../tools/site/copy-project.ts';
import { runnerImport } from 'vite';
import { buildAndIndex, indexSize, type BuildTimes, type IndexSize } from './build.ts';
import { measureFirstSearch, type FirstSearch } from './first-search.ts';
import type { Site } from './page-assets.ts';
import { siteWeights, type PageWeight } from './page-weights.ts';
import { writeSynthetic, type Assess, type Collection } from './synthetic-content.ts';

/** What a scale point adds: n policy documents (a page each) and n training cases (a page and a worksheet each). */
export function scaleCounts(n: number): Partial<Record<Collection, number>> {
  return { documents: n, cases: n };
}

export interface ScalePoint {
  synthetic: number; // entries added per collection (0 = the real content, built the same way)
  added: Partial<Record<Collection, number>>;
  build: BuildTimes;
  index: IndexSize;
  pages: PageWeight[];
  firstSearch: FirstSearch;
}

/**
 * The eligibility engine's assess, loaded from the project through Vite's module runner: the engine's imports omit
 * the .ts extension, which Node alone cannot resolve.
 */
async function loadAssess(projectDir: string): Promise<Assess> {
  const engine = join(projectDir, 'src', 'lib', 'eligibility', 'index.ts');
  const { module } = await runnerImport<{ assess: Assess }>(engine, { root: projectDir, configFile: false, logLevel: 'silent' });
  return module.assess;
}

/**
 * Builds the project with `synthetic` extra entries per collection, and measures the result. The build runs
 * `repeats` times from a cold cache and the fastest time of each step is kept: on a shared machine the fastest run
 * is the one least slowed by other work.
 */
export async function runScalePoint(
  synthetic: number,
  base: string,
  query: string,
  repeats = 1,
  keep = false,
): Promise<ScalePoint> {
  const copy = copyProject({ prefix: 'bench-scale-' });
  const { dir } = copy;
  try {
    const added = synthetic > 0 ? scaleCounts(synthetic) : {};
    writeSynthetic(join(dir, 'content'), added, await loadAssess(dir));
    const outDir = join(dir, 'dist');
    let build: BuildTimes | undefined;
    for (let i = 0; i < repeats; i++) {
      for (const cache of [outDir, join(dir, '.astro'), join(dir, 'node_modules', '.astro'), join(dir, 'node_modules', '.vite')]) {
        rmSync(cache, { recursive: true, force: true });
      }
      const times = await buildAndIndex(dir, outDir);
      const fastest = (key: 'astroMs' | 'pagefindMs' | 'astroCpuMs' | 'pagefindCpuMs') => Math.min(build?.[key] ?? Infinity, times[key]);
      build = {
        ...times,
        astroMs: fastest('astroMs'),
        pagefindMs: fastest('pagefindMs'),
        astroCpuMs: fastest('astroCpuMs'),
        pagefindCpuMs: fastest('pagefindCpuMs'),
      };
    }
    if (!build) throw new Error('runScalePoint: repeats must be at least 1');
    const site: Site = { root: outDir, base };
    return { synthetic, added, build, index: indexSize(outDir), pages: siteWeights(site), firstSearch: await measureFirstSearch(site, query) };
  } finally {
    if (keep) console.log(`scale build kept in ${dir}`);
    else copy.remove();
  }
}
