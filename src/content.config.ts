/**
 * Content collections. Everything the site states lives in content/; where each collection's files are and the
 * schema they follow (each field commented) are in src/lib/schemas/ (collections.ts is the table). Citations are
 * reference('documents'), so an unknown document id fails the build, naming the file and the id.
 */
import { defineCollection, reference } from 'astro:content';
import { glob, file } from 'astro/loaders';
import type { z } from 'astro/zod';
import { readdirSync } from 'node:fs';
import { checkContent, formatProblem } from './lib/content-check/check';
import { ContentError } from './lib/content-error';
import { SITUATION_KINDS } from './lib/eligibility/schema';
import { collectionTable, type CollectionSpec } from './lib/schemas';

const idsIn = (dir: string) =>
  readdirSync(`./content/${dir}`).flatMap((name) => (name.endsWith('.yaml') ? [name.slice(0, -'.yaml'.length)] : []));

// content/situations has one file per situation the engine knows (but 不清楚), named by its kind, and no other.
const situationFiles = idsIn('situations').sort();
const engineKinds = SITUATION_KINDS.filter((kind) => kind !== 'unknown').sort();
if (situationFiles.join() !== engineKinds.join()) {
  throw new ContentError(
    `content/situations 的文件名应与判断规则的情形一一对应（src/lib/eligibility/schema.ts）：\n` +
      `  缺少：${engineKinds.filter((kind) => !situationFiles.includes(kind)).join('、') || '无'}\n` +
      `  多出：${situationFiles.filter((name) => !engineKinds.includes(name as never)).join('、') || '无'}`,
  );
}

// Every file checked before Astro loads it, so that one list names each problem by file, line and field
// (src/lib/content-check): Astro's own messages name neither file nor line, and its YAML parser rolls impossible
// dates over (2025-02-30 → 3月2日).
const problems = checkContent('./content');
if (problems.length > 0) {
  throw new ContentError(`content/ 中有 ${problems.length} 处需要修改：\n${problems.map((problem) => `  ${formatProblem(problem)}`).join('\n')}`, {
    location: { file: problems[0].file, line: problems[0].line },
  });
}

const table = collectionTable(new Set(idsIn('documents')), () => reference('documents'));

function collection<S extends z.ZodType>({ files, schema }: CollectionSpec<S>) {
  const loader = 'file' in files ? file(`./content/${files.file}`) : glob({ pattern: files.pattern, base: `./content/${files.dir}` });
  return defineCollection({ loader, schema });
}

export const collections = {
  site: collection(table.site),
  documents: collection(table.documents),
  situations: collection(table.situations),
  standards: collection(table.standards),
  procedure: collection(table.procedure),
  pages: collection(table.pages),
  faq: collection(table.faq),
  glossary: collection(table.glossary),
  questionnaire: collection(table.questionnaire),
  cases: collection(table.cases),
  pendingTopics: collection(table.pendingTopics),
  training: collection(table.training),
  search: collection(table.search),
  offices: collection(table.offices),
  confirmationSheet: collection(table.confirmationSheet),
  fallbacks: collection(table.fallbacks),
};
