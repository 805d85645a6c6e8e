/** Reads the markers of every page of a built site (dist/ or another output folder). */
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { pendingOnPage, type PageMarker } from './dist.ts';

/** Generated folders that hold no pages of the site. */
const SKIPPED = new Set(['_astro', 'pagefind']);

/** 'index.html' → base, 'tiaojian/index.html' → base + 'tiaojian/', '404.html' → base + '404.html'. */
function urlOf(file: string, base: string): string {
  return base + (file === 'index.html' ? '' : file.endsWith('/index.html') ? file.slice(0, -'index.html'.length) : file);
}

function htmlFiles(dir: string, root: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return dir === root && SKIPPED.has(entry.name) ? [] : htmlFiles(path, root);
    return entry.name.endsWith('.html') ? [relative(root, path).split(sep).join('/')] : [];
  });
}

/** Every marker on every page, pages in address order. `base` is the base path the site was built under. */
export function pendingInSite(distDir: string, base = '/'): PageMarker[] {
  return htmlFiles(distDir, distDir)
    .sort()
    .flatMap((file) => pendingOnPage(readFileSync(join(distDir, file), 'utf8'), urlOf(file, base), base));
}
