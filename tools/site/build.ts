/**
 * Builds the site with Astro's JS API and indexes it with Pagefind's Node API: the one way the project builds,
 * used by `npm run build`, the release (`npm run package`), the bench and the tests.
 *
 * astro.config.mjs reads BASE_PATH, SITE_URL and PUBLISH (and src/pages/ziping/embed.astro PORTAL_ORIGIN) for
 * `astro dev` and the Markdown link plugin; buildSite sets them from its settings for the build it runs and passes
 * base, site and outDir as inline config too, so a build never takes them from whatever the caller's environment
 * holds (Vitest, for one, puts BASE_URL and MODE into process.env).
 */
import { readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { build } from 'astro';
import * as pagefind from 'pagefind';

export const repoRoot = resolve(import.meta.dirname, '..', '..');

export interface BuildSettings {
  outDir: string; // where the site goes (absolute, or relative to the project)
  base?: string; // BASE_PATH, e.g. '/zt/etbz/' (default '/')
  site?: string; // SITE_URL (default http://localhost:4321)
  portalOrigin?: string; // PORTAL_ORIGIN, when it overrides content/site.yaml
  publish?: boolean; // PUBLISH=1: stop while any statement awaits the district's confirmation
  root?: string; // the project to build (default: this repository)
  quiet?: boolean; // log warnings and errors only
}

export interface BuildResult {
  outDir: string;
  pages: number; // HTML pages written
  indexedPages: number; // pages Pagefind indexed
  astroMs: number; // wall time
  pagefindMs: number;
  astroCpuMs: number; // CPU time of this process (all its threads) during the Astro build
}

/** Variables that would steer a build from outside its settings. */
const STEERING = ['BASE_URL', 'MODE', 'DEV', 'PROD', 'SSR', 'BASE_PATH', 'SITE_URL', 'PORTAL_ORIGIN', 'PUBLISH'];

function setBuildEnv(settings: BuildSettings): void {
  for (const name of STEERING) delete process.env[name];
  process.env.ASTRO_TELEMETRY_DISABLED = '1';
  process.env.BASE_PATH = settings.base ?? '/';
  process.env.SITE_URL = settings.site ?? 'http://localhost:4321';
  if (settings.portalOrigin) process.env.PORTAL_ORIGIN = settings.portalOrigin;
  if (settings.publish) process.env.PUBLISH = '1';
}

function countPages(dir: string): number {
  return readdirSync(dir, { recursive: true, encoding: 'utf8' }).filter((file) => file.endsWith('.html')).length;
}

/** Builds with Astro, then indexes with Pagefind. Throws (with Astro's message) when the build fails. */
export async function buildSite(settings: BuildSettings): Promise<BuildResult> {
  const root = resolve(settings.root ?? repoRoot);
  const outDir = resolve(root, settings.outDir);
  setBuildEnv(settings);
  let started = performance.now();
  const cpu = process.cpuUsage();
  await build({
    root,
    outDir,
    base: settings.base ?? '/',
    site: settings.site ?? 'http://localhost:4321',
    logLevel: settings.quiet ? 'warn' : 'info',
  });
  const astroMs = performance.now() - started;
  const { user, system } = process.cpuUsage(cpu);
  started = performance.now();
  const indexedPages = await indexSite(outDir);
  return { outDir, pages: countPages(outDir), indexedPages, astroMs, pagefindMs: performance.now() - started, astroCpuMs: (user + system) / 1000 };
}

/** Pagefind over a built site (what `pagefind --site <dir>` does); returns the number of pages indexed. */
export async function indexSite(dir: string): Promise<number> {
  try {
    const { index, errors } = await pagefind.createIndex({});
    if (!index) throw new Error(`Pagefind: ${errors.join('; ')}`);
    const added = await index.addDirectory({ path: dir });
    if (added.errors.length > 0) throw new Error(`Pagefind: ${added.errors.join('; ')}`);
    const written = await index.writeFiles({ outputPath: join(dir, 'pagefind') });
    if (written.errors.length > 0) throw new Error(`Pagefind: ${written.errors.join('; ')}`);
    console.log(`Pagefind: indexed ${added.page_count} pages into ${join(dir, 'pagefind')}`);
    return added.page_count;
  } finally {
    await pagefind.close();
  }
}

/** A failed build for the terminal: the message, then the hint when the error has one (ContentError does). */
export function describeError(error: unknown): string {
  if (!(error instanceof Error)) return String(error);
  const hint = (error as { hint?: unknown }).hint;
  return typeof hint === 'string' && hint ? `${error.message}\n提示：${hint}` : error.message;
}
