/**
 * What a built page loads before any interaction, read from its HTML: stylesheets (and their @import and url()),
 * scripts and modulepreloads with every static `import` of the built chunks, Astro islands' component and renderer
 * (they load at hydration), preloads, icons, images, the manifest. Dynamic `import()` (e.g. Pagefind on focus)
 * and prefetches are not counted: they load on use. Inline <script> and <style> are measured too.
 */
import { existsSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { parse, type HTMLElement } from 'node-html-parser';
import { staticImports } from '../../tools/site/page-scripts.ts';
import { sizeOf, type Size } from './sizes.ts';

export type AssetKind = 'css' | 'js' | 'font' | 'image' | 'other';

export interface Asset {
  url: string; // as requested, resolved against the page: '/_astro/client.abc.js'
  kind: AssetKind;
  via: string; // why it loads: stylesheet, script, import, island, icon, img, css-url …
  size: Size; // zero when missing or external
  missing?: true; // referenced but not in the build
  external?: true; // on another origin
}

export interface PageLoad {
  html: Size; // the HTML document itself (inline scripts and styles included)
  inlineCss: Size; // <style> elements, measured on their own
  inlineJs: Size; // inline <script> elements that run, measured on their own
  fontFaces: number; // @font-face rules with a url() in the CSS the page loads
  assets: Asset[]; // every other file, each once
}

/** A built site on disk and the base path it was built with ('/' or '/zt/etbz/'). */
export interface Site {
  root: string;
  base: string;
}

const ORIGIN = 'http://site.invalid';
const FONT = /\.(woff2?|ttf|otf|eot)$/i;
const IMAGE = /\.(svg|png|jpe?g|gif|webp|avif|ico)$/i;
const RUNNABLE_SCRIPT = /^(|module|text\/javascript|application\/javascript)$/i;

/** The files a page loads before interaction. `url` is the page's path under the site origin ('/tiaojian/'). */
export function pageLoad(site: Site, htmlFile: string, url: string): PageLoad {
  const html = readFileSync(join(site.root, htmlFile), 'utf8');
  const root = parse(html, { comment: false });
  const queue: Array<{ ref: string; from: string; kind: AssetKind; via: string }> = [];
  const add = (ref: string | undefined, kind: AssetKind, via: string, from = url) => {
    if (ref && !/^(data:|blob:|javascript:|#|about:)/i.test(ref.trim())) queue.push({ ref: ref.trim(), from, kind, via });
  };

  for (const link of root.querySelectorAll('link[href]')) addLink(link, add);
  let inlineJs = '';
  for (const script of root.querySelectorAll('script')) {
    if (!RUNNABLE_SCRIPT.test(script.getAttribute('type') ?? '')) continue;
    const src = script.getAttribute('src');
    if (src) add(src, 'js', 'script');
    else {
      inlineJs += script.rawText;
      for (const ref of staticImports(script.rawText)) add(ref, 'js', 'import');
    }
  }
  for (const island of root.querySelectorAll('astro-island')) {
    for (const attr of ['component-url', 'renderer-url', 'before-hydration-url']) add(island.getAttribute(attr), 'js', 'island');
  }
  for (const img of root.querySelectorAll('img[src], input[type=image][src]')) add(img.getAttribute('src'), 'image', 'img');
  let inlineCss = '';
  for (const style of root.querySelectorAll('style')) {
    inlineCss += style.rawText;
    for (const { ref, kind, via } of cssRefs(style.rawText)) add(ref, kind, via);
  }

  const seen = new Map<string, Asset>();
  let fontFaces = countFontFaces(inlineCss);
  while (queue.length > 0) {
    const { ref, from, kind, via } = queue.shift()!;
    const resolved = new URL(ref, ORIGIN + from);
    const key = resolved.origin === ORIGIN ? resolved.pathname : resolved.href;
    if (seen.has(key)) continue;
    const assetKind = FONT.test(resolved.pathname) ? 'font' : kind;
    if (resolved.origin !== ORIGIN) {
      seen.set(key, { url: key, kind: assetKind, via, size: { raw: 0, gzip: 0 }, external: true });
      continue;
    }
    const file = fileFor(site, resolved.pathname);
    if (!file) {
      seen.set(key, { url: key, kind: assetKind, via, size: { raw: 0, gzip: 0 }, missing: true });
      continue;
    }
    const bytes = readFileSync(file);
    seen.set(key, { url: key, kind: assetKind, via, size: sizeOf(bytes) });
    if (assetKind === 'css') {
      const text = bytes.toString('utf8');
      fontFaces += countFontFaces(text);
      for (const next of cssRefs(text)) queue.push({ ...next, from: key });
    } else if (assetKind === 'js') {
      for (const next of staticImports(bytes.toString('utf8'))) queue.push({ ref: next, from: key, kind: 'js', via: 'import' });
    }
  }
  return { html: sizeOf(html), inlineCss: sizeOf(inlineCss), inlineJs: sizeOf(inlineJs), fontFaces, assets: [...seen.values()] };
}

type Add = (ref: string | undefined, kind: AssetKind, via: string) => void;

/** <link> elements that fetch something during load; prefetch, canonical, alternate and the like do not. */
function addLink(link: HTMLElement, add: Add): void {
  const rel = (link.getAttribute('rel') ?? '').toLowerCase().split(/\s+/);
  const href = link.getAttribute('href');
  if (rel.includes('stylesheet')) add(href, 'css', 'stylesheet');
  else if (rel.includes('modulepreload')) add(href, 'js', 'modulepreload');
  else if (rel.includes('preload')) {
    const as = link.getAttribute('as') ?? '';
    const kinds: Record<string, AssetKind> = { script: 'js', style: 'css', font: 'font', image: 'image' };
    add(href, kinds[as] ?? 'other', 'preload');
  } else if (rel.includes('icon') || rel.includes('apple-touch-icon')) add(href, 'image', 'icon');
  else if (rel.includes('manifest')) add(href, 'other', 'manifest');
}

/** url() and @import references in CSS. */
function cssRefs(css: string): Array<{ ref: string; kind: AssetKind; via: string }> {
  const refs: Array<{ ref: string; kind: AssetKind; via: string }> = [];
  const imports = /@import\s+(?:url\(\s*)?["']?([^"')\s;]+)["']?\s*\)?/g;
  for (const match of css.matchAll(imports)) refs.push({ ref: match[1], kind: 'css', via: 'css-import' });
  const withoutImports = css.replace(imports, '');
  for (const match of withoutImports.matchAll(/url\(\s*(["']?)([^"')]+)\1\s*\)/g)) {
    const ref = match[2];
    refs.push({ ref, kind: FONT.test(ref) ? 'font' : IMAGE.test(ref) ? 'image' : 'other', via: 'css-url' });
  }
  return refs;
}

/** @font-face rules that download a font (a url(), including data: URLs); local() alone downloads nothing. */
function countFontFaces(css: string): number {
  return [...css.matchAll(/@font-face\s*\{[^}]*\burl\(/g)].length;
}

/** The file a URL path is served from, if it is in the build. */
function fileFor(site: Site, pathname: string): string | undefined {
  if (!pathname.startsWith(site.base)) return undefined;
  let rest: string;
  try {
    rest = decodeURIComponent(pathname.slice(site.base.length));
  } catch {
    return undefined;
  }
  const path = join(site.root, rest.endsWith('/') || rest === '' ? `${rest}index.html` : rest);
  return path.startsWith(site.root) && existsSync(path) && statSync(path).isFile() ? path : undefined;
}
