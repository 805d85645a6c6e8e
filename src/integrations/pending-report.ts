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
import { ContentError } from '../lib/content-error';
import { noteFigureProblem } from '../lib/note-figures';
import { describeItem, findPending, formatPendingReport, topicProblems } from '../lib/pending';
import { contentLabel } from '../lib/schemas/labels';

/** The report for the project at `root`; throws on a marker without a known topic, or repeating an amount in its note. */
export function checkPending(root: string): string {
  const items = findPending(readContentFiles(join(root, 'content'), root));
  const topics = parseYaml(readFileSync(join(root, 'content', 'pending-topics.yaml'), 'utf8')) as { id: string }[] | null;
  const problems = [
    ...topicProblems(items, new Set((topics ?? []).map((topic) => topic.id)), contentLabel),
    ...items.flatMap((item) => {
      const problem = noteFigureProblem(item.note); // also in <Pending note="…">, which no schema reads
      return problem ? [`${describeItem(item, contentLabel)}：${problem}`] : [];
    }),
  ];
  if (problems.length > 0) throw new ContentError(`待确认标记有误：\n${problems.map((problem) => `  ${problem}`).join('\n')}`);
  return formatPendingReport(items, contentLabel);
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
