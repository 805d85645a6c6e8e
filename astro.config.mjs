// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import preact from '@astrojs/preact';
import tailwindcss from '@tailwindcss/vite';
import pendingReport from './src/integrations/pending-report.ts';
import { satteri } from '@astrojs/markdown-satteri';
import baseLinksPlugin from './src/integrations/base-links-plugin.ts';

// BASE_PATH and SITE_URL let the portal publish the site under a sub-path (e.g. /zt/etbz/).
const base = process.env.BASE_PATH || '/';
const site = process.env.SITE_URL || 'http://localhost:4321';

export default defineConfig({
  site,
  base,
  trailingSlash: 'always',
  build: { format: 'directory' },
  markdown: { processor: satteri({ hastPlugins: [baseLinksPlugin(base)] }) },
  integrations: [mdx(), preact(), pendingReport({ failOnPending: process.env.PUBLISH === '1' })],
  vite: { plugins: [tailwindcss()] },
  devToolbar: { enabled: false },
});
