/** Astro integration: after the build, the questionnaire's script at low fetch priority (src/lib/build/island-priority.ts). */
import type { AstroIntegration } from 'astro';
import { readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { lowerIslandPriority } from '../lib/build/island-priority';

export default function islandPriority(): AstroIntegration {
  return {
    name: 'island-priority',
    hooks: {
      'astro:build:done': ({ dir }) => {
        const root = fileURLToPath(dir);
        for (const entry of readdirSync(root, { recursive: true, encoding: 'utf8' })) {
          if (!entry.endsWith('.html')) continue;
          const file = join(root, entry);
          const html = readFileSync(file, 'utf8');
          const lowered = lowerIslandPriority(html);
          if (lowered !== html) writeFileSync(file, lowered);
        }
      },
    },
  };
}
