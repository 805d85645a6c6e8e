/**
 * @astrojs/preact, registered without its browser entry. The site renders the questionnaire with Preact on the
 * server and hydrates it itself (src/islands/mount.ts); no component uses a client:* directive. Astro bundles every
 * renderer's browser entry even when no page loads it, and that unused entry made Preact and Vite's preload helper
 * shared chunks, so the questionnaire and the search starter each fetched a second file in a chain before the page
 * settled. Without the entry they are bundled into the one script that uses them. A client:* directive would render
 * an island that can never hydrate, so the build stops when a page has one.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import preact from '@astrojs/preact';
import type { AstroIntegration } from 'astro';

/** Built HTML files (relative to the output folder) that contain an Astro island. */
export function pagesWithIslands(outDir: string): string[] {
  return readdirSync(outDir, { recursive: true, encoding: 'utf8' })
    .filter((file) => file.endsWith('.html') && readFileSync(join(outDir, file), 'utf8').includes('<astro-island'))
    .sort();
}

export default function preactServerOnly(): AstroIntegration {
  const integration = preact();
  const setup = integration.hooks['astro:config:setup']!;
  return {
    ...integration,
    hooks: {
      ...integration.hooks,
      'astro:config:setup': (options) =>
        setup({ ...options, addRenderer: ({ clientEntrypoint: _unused, ...renderer }) => options.addRenderer(renderer) }),
      'astro:build:done': ({ dir }) => {
        const pages = pagesWithIslands(fileURLToPath(dir));
        if (pages.length > 0) {
          throw new Error(
            `这些页面用了 client:* 指令，但本站的 Preact 组件只在服务器端渲染，浏览器端由 src/islands/mount.ts 自行挂载（见 src/integrations/preact-server-only.ts）：\n${pages.join('\n')}`,
          );
        }
      },
    },
  };
}
