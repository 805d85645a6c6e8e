/**
 * The weight of every page of a built site: HTML, CSS, JS and other files loaded before interaction, raw and gzip.
 * Inline <style>/<script> count in the CSS/JS columns and are part of the HTML file; the total counts them once.
 */
import { readdirSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { categorize, type Category } from './budgets.ts';
import { pageLoad, type Asset, type Site } from './page-assets.ts';
import { addSizes, type Size } from './sizes.ts';

export interface PageWeight {
  url: string; // path under the base: '/', '/tiaojian/', '/404.html'
  file: string; // HTML file relative to the site root
  category: Category;
  html: Size;
  css: Size; // external stylesheets + inline <style>
  js: Size; // external scripts with their static imports + island code + inline <script>
  other: Size; // icons, images, fonts, manifest
  total: Size; // HTML file + every external file, each once
  fonts: string[]; // web fonts: font files loaded, or "@font-face in CSS"
  missing: string[]; // referenced files not in the build
  external: string[]; // files from another origin
  assets: Asset[];
}

/** Folders of generated files that hold no pages. */
const SKIPPED_DIRS = new Set(['_astro', 'pagefind']);

/** Every HTML page of a build, as file paths relative to the root, sorted. */
export function listHtmlFiles(root: string): string[] {
  const files: string[] = [];
  const walk = (dir: string) => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const path = join(dir, entry.name);
      if (entry.isDirectory()) {
        if (dir !== root || !SKIPPED_DIRS.has(entry.name)) walk(path);
      } else if (entry.name.endsWith('.html')) files.push(relative(root, path).split(sep).join('/'));
    }
  };
  walk(root);
  return files.sort();
}

/** 'index.html' → '/', 'tiaojian/index.html' → '/tiaojian/', '404.html' → '/404.html'. */
export function fileToUrl(file: string): string {
  if (file === 'index.html') return '/';
  return `/${file.endsWith('/index.html') ? file.slice(0, -'index.html'.length) : file}`;
}

/** The weight of one page. */
export function pageWeight(site: Site, file: string): PageWeight {
  const url = fileToUrl(file);
  const load = pageLoad(site, file, site.base + url.slice(1));
  const ofKind = (...kinds: Asset['kind'][]) => addSizes(...load.assets.filter((a) => kinds.includes(a.kind)).map((a) => a.size));
  const fonts = load.assets.filter((a) => a.kind === 'font').map((a) => a.url);
  if (load.fontFaces > fonts.length) fonts.push(`${load.fontFaces} @font-face rule(s) in CSS`);
  return {
    url,
    file,
    category: categorize(url),
    html: load.html,
    css: addSizes(ofKind('css'), load.inlineCss),
    js: addSizes(ofKind('js'), load.inlineJs),
    other: ofKind('font', 'image', 'other'),
    total: addSizes(load.html, ...load.assets.map((a) => a.size)),
    fonts,
    missing: load.assets.filter((a) => a.missing).map((a) => a.url),
    external: load.assets.filter((a) => a.external).map((a) => a.url),
    assets: load.assets,
  };
}

/** The weight of every page of a build. */
export function siteWeights(site: Site): PageWeight[] {
  return listHtmlFiles(site.root).map((file) => pageWeight(site, file));
}
