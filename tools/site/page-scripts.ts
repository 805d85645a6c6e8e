/**
 * The JavaScript a built page runs before any interaction: its inline scripts, its external scripts and module
 * preloads, and every module those import statically (followed transitively), read with es-module-lexer. Dynamic
 * import() is not followed: such code loads only on demand (the header search on first use).
 */
import { existsSync, readFileSync, statSync } from 'node:fs';
import { join, relative, resolve, sep } from 'node:path';
import { gzipSync } from 'node:zlib';
import { initSync, parse as parseModule } from 'es-module-lexer';
import { parse as parseHtml } from 'node-html-parser';

initSync();

/** A built site on disk and the base path it was built with ('/' or '/zt/etbz/'). */
export interface BuiltSite {
  root: string;
  base: string;
}

export interface PageScript {
  name: string; // the file relative to the site root, or 'inline #n'
  raw: number; // bytes
  gzip: number; // bytes, gzip level 9
}

const ORIGIN = 'http://site.invalid';
const RUNNABLE = new Set(['', 'module', 'text/javascript', 'application/javascript']);

/** Specifiers of the static imports and re-exports of a module that point into the site (relative or absolute paths). */
export function staticImports(code: string): string[] {
  const [imports] = parseModule(code);
  return imports
    .filter((entry) => entry.d === -1 && entry.n !== undefined)
    .map((entry) => entry.n!)
    .filter((specifier) => /^(\.{1,2}\/|\/)/.test(specifier));
}

/** The file (relative to the site root, '/' separators) a URL path under the base is served from, if any. */
export function fileForUrl(site: BuiltSite, pathname: string): string | undefined {
  if (!pathname.startsWith(site.base)) return undefined;
  let rest: string;
  try {
    rest = decodeURIComponent(pathname.slice(site.base.length));
  } catch {
    return undefined; // malformed percent-encoding
  }
  if (rest === '' || rest.endsWith('/')) rest += 'index.html';
  const root = resolve(site.root);
  const path = join(root, rest);
  if (!path.startsWith(root + sep) || !existsSync(path) || !statSync(path).isFile()) return undefined;
  return relative(root, path).split(sep).join('/');
}

/** 'index.html' → base, 'tiaojian/index.html' → base + 'tiaojian/', '404.html' → base + '404.html'. */
export function urlForFile(site: BuiltSite, file: string): string {
  return site.base + (file === 'index.html' ? '' : file.endsWith('/index.html') ? file.slice(0, -'index.html'.length) : file);
}

const sizeOf = (name: string, text: string): PageScript => ({
  name,
  raw: Buffer.byteLength(text),
  gzip: gzipSync(text, { level: 9 }).length,
});

/** Every script the page in `file` (an HTML file of the site) runs before interaction, each counted once. */
export function pageScripts(site: BuiltSite, file: string): PageScript[] {
  const read = (name: string) => readFileSync(join(site.root, name), 'utf8');
  const root = parseHtml(read(file), { comment: false });
  const scripts: PageScript[] = [];
  const seen = new Set<string>();
  const queue: string[] = [];
  const enqueue = (link: string, from: string) => {
    const target = fileForUrl(site, new URL(link, ORIGIN + from).pathname);
    if (!target) throw new Error(`${from} loads ${link}, which is not in the build`);
    if (!seen.has(target)) {
      seen.add(target);
      queue.push(target);
    }
  };
  const pageUrl = urlForFile(site, file);
  root.querySelectorAll('script').forEach((script, i) => {
    if (!RUNNABLE.has((script.getAttribute('type') ?? '').toLowerCase())) return;
    const src = script.getAttribute('src');
    if (src) enqueue(src, pageUrl);
    else scripts.push(sizeOf(`inline #${i}`, script.rawText));
  });
  root.querySelectorAll('link[rel="modulepreload"]').forEach((link) => enqueue(link.getAttribute('href')!, pageUrl));
  while (queue.length > 0) {
    const target = queue.shift()!;
    const text = read(target);
    scripts.push(sizeOf(target, text));
    for (const specifier of staticImports(text)) enqueue(specifier, urlForFile(site, target));
  }
  return scripts;
}
