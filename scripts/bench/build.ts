/**
 * Builds a project and indexes it with Pagefind (tools/site/build.ts), timing each, and measures the search index.
 * Wall time is what an editor waits; CPU time (user + system, from bash's `times`) is the work done, which other
 * processes on a shared machine disturb far less, so growth with content is judged on it.
 */
import { spawn } from 'node:child_process';
import { readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import type { BuildResult } from '../../tools/site/build.ts';

export interface BuildTimes {
  astroMs: number; // wall time
  pagefindMs: number;
  astroCpuMs: number; // CPU time, user + system, of the command and its children
  pagefindCpuMs: number;
  pages: number; // HTML pages Astro wrote
  indexedPages: number; // pages Pagefind indexed
}

export interface IndexSize {
  files: number;
  bytes: number; // everything under pagefind/ (index, fragments, metadata, WASM, scripts, UI)
  dataBytes: number; // the part that grows with content: .pf_index, .pf_fragment, .pf_meta, .pf_filter files
  fragments: number; // one per indexed page
}

/** Runs a command through bash, resolving with its output and CPU time; rejects with the output's tail on failure. */
function run(command: string, args: string[], cwd: string): Promise<{ output: string; cpuMs: number }> {
  return new Promise((resolve, reject) => {
    const script = '"$@"; status=$?; echo "@@times" >&2; times >&2; exit $status';
    const child = spawn('bash', ['-c', script, 'bench', command, ...args], { cwd, env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1' } });
    let output = '';
    child.stdout.on('data', (chunk) => (output += chunk));
    child.stderr.on('data', (chunk) => (output += chunk));
    child.on('error', reject);
    child.on('close', (code) => {
      if (code === 0) resolve(splitTimes(output));
      else reject(new Error(`${command} ${args.join(' ')} failed (exit ${code}) in ${cwd}:\n${output.split('\n').slice(-40).join('\n')}`));
    });
  });
}

/** Separates bash's `times` (shell, then children: "0m1.234s 0m0.056s") from the output; CPU = children's user + sys. */
function splitTimes(output: string): { output: string; cpuMs: number } {
  const at = output.lastIndexOf('@@times');
  const lines = output.slice(at).trim().split('\n');
  const children = /(\d+)m([\d.]+)s (\d+)m([\d.]+)s/.exec(lines[2] ?? '');
  if (at < 0 || !children) throw new Error(`could not read the CPU time of a build from:\n${output.slice(-500)}`);
  const [, um, us, sm, ss] = children.map(Number);
  return { output: output.slice(0, at), cpuMs: ((um + sm) * 60 + us + ss) * 1000 };
}

/**
 * Builds and indexes the project at `projectDir` into `outDir` with the site harness (tools/site/build-cli.ts), in
 * a process of its own so its CPU time can be read. Pagefind's CPU time is the children's total less Astro's.
 */
export async function buildAndIndex(projectDir: string, outDir: string): Promise<BuildTimes> {
  const cli = join(import.meta.dirname, '..', '..', 'tools', 'site', 'build-cli.ts');
  const { output, cpuMs } = await run(process.execPath, [cli, '--root', projectDir, '--out', outDir, '--json'], projectDir);
  const line = output.split('\n').find((text) => text.startsWith('@@build '));
  if (!line) throw new Error(`the build printed no figures:\n${output.slice(-500)}`);
  const result = JSON.parse(line.slice('@@build '.length)) as BuildResult;
  return {
    astroMs: result.astroMs,
    pagefindMs: result.pagefindMs,
    astroCpuMs: result.astroCpuMs,
    pagefindCpuMs: Math.max(0, cpuMs - result.astroCpuMs),
    pages: result.pages,
    indexedPages: result.indexedPages,
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
