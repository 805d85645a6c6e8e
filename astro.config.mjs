// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import tailwindcss from '@tailwindcss/vite';
import { fileURLToPath } from 'node:url';
import { createLogger } from 'vite';
import pendingReport from './src/integrations/pending-report.ts';
import confirmationCheck from './src/integrations/confirmation-check.ts';
import { satteri } from '@astrojs/markdown-satteri';
import baseLinksPlugin from './src/integrations/base-links-plugin.ts';
import sitemap from './src/integrations/sitemap.ts';
import islandPriority from './src/integrations/island-priority.ts';
import contentGuard from './src/integrations/content-guard.ts';
import tableWrapPlugin from './src/integrations/table-wrap-plugin.ts';
import componentSourcePlugin from './src/integrations/component-source-plugin.ts';
import searchLexicon from './src/integrations/search-lexicon.ts';
import minifyServedScript from './src/integrations/minify-served-script.ts';
import { CSP_DIRECTIVES, SCRIPT_SOURCES, STYLE_SOURCES } from './src/lib/csp.ts';
import { legacyCssPlugins, legacyTargets } from './src/integrations/legacy-css/index.ts';

/**
 * Vite's logger, less one notice: Astro marks MDX modules with a "use astro:head-inject" directive and the bundler
 * reports it (MODULE_LEVEL_DIRECTIVE) for every MDX page. It is Astro's own marker and harmless; every other
 * warning still shows, so a new one is noticed.
 */
function quietLogger() {
  const logger = createLogger('info', { allowClearScreen: false });
  const warn = logger.warn.bind(logger);
  logger.warn = (message, options) => {
    if (message.includes('MODULE_LEVEL_DIRECTIVE') && message.includes('astro:head-inject')) return;
    warn(message, options);
  };
  return logger;
}

// BASE_PATH and SITE_URL let the portal publish the site under a sub-path (e.g. /zt/etbz/).
const base = process.env.BASE_PATH || '/';
const site = process.env.SITE_URL || 'http://localhost:4321';
// LEGACY_TARGETS=0 builds for Vite's default browsers only: the bench's comparison (scripts/bench/legacy-cost.ts),
// never a release.
const legacy = process.env.LEGACY_TARGETS !== '0';

export default defineConfig({
  site,
  base,
  trailingSlash: 'always',
  // Nothing inlined (scripts, stylesheets, data: URLs): every script and style is a file from 'self', so the
  // Content-Security-Policy needs no hashes and no 'unsafe-inline'.
  build: { format: 'directory', inlineStylesheets: 'never' },
  // No code highlighting: the site shows no code, and Shiki's inline styles would break the Content-Security-Policy.
  markdown: { syntaxHighlight: false, processor: satteri({ hastPlugins: [baseLinksPlugin(base), tableWrapPlugin(), componentSourcePlugin(fileURLToPath(new URL('.', import.meta.url)))] }) },
  // contentGuard first: it reads content/ for code before any other step compiles it.
  integrations: [contentGuard(), mdx(), pendingReport(), sitemap(), islandPriority(), confirmationCheck({ publish: process.env.PUBLISH === '1' })],
  // Scripts and styles for Chrome 69 / Safari 12 and newer (src/integrations/legacy-css/targets.ts).
  // minifyServedScript: the head script, served as a file Vite would otherwise copy as written.
  // searchLexicon: content/search.yaml and the glossary's everyday words, compiled for the question reader (loaded for questions only).
  vite: {
    plugins: [tailwindcss(), searchLexicon(), minifyServedScript(), ...(legacy ? [legacyTargets()] : [])],
    build: { assetsInlineLimit: 0 },
    css: { postcss: { plugins: legacy ? legacyCssPlugins() : [] } },
    customLogger: quietLogger(),
  },
  devToolbar: { enabled: false },
  // A Content-Security-Policy <meta> on every page, with the hashes of anything Astro inlines (src/lib/csp.ts).
  security: {
    csp: {
      algorithm: 'SHA-256',
      directives: [...CSP_DIRECTIVES],
      scriptDirective: { resources: [...SCRIPT_SOURCES] },
      styleDirective: { resources: [...STYLE_SOURCES] },
    },
  },
});
