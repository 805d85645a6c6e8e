/**
 * Astro integration: before every build, lists the content still awaiting the district's confirmation, and stops
 * when a marker names no question or an unknown one. Whether the site may be published is judged from the built
 * HTML instead (src/integrations/confirmation-check.ts).
 */
import type { AstroIntegration } from 'astro';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse as parseYaml } from 'yaml';
import { readContentFiles } from '../lib/confirmation/content-files';
import { findPending, formatPendingReport, topicProblems } from '../lib/pending';

export default function pendingReport(): AstroIntegration {
  return {
    name: 'pending-report',
    hooks: {
      'astro:build:start': ({ logger }) => {
        const root = process.cwd();
        const items = findPending(readContentFiles(join(root, 'content'), root));
        const topics = parseYaml(readFileSync(join(root, 'content', 'pending-topics.yaml'), 'utf8')) as { id: string }[];
        const problems = topicProblems(items, new Set(topics.map((topic) => topic.id)));
        if (problems.length > 0) throw new Error(`待确认标记的 topic 有误：\n${problems.join('\n')}`);
        logger.info(formatPendingReport(items));
      },
    },
  };
}
