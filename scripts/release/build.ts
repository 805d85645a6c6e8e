/** Builds the site for a release: `astro build` into a folder, then `pagefind --site` on it. */
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';

export interface BuildSettings {
  outDir: string;
  base: string; // BASE_PATH
  site: string; // SITE_URL
  portalOrigin?: string; // PORTAL_ORIGIN, when it overrides content/site.yaml
}

const repoRoot = join(import.meta.dirname, '..', '..');

/** The environment of the build: Vite-style variables a caller may carry (BASE_URL, MODE …) would override ours. */
function buildEnv(settings: BuildSettings): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    BASE_PATH: settings.base,
    SITE_URL: settings.site,
    ASTRO_TELEMETRY_DISABLED: '1',
    NO_COLOR: '1',
  };
  if (settings.portalOrigin) env.PORTAL_ORIGIN = settings.portalOrigin;
  for (const name of ['BASE_URL', 'MODE', 'DEV', 'PROD', 'SSR', 'NODE_ENV']) delete env[name];
  return env;
}

function run(command: string, args: string[], env: NodeJS.ProcessEnv): string {
  const result = spawnSync(join(repoRoot, 'node_modules', '.bin', command), args, { cwd: repoRoot, env, encoding: 'utf8' });
  const output = `${result.stdout ?? ''}${result.stderr ?? ''}`;
  if (result.status !== 0) {
    throw new Error(`${command} ${args.join(' ')} failed (exit ${result.status ?? result.signal}):\n${output.split('\n').slice(-40).join('\n')}`);
  }
  return output;
}

/** Builds and indexes; returns the number of pages built. */
export function buildSite(settings: BuildSettings): number {
  const env = buildEnv(settings);
  const astro = run('astro', ['build', '--outDir', settings.outDir], env);
  run('pagefind', ['--site', settings.outDir], env);
  return Number(/(\d+) page\(s\) built/.exec(astro)?.[1] ?? NaN);
}
