/**
 * The scripts and stylesheets the built site ships, for the old-engine checks: every .js and .css file in dist/
 * outside Pagefind's own bundle (dist/pagefind/, which only loads on engines that can search), and for each script
 * whether the pages load it as a classic <script> (parsed as a script, not a module).
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, sep } from 'node:path';
import { assertBuilt, basePath, distDir, listPages, readDistFile } from './dist.ts';

export interface ShippedFile {
  file: string; // relative to dist/, with '/' separators
  source: string;
}

function shipped(extension: string): ShippedFile[] {
  assertBuilt();
  return readdirSync(distDir, { recursive: true, encoding: 'utf8' })
    .map((file) => file.split(sep).join('/'))
    .filter((file) => file.endsWith(extension) && !file.startsWith('pagefind/'))
    .sort()
    .map((file) => ({ file, source: readFileSync(join(distDir, file), 'utf8') }));
}

export const shippedScripts = (): ShippedFile[] => shipped('.js');
export const shippedStylesheets = (): ShippedFile[] => shipped('.css');

/** Files (relative to dist/) that some page loads with a <script src> that is not type="module". */
export function classicScripts(): Set<string> {
  const classic = new Set<string>();
  for (const page of listPages()) {
    for (const tag of readDistFile(page.file).match(/<script\b[^>]*\bsrc="[^"]+"[^>]*>/g) ?? []) {
      if (/\btype="module"/.test(tag)) continue;
      const src = tag.match(/\bsrc="([^"]+)"/)![1]!;
      const path = decodeURIComponent(new URL(src, `http://site${basePath}${page.url.slice(1)}`).pathname);
      if (path.startsWith(basePath)) classic.add(path.slice(basePath.length));
    }
  }
  return classic;
}
