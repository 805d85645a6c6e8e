/**
 * The JavaScript a built page loads before any interaction: its inline scripts, its external scripts and module
 * preloads, and every module those import statically (followed transitively). Dynamic import() is not followed:
 * such code loads only on demand (the header search on first use, Preact signals never on this site).
 */
import { gzipSync } from 'node:zlib';
import { fileToUrlPath, parsePage, readDistFile, urlPathToFile } from './dist';

export interface PageScript {
  name: string; // the dist file, or 'inline #n'
  raw: number; // bytes
  gzip: number; // bytes, gzip level 9
}

const SITE = 'http://site.invalid';
const STATIC_IMPORT = /(?:^|[;}\s])(?:import|export)\s*(?:[\w$*{}\s,]*?\s*from\s*)?["']([^"']+)["']/g;
const JS_TYPES = new Set(['', 'module', 'text/javascript', 'application/javascript']);

const sizeOf = (name: string, text: string): PageScript => ({
  name,
  raw: Buffer.byteLength(text),
  gzip: gzipSync(text, { level: 9 }).length,
});

/** Every script the page in `file` (a dist HTML file) runs before interaction, each counted once. */
export function pageScripts(file: string): PageScript[] {
  const pageUrl = fileToUrlPath(file);
  const root = parsePage(file);
  const scripts: PageScript[] = [];
  const seen = new Set<string>();
  const queue: string[] = [];
  const enqueue = (link: string, from: string) => {
    const { pathname } = new URL(link, SITE + from);
    const target = urlPathToFile(pathname);
    if (!target) throw new Error(`${from} loads ${link}, which is not in dist`);
    if (!seen.has(target)) {
      seen.add(target);
      queue.push(target);
    }
  };
  root.querySelectorAll('script').forEach((script, i) => {
    if (!JS_TYPES.has((script.getAttribute('type') ?? '').toLowerCase())) return;
    const src = script.getAttribute('src');
    if (src) enqueue(src, pageUrl);
    else scripts.push(sizeOf(`inline #${i}`, script.rawText));
  });
  root.querySelectorAll('link[rel="modulepreload"]').forEach((link) => enqueue(link.getAttribute('href')!, pageUrl));
  while (queue.length > 0) {
    const target = queue.shift()!;
    const text = readDistFile(target);
    scripts.push(sizeOf(target, text));
    for (const match of text.matchAll(STATIC_IMPORT)) enqueue(match[1], fileToUrlPath(target));
  }
  return scripts;
}
