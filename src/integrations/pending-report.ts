/**
 * Astro integration: before every build, checks that every pending marker names a question of
 * content/pending-topics.yaml, and lists the content still awaiting the district's confirmation.
 * With failOnPending (npm run build:publish) the build stops while any such item remains.
 */
import type { AstroIntegration } from 'astro';
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse as parseYaml } from 'yaml';
import { ContentError } from '../lib/content-error';
import { noteFigureProblem } from '../lib/note-figures';
import { describeItem, findPending, formatPendingReport, topicProblems, type ContentFile } from '../lib/pending';
import { contentLabel } from '../lib/schemas/labels';

function readContentFiles(dir: string, root: string): ContentFile[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return readContentFiles(path, root);
    if (!/\.(ya?ml|mdx?)$/.test(entry.name)) return [];
    return [{ path: relative(root, path), text: readFileSync(path, 'utf8') }];
  });
}

/**
 * The report for the project at `root`; throws on a marker without a known topic or repeating an amount, and with
 * `failOnPending` while any item remains.
 */
export function checkPending(root: string, failOnPending: boolean): string {
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
  const report = formatPendingReport(items, contentLabel);
  if (failOnPending && items.length > 0) {
    throw new ContentError(`发布检查未通过：仍有 ${items.length} 项内容待区民政局确认，确认后删除对应的 pending 标记。\n${report}`, {
      hint: '区民政局答复后，按答复修改 content/ 中的文字并删除对应的 pending 标记；README 的“内容编辑”一节说明了做法。',
    });
  }
  return report;
}

export default function pendingReport({ failOnPending }: { failOnPending: boolean }): AstroIntegration {
  let root = process.cwd();
  return {
    name: 'pending-report',
    hooks: {
      'astro:config:done': ({ config }) => {
        root = fileURLToPath(config.root);
      },
      'astro:build:start': ({ logger }) => logger.info(checkPending(root, failOnPending)),
    },
  };
}
