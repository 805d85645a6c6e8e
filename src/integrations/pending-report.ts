/**
 * Astro integration: before every build, checks that every pending marker names a question of
 * content/pending-topics.yaml, and lists the content still awaiting the district's confirmation. Whether the site
 * may be published is judged after the build, from the built HTML (src/integrations/confirmation-check.ts).
 */
import type { AstroIntegration } from 'astro';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse as parseYaml } from 'yaml';
import { readContentFiles } from '../lib/confirmation/content-files';
import { findPending, formatPendingReport, topicProblems } from '../lib/pending';

/** The report for the project at `root`; throws on a marker without a known topic. */
export function checkPending(root: string): string {
  const items = findPending(readContentFiles(join(root, 'content'), root));
  const topics = parseYaml(readFileSync(join(root, 'content', 'pending-topics.yaml'), 'utf8')) as { id: string }[] | null;
  const problems = topicProblems(items, new Set((topics ?? []).map((topic) => topic.id)));
  if (problems.length > 0) throw new Error(`待确认标记的 topic 有误：\n${problems.join('\n')}`);
  return formatPendingReport(items);
}

export default function pendingReport(): AstroIntegration {
  let root = process.cwd();
  return {
    name: 'pending-report',
    hooks: {
      'astro:config:done': ({ config }) => {
        root = fileURLToPath(config.root);
      },
      'astro:build:start': ({ logger }) => logger.info(checkPending(root)),
    },
  };
}
