/**
 * A throw-away copy of the project in a temporary folder, sharing its installed packages: for the bench's scale run
 * and the build-tier tests, which change content there and never in the repository.
 *
 * node_modules is not one symlink but a folder of symlinks to each package, without .astro, .vite and .cache: Astro
 * keeps its content cache in node_modules/.astro, and a shared one would mix the copy's entries into the real site's.
 */
import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { repoRoot } from './build.ts';

/** What a copy needs to build: the config, the code and the content (and, with `tests`, what the tests need). */
const SITE_FILES = ['astro.config.mjs', 'tsconfig.json', 'package.json', 'src', 'content', 'public'];
const TEST_FILES = ['tests', 'tools', 'scripts', 'docs', 'vitest.config.ts'];
const PRIVATE_CACHES = new Set(['.astro', '.vite', '.cache']);

export interface ProjectCopy {
  dir: string;
  /** Replaces `from` with `to` in a file of the copy; throws when `from` is not there, so an edit never silently misses. */
  edit: (file: string, from: string | RegExp, to: string) => void;
  remove: () => void;
}

export function copyProject(options: { tests?: boolean; prefix?: string } = {}): ProjectCopy {
  const dir = mkdtempSync(join(tmpdir(), options.prefix ?? 'site-copy-'));
  for (const name of [...SITE_FILES, ...(options.tests ? TEST_FILES : [])]) {
    if (existsSync(join(repoRoot, name))) cpSync(join(repoRoot, name), join(dir, name), { recursive: true });
  }
  mkdirSync(join(dir, 'node_modules'));
  for (const entry of readdirSync(join(repoRoot, 'node_modules'))) {
    if (!PRIVATE_CACHES.has(entry)) symlinkSync(join(repoRoot, 'node_modules', entry), join(dir, 'node_modules', entry));
  }
  return {
    dir,
    edit: (file, from, to) => {
      const path = join(dir, file);
      const text = readFileSync(path, 'utf8');
      const found = typeof from === 'string' ? text.includes(from) : from.test(text);
      if (!found) throw new Error(`copyProject edit: ${String(from)} not found in ${file}`);
      writeFileSync(path, text.replace(from, to));
    },
    remove: () => rmSync(dir, { recursive: true, force: true }),
  };
}
