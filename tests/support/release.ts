/**
 * The one sub-path build of a test run: the release package as the portal receives it. The e2e tier's global set-up
 * runs `node scripts/release/index.ts` (what `npm run package` runs) once, for /zt/etbz/ and a portal origin on a
 * free local port, unpacks site/ into <webRoot>/zt/etbz/ and hands the paths to the tests with Vitest's provide():
 * tests/e2e/portal-nginx.test.ts serves it with nginx, tests/e2e/search-subpath.test.ts searches it.
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { unzipSync } from 'fflate';
import { inject } from 'vitest';
import { repoRoot } from './dist';

export const RELEASE_BASE = '/zt/etbz/';

export interface ReleaseInfo {
  base: string; // BASE_PATH it was built with
  portalOrigin: string; // PORTAL_ORIGIN it was built with: http://127.0.0.1:<port>, free when the build ran
  zipPath: string;
  zipName: string;
  webRoot: string; // the folder that holds the base path's folder (nginx root)
  siteDir: string; // <webRoot><base>: the unpacked site/
  output: string; // what the packaging printed
}

declare module 'vitest' {
  export interface ProvidedContext {
    release: ReleaseInfo;
  }
}

/** The release of this run (see tests/support/release-setup.ts). */
export const release = (): ReleaseInfo => inject('release');

/** Every file in the zip, by its path there (read with fflate; the tests compare each with the manifest's SHA-256). */
export function readRelease(info: ReleaseInfo): Map<string, Buffer> {
  const files = unzipSync(readFileSync(info.zipPath));
  return new Map(Object.entries(files).map(([name, data]) => [name, Buffer.from(data)]));
}

/** Packages the site into a temporary folder and unpacks it; `remove` deletes it all. */
export function createRelease(settings: { base: string; portalOrigin: string }): ReleaseInfo & { remove: () => void } {
  const dir = mkdtempSync(join(tmpdir(), 'site-release-'));
  const out = join(dir, 'out');
  const env: NodeJS.ProcessEnv = { ...process.env, BASE_PATH: settings.base, PORTAL_ORIGIN: settings.portalOrigin };
  for (const name of ['BASE_URL', 'MODE', 'DEV', 'PROD', 'SSR', 'NODE_ENV', 'SITE_URL', 'PUBLISH']) delete env[name];
  const result = spawnSync(process.execPath, [join(repoRoot, 'scripts', 'release', 'index.ts'), '--out', out], {
    cwd: repoRoot,
    env,
    encoding: 'utf8',
    timeout: 240_000,
  });
  const output = `${result.stdout}${result.stderr}`;
  if (result.status !== 0) throw new Error(`npm run package failed (exit ${result.status ?? result.signal}):\n${output}`);
  const zips = readdirSync(out).filter((name) => name.endsWith('.zip'));
  if (zips.length !== 1) throw new Error(`expected one zip in ${out}, found: ${zips.join(', ') || 'none'}`);
  const webRoot = join(dir, 'www');
  const info: ReleaseInfo = { ...settings, zipPath: join(out, zips[0]), zipName: zips[0], webRoot, siteDir: join(webRoot, settings.base), output };
  for (const [name, data] of readRelease(info)) {
    if (!name.startsWith('site/') || name.endsWith('/')) continue;
    const path = join(info.siteDir, name.slice('site/'.length));
    mkdirSync(dirname(path), { recursive: true });
    writeFileSync(path, data);
  }
  return { ...info, remove: () => rmSync(dir, { recursive: true, force: true }) };
}
