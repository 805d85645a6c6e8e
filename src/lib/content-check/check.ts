/**
 * Checks the files of content/ against their collections' schemas (src/lib/schemas/collections.ts) before Astro
 * loads them, and words each problem for an editor: the file, the line, the field and what it needs, in Chinese.
 * src/content.config.ts stops every build, check and dev start with this list; the content tests use the same
 * function. Astro's own validation would give `**issuer**: **issuer**: Required` without the file, and its YAML
 * parser turns an impossible date into another day.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { basename, join, relative, sep } from 'node:path';
import { z } from 'astro/zod';
import { collectionOf, collectionTable } from '../schemas/collections';
import { editorsMessage, shown } from './messages';
import { readYaml, type FieldPath } from './yaml-data';

export interface ContentProblem {
  file: string; // content/<path>, as the editor sees it
  line?: number; // 1-based, where known
  field: string; // e.g. issuer, 第1项（basic-living）的 amount; '' for the whole file
  message: string; // what is wrong and what to write, in Chinese
}

type Table = ReturnType<typeof collectionTable>;

const FRONTMATTER = /^---\r?\n([\s\S]*?)\r?\n?---(?:\r?\n|$)/;

/** The ids of content/documents (file names), which citations must name. */
export function documentIdsIn(contentDir: string): Set<string> {
  return new Set(readdirSync(join(contentDir, 'documents')).filter((name) => name.endsWith('.yaml')).map((name) => basename(name, '.yaml')));
}

/** Every YAML, Markdown and MDX file under a folder. */
export function contentFilesIn(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return contentFilesIn(path);
    return /\.(ya?ml|mdx?)$/.test(entry.name) ? [path] : [];
  });
}

/** The schemas as the checks use them: a citation is checked against the ids of `contentDir`/documents. */
export function checkTable(contentDir: string): Table {
  return collectionTable(documentIdsIn(contentDir), () => z.string());
}

/** "第1项（basic-living）的 amount" in a list file, "answers.father.0.grade" in others. */
function fieldName(path: FieldPath, entries: unknown[], isList: boolean): string {
  if (!isList || typeof path[0] !== 'number') return path.join('.');
  const [index, ...rest] = path as [number, ...FieldPath];
  const id = (entries[index] as { id?: unknown } | undefined)?.id;
  const entry = `第${index + 1}项${typeof id === 'string' ? `（${id}）` : ''}`;
  return rest.length > 0 ? `${entry}的 ${rest.join('.')}` : entry;
}

/** Problems of one file under `contentDir`; [] when it is valid or belongs to no collection (Astro ignores it too). */
export function checkContentFile(path: string, contentDir: string, table: Table = checkTable(contentDir)): ContentProblem[] {
  const rel = relative(contentDir, path).split(sep).join('/');
  const file = `content/${rel}`;
  const collection = collectionOf(table, rel);
  if (!collection) return [];
  const text = readFileSync(path, 'utf8').replace(/^\uFEFF/, '');

  let yaml = text;
  let firstLine = 1;
  if (!/\.ya?ml$/.test(rel)) {
    const frontmatter = FRONTMATTER.exec(text);
    if (!frontmatter) return [{ file, line: 1, field: '', message: '文件开头缺少由两行 --- 围起来的字段区（frontmatter），例如 title、description' }];
    [yaml, firstLine] = [frontmatter[1], 2];
  }
  const read = readYaml(yaml, firstLine);
  const isList = 'file' in collection.files;
  const entries: unknown[] = isList ? (Array.isArray(read.data) ? read.data : [read.data]) : [read.data];
  const problems: ContentProblem[] = read.problems.map((problem) => ({ file, line: problem.line, field: fieldName(problem.path, entries, isList), message: problem.message }));
  if (read.data === undefined && problems.length > 0) return problems; // unreadable YAML: nothing more to check

  const add = (path: FieldPath, message: string) => {
    const field = fieldName(path, entries, isList);
    if (!problems.some((known) => known.field === field && known.message === message)) problems.push({ file, line: read.lineOf(path), field, message });
  };
  const seen = new Map<string, number>();
  entries.forEach((entry, index) => {
    const at: FieldPath = isList ? [index] : [];
    if (isList) {
      const id = (entry as { id?: unknown } | null)?.id;
      if (typeof id !== 'string' || !id) add([...at, 'id'], '缺少 id（每一项都要有 id，例如 basic-living）');
      else if (seen.has(id)) add([...at, 'id'], `id ${shown(id)} 与第${seen.get(id)! + 1}项重复`);
      else seen.set(id, index);
    }
    const result = collection.schema.safeParse(entry ?? {}, { error: editorsMessage });
    if (!result.success) for (const issue of result.error.issues) add([...at, ...(issue.path as FieldPath)], issue.message);
  });
  return problems;
}

/** Problems of every file under `contentDir` (content/), in file order. */
export function checkContent(contentDir: string): ContentProblem[] {
  const table = checkTable(contentDir);
  return contentFilesIn(contentDir).sort().flatMap((path) => checkContentFile(path, contentDir, table));
}

/** One line for an editor: "content/documents/a.yaml 第5行，date：“2025-02-30”不是日历上的日期：2025年2月只有28天". */
export function formatProblem({ file, line, field, message }: ContentProblem): string {
  const where = line ? `${file} 第${line}行` : file;
  return field ? `${where}，${field}：${message}` : `${where}：${message}`;
}
