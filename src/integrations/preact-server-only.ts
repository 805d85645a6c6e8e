/**
 * @astrojs/preact, registered without its browser entry. The site renders the questionnaire with Preact on the
 * server and hydrates it itself (src/islands/mount.ts); no component uses a client:* directive. Astro bundles every
 * renderer's browser entry even when no page loads it, and that unused entry made Preact and Vite's preload helper
 * shared chunks, so the questionnaire and the search starter each fetched a second file in a chain before the page
 * settled. Without the entry they are bundled into the one script that uses them. A client:* directive now stops
 * the build, since the renderer has no browser side.
 */
import preact from '@astrojs/preact';
import type { AstroIntegration } from 'astro';

export default function preactServerOnly(): AstroIntegration {
  const integration = preact();
  const setup = integration.hooks['astro:config:setup']!;
  return {
    ...integration,
    hooks: {
      ...integration.hooks,
      'astro:config:setup': (options) =>
        setup({ ...options, addRenderer: ({ clientEntrypoint: _unused, ...renderer }) => options.addRenderer(renderer) }),
    },
  };
}
