/**
 * What still awaits the district's confirmation in the site being packaged, read from its built HTML as the publish
 * check reads it (src/lib/confirmation: every `data-pending` note, and the notes in a page's JSON data that a script
 * shows). The package reports the count (output, 发布说明.txt, manifest.json) and, with PUBLISH=1, refuses to
 * package while it is not zero.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse as parseYaml } from 'yaml';
import { pendingInSite } from '../../src/lib/confirmation/built-site.ts';
import { publishRefusal as refusalOf } from '../../src/lib/confirmation/gate.ts';
import { openQuestions, type OpenQuestions, type Topic } from '../../src/lib/confirmation/topics.ts';

export interface PendingCount {
  markers: number; // notes shown as awaiting confirmation, counted on every page that shows one
  questions: number; // the questions for the bureau they belong to
  pages: number; // the pages that show them
}

/** The questions of content/pending-topics.yaml in the project at `root`. */
export function readTopics(root: string): Topic[] {
  return parseYaml(readFileSync(join(root, 'content', 'pending-topics.yaml'), 'utf8')) as Topic[];
}

/** What awaits confirmation in the site built into `siteDir` under `base`, by question. */
export function pendingOf(siteDir: string, base: string, topics: Topic[]): OpenQuestions {
  return openQuestions(pendingInSite(siteDir, base), topics);
}

export function pendingCount(open: OpenQuestions): PendingCount {
  return { markers: open.markers, questions: open.topics.length, pages: open.pages.length };
}

/** One line for the package's output: 待区民政局确认：12 个问题，64 处标注，涉及 20 个页面。 */
export function pendingLine({ markers, questions, pages }: PendingCount): string {
  return markers === 0 ? '待区民政局确认：没有了。' : `待区民政局确认：${questions} 个问题，${markers} 处标注，涉及 ${pages} 个页面。`;
}

/** PUBLISH=1's refusal, headline first (the publish check's, src/lib/confirmation/gate.ts); undefined when nothing is left. */
export function publishRefusal(open: OpenQuestions): string | undefined {
  const refusal = refusalOf(open);
  return refusal && `${refusal}\n\n没有打包。全部确认后，再运行 PUBLISH=1 npm run package。`;
}
