/**
 * The built site on disk: where it is, which HTML pages it has, and how a page file maps to its URL.
 * DIST_DIR points the tests at another build (default: <repo>/dist); BASE_PATH is the base the site was built with.
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse, type HTMLElement } from 'node-html-parser';

export const repoRoot = resolve(fileURLToPath(new URL('../..', import.meta.url)));
export const distDir = resolve(repoRoot, process.env.DIST_DIR ?? 'dist');

/** The base path the site was built under (astro.config.mjs reads the same BASE_PATH), always '/…/'. */
export const basePath = normalizeBase(process.env.BASE_PATH ?? '/');

function normalizeBase(base: string): string {
  const trimmed = base.replace(/^\/+|\/+$/g, '');
  return trimmed ? `/${trimmed}/` : '/';
}

/** Generated folders that hold no pages of the site. */
const SKIPPED_DIRS = new Set(['pagefind', '_astro']);

export interface BuiltPage {
  file: string; // path relative to distDir, with '/' separators: 'tiaojian/index.html'
  url: string; // URL path under the base: '/tiaojian/'
}

/** Throws a clear message unless the site has been built. */
export function assertBuilt(): void {
  if (!existsSync(join(distDir, 'index.html'))) {
    throw new Error(`No built site at ${distDir} (index.html is missing): run npm run build first, or set DIST_DIR.`);
  }
}

/** Every built HTML page, sorted by file, excluding pagefind/ and _astro/. */
export function listPages(): BuiltPage[] {
  assertBuilt();
  const files: string[] = [];
  const walk = (dir: string): void => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const path = join(dir, entry.name);
      if (entry.isDirectory()) {
        if (dir !== distDir || !SKIPPED_DIRS.has(entry.name)) walk(path);
      } else if (entry.name.endsWith('.html')) {
        files.push(relative(distDir, path).split(sep).join('/'));
      }
    }
  };
  walk(distDir);
  return files.sort().map((file) => ({ file, url: fileToUrlPath(file) }));
}

/** 'index.html' → '/', 'tiaojian/index.html' → '/tiaojian/', '404.html' → '/404.html' (all under the base). */
export function fileToUrlPath(file: string): string {
  const path = file === 'index.html' ? '' : file.endsWith('/index.html') ? file.slice(0, -'index.html'.length) : file;
  return basePath + path;
}

/**
 * The dist file a site URL path is served from, or undefined when the path lies outside the base or names
 * nothing in dist. Directory URLs must end in '/' (the site is built with trailingSlash: 'always').
 */
export function urlPathToFile(urlPath: string): string | undefined {
  if (!urlPath.startsWith(basePath)) return undefined;
  let rest: string;
  try {
    rest = decodeURIComponent(urlPath.slice(basePath.length));
  } catch {
    return undefined; // malformed percent-encoding
  }
  if (rest === '' || rest.endsWith('/')) rest += 'index.html';
  const path = join(distDir, rest);
  if (!path.startsWith(distDir) || !existsSync(path) || !statSync(path).isFile()) return undefined;
  return relative(distDir, path).split(sep).join('/');
}

/** The raw text of a dist file. */
export function readDistFile(file: string): string {
  return readFileSync(join(distDir, file), 'utf8');
}

const parsed = new Map<string, HTMLElement>();

/** The parsed document of a dist HTML file (cached). */
export function parsePage(file: string): HTMLElement {
  let root = parsed.get(file);
  if (!root) {
    root = parse(readDistFile(file), { comment: false });
    parsed.set(file, root);
  }
  return root;
}

/** A short name for a page, for file names and messages: 'index', 'tiaojian', 'zhengce-mz-2019-62', '404'. */
export function pageSlug(file: string): string {
  return file.replace(/(^|\/)index\.html$/, '').replace(/\.html$/, '').replace(/\//g, '-') || 'index';
}
