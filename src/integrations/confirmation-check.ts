/**
 * Astro integration for the road to publication:
 * - before the build, reads every confirmation record in content/ and stops on bad input, naming file and field
 *   (a `confirmed` without date or by, an unknown question id, a statement both pending and confirmed);
 * - after the build, reads what awaits confirmation from the built HTML (src/lib/confirmation/dist.ts) and says how
 *   much is left; with `publish` (npm run build:publish, PUBLISH=1) it stops while anything is left, listing the
 *   questions and the pages that show them.
 */
import type { AstroIntegration } from 'astro';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse as parseYaml } from 'yaml';
import { pendingInSite } from '../lib/confirmation/built-site';
import { ContentError } from '../lib/content-error';
import { readContentFiles } from '../lib/confirmation/content-files';
import { pendingSummary, publishRefusal } from '../lib/confirmation/gate';
import { scanConfirmations } from '../lib/confirmation/scan';
import { openQuestions, type Topic } from '../lib/confirmation/topics';

export function readTopics(root: string): Topic[] {
  return parseYaml(readFileSync(join(root, 'content', 'pending-topics.yaml'), 'utf8')) as Topic[];
}

/** Problems with the confirmation records of the project at `root`, as one message; undefined when there are none. */
export function confirmationProblems(root: string): string | undefined {
  const topicIds = new Set(readTopics(root).map((topic) => topic.id));
  const { problems } = scanConfirmations(readContentFiles(join(root, 'content'), root), topicIds);
  return problems.length > 0 ? `确认记录有误，请修改后再构建：\n${problems.map((p) => `  ${p}`).join('\n')}` : undefined;
}

export default function confirmationCheck({ publish }: { publish: boolean }): AstroIntegration {
  let root = process.cwd();
  let base = '/';
  return {
    name: 'confirmation-check',
    hooks: {
      'astro:config:done': ({ config }) => {
        root = fileURLToPath(config.root);
        base = config.base.endsWith('/') ? config.base : `${config.base}/`;
      },
      'astro:build:start': () => {
        const problems = confirmationProblems(root);
        if (problems) throw new ContentError(problems);
      },
      'astro:build:done': ({ dir, logger }) => {
        const open = openQuestions(pendingInSite(fileURLToPath(dir), base), readTopics(root));
        const refusal = publish ? publishRefusal(open) : undefined;
        if (!refusal) {
          logger.info(pendingSummary(open));
          return;
        }
        logger.error(refusal);
        throw new ContentError('发布检查未通过：仍有内容等待区民政局确认（清单见上）。', {
          hint: '用 npm run confirm:sheet 生成征求意见表发给区民政局；收到答复后按 README 的“The confirmation loop”一节改写 content/。',
        });
      },
    },
  };
}
