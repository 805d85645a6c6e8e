/**
 * The release package as the portal receives it: runs `node scripts/release/index.ts` (what `npm run package` runs)
 * into a temporary folder with the given settings, reads the zip back (tests/support/zip.ts, checking every CRC) and
 * unpacks site/ into <webRoot>/<base>, where nginx serves it from.
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { repoRoot } from './dist';
import { readZip } from './zip';

export interface Release {
  zipName: string;
  entries: Map<string, Buffer>; // every file in the zip, by its path there
  webRoot: string; // the folder that holds the base path's folder (nginx root)
  siteDir: string; // <webRoot><base>: the unpacked site/
  output: string; // what the packaging printed
  remove: () => void;
}

export interface ReleaseSettings {
  base: string; // BASE_PATH, '/zt/etbz/'
  portalOrigin: string; // PORTAL_ORIGIN
}

/** Environment for the packaging run: Vitest's import.meta.env values (BASE_URL=/ …) would override BASE_PATH. */
function packageEnv(settings: ReleaseSettings): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = { ...process.env, BASE_PATH: settings.base, PORTAL_ORIGIN: settings.portalOrigin };
  for (const name of ['BASE_URL', 'MODE', 'DEV', 'PROD', 'SSR', 'NODE_ENV', 'SITE_URL', 'PUBLISH']) delete env[name];
  return env;
}

export function createRelease(settings: ReleaseSettings): Release {
  const dir = mkdtempSync(join(tmpdir(), 'site-release-'));
  const out = join(dir, 'out');
  const result = spawnSync(process.execPath, [join(repoRoot, 'scripts', 'release', 'index.ts'), '--out', out], {
    cwd: repoRoot,
    env: packageEnv(settings),
    encoding: 'utf8',
    timeout: 180_000,
  });
  const output = `${result.stdout}${result.stderr}`;
  if (result.status !== 0) throw new Error(`npm run package failed (exit ${result.status ?? result.signal}):\n${output}`);
  const zips = readdirSync(out).filter((name) => name.endsWith('.zip'));
  if (zips.length !== 1) throw new Error(`expected one zip in ${out}, found: ${zips.join(', ') || 'none'}`);
  const entries = readZip(readFileSync(join(out, zips[0])));
  const webRoot = join(dir, 'www');
  const siteDir = join(webRoot, settings.base);
  for (const [name, data] of entries) {
    if (!name.startsWith('site/')) continue;
    const path = join(siteDir, name.slice('site/'.length));
    mkdirSync(dirname(path), { recursive: true });
    writeFileSync(path, data);
  }
  return { zipName: zips[0], entries, webRoot, siteDir, output, remove: () => rmSync(dir, { recursive: true, force: true }) };
}
