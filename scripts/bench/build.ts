/**
 * Builds a project with `astro build` and indexes it with Pagefind, timing each (wall clock),
 * and measures the search index the build produced.
 */
import { spawn } from 'node:child_process';
import { readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';

export interface BuildTimes {
  astroMs: number;
  pagefindMs: number;
  pages: number; // HTML pages Astro wrote
  indexedPages: number; // pages Pagefind indexed
}

export interface IndexSize {
  files: number;
  bytes: number; // everything under pagefind/ (index, fragments, metadata, WASM, scripts, UI)
  dataBytes: number; // the part that grows with content: .pf_index, .pf_fragment, .pf_meta, .pf_filter files
  fragments: number; // one per indexed page
}

/** Runs a command, resolving with its output; rejects with the output's tail when it fails. */
function run(command: string, args: string[], cwd: string, env: NodeJS.ProcessEnv = {}): Promise<string> {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, { cwd, env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1', ...env } });
    let output = '';
    child.stdout.on('data', (chunk) => (output += chunk));
    child.stderr.on('data', (chunk) => (output += chunk));
    child.on('error', reject);
    child.on('close', (code) => {
      if (code === 0) resolve(output);
      else reject(new Error(`${command} ${args.join(' ')} failed (exit ${code}) in ${cwd}:\n${output.split('\n').slice(-40).join('\n')}`));
    });
  });
}

/** `astro build --outDir <outDir>` then `pagefind --site <outDir>`, in the project at `projectDir`. */
export async function buildAndIndex(projectDir: string, outDir: string, binDir = join(projectDir, 'node_modules', '.bin')): Promise<BuildTimes> {
  let started = performance.now();
  const astroLog = await run(join(binDir, 'astro'), ['build', '--outDir', outDir], projectDir);
  const astroMs = performance.now() - started;
  started = performance.now();
  const pagefindLog = await run(join(binDir, 'pagefind'), ['--site', outDir], projectDir);
  const pagefindMs = performance.now() - started;
  return {
    astroMs,
    pagefindMs,
    pages: Number(/(\d+) page\(s\) built/.exec(astroLog)?.[1] ?? NaN),
    indexedPages: Number(/Indexed (\d+) pages?/.exec(pagefindLog)?.[1] ?? NaN),
  };
}

/** The size of the Pagefind output in a build. */
export function indexSize(outDir: string): IndexSize {
  const size: IndexSize = { files: 0, bytes: 0, dataBytes: 0, fragments: 0 };
  const walk = (dir: string) => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const path = join(dir, entry.name);
      if (entry.isDirectory()) {
        walk(path);
        continue;
      }
      const bytes = statSync(path).size;
      size.files += 1;
      size.bytes += bytes;
      if (/\.pf_(index|fragment|meta|filter)$/.test(entry.name)) size.dataBytes += bytes;
      if (entry.name.endsWith('.pf_fragment')) size.fragments += 1;
    }
  };
  walk(join(outDir, 'pagefind'));
  return size;
}
