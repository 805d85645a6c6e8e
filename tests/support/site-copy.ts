/**
 * A throw-away copy of the project for build tests, sharing the installed packages: node_modules is a folder of
 * symlinks to each package, without Astro's and Vite's caches, so a copy's content never mixes into the real site's.
 */
import { spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readdirSync, rmSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { repoRoot } from './content';

const SITE_FILES = ['astro.config.mjs', 'tsconfig.json', 'package.json', 'src', 'content', 'public'];
const PRIVATE_CACHES = new Set(['.astro', '.vite', '.cache']);

export function siteCopy(prefix = 'xs-site-'): { dir: string; remove: () => void } {
  const dir = mkdtempSync(join(tmpdir(), prefix));
  for (const name of SITE_FILES) cpSync(join(repoRoot, name), join(dir, name), { recursive: true });
  mkdirSync(join(dir, 'node_modules'));
  for (const entry of readdirSync(join(repoRoot, 'node_modules'))) {
    if (!PRIVATE_CACHES.has(entry)) symlinkSync(join(repoRoot, 'node_modules', entry), join(dir, 'node_modules', entry));
  }
  return { dir, remove: () => rmSync(dir, { recursive: true, force: true }) };
}

/** Runs the Astro CLI in a copy with an environment that steers nothing but what is given. */
export function astroIn(dir: string, args: string[], env: Record<string, string> = {}): { status: number | null; output: string } {
  const clean: NodeJS.ProcessEnv = { ...process.env, ASTRO_TELEMETRY_DISABLED: '1', NO_COLOR: '1', FORCE_COLOR: '0', ...env };
  for (const name of ['BASE_URL', 'MODE', 'DEV', 'PROD', 'SSR', 'BASE_PATH', 'PUBLISH']) if (!(name in env)) delete clean[name];
  const result = spawnSync(join(dir, 'node_modules', '.bin', 'astro'), args, { cwd: dir, encoding: 'utf8', env: clean, timeout: 170_000 });
  return { status: result.status, output: `${result.stdout}\n${result.stderr}` };
}
