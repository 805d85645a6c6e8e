/**
 * Reads content/ files the way the build does and validates them with the real schemas, returning
 * messages that name the file and the field. Used by the unit tests of the content model.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { basename, join, relative } from 'node:path';
import { parse as parseYaml } from 'yaml';
import { z } from 'astro/zod';
import { checkContentFile, formatProblem } from '../../src/lib/content-check/check';
import { collectionOf, collectionTable } from '../../src/lib/schemas';

export const repoRoot = join(import.meta.dirname, '..', '..');
export const contentRoot = join(repoRoot, 'content');

export function documentIds(root = contentRoot): Set<string> {
  return new Set(readdirSync(join(root, 'documents')).filter((f) => f.endsWith('.yaml')).map((f) => basename(f, '.yaml')));
}

/** Data of a content file: parsed YAML, or the frontmatter of a Markdown/MDX file. */
export function readData(path: string): unknown {
  const text = readFileSync(path, 'utf8');
  if (/\.ya?ml$/.test(path)) return parseYaml(text);
  const frontmatter = /^---\r?\n([\s\S]*?)\r?\n---/.exec(text);
  if (!frontmatter) throw new Error(`${path}: 缺少 frontmatter`);
  return parseYaml(frontmatter[1]);
}

/**
 * Validates one file as the build does (src/lib/content-check: its collection's schema, calendar dates, list ids);
 * returns the build's messages ("file 第N行，field：message"), empty when valid.
 */
export function validateFile(path: string, root = contentRoot): string[] {
  const rel = relative(root, path).split('\\').join('/');
  if (!collectionOf(collectionTable(documentIds(root), () => z.string()), rel)) throw new Error(`content/${rel}: 不知道这个文件属于哪个内容集合`);
  return checkContentFile(path, root).map(formatProblem);
}

/** Matches the build's message for `field` of `file`: "content/a.yaml 第5行，date：…" (the line where known). */
export function problemAt(file: string, field: string): RegExp {
  const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  return new RegExp(`(^|\\n)${escape(file)}( 第\\d+行)?，${escape(field)}：`);
}

/** Every content file (YAML, Markdown, MDX) under a root. */
export function listContentFiles(dir = contentRoot): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return listContentFiles(path);
    return /\.(ya?ml|mdx?)$/.test(entry.name) ? [path] : [];
  });
}

/** content/<rel> as data (YAML, or a Markdown file's frontmatter), for tests that derive what they expect from it. */
export function readContent<T>(rel: string, root = contentRoot): T {
  return readData(join(root, rel)) as T;
}

export interface DocumentEntry {
  id: string; // the file name, used in citations
  number: string; // 文号; empty for a letter without one
  title: string;
  shortTitle: string;
}

/** Every policy document in content/documents, by id. */
export function readDocuments(root = contentRoot): DocumentEntry[] {
  return [...documentIds(root)].sort().map((id) => ({ id, ...readContent<Omit<DocumentEntry, 'id'>>(`documents/${id}.yaml`, root) }));
}

export interface AmountEntry {
  id: string;
  kind: 'amount';
  name: string;
  amount: number;
  unit: string;
  sources: string[];
  pending?: { topic: string | string[]; note: string };
}

/** The amounts of content/standards.yaml, in file order. */
export function readAmounts(root = contentRoot): AmountEntry[] {
  return readContent<Array<{ kind: string }>>('standards.yaml', root).filter((entry): entry is AmountEntry => entry.kind === 'amount');
}

/** The fixed note every statement awaiting confirmation carries (content/questionnaire.yaml, pendingNote.suffix), without its full stop. */
export function pendingSuffix(root = contentRoot): string {
  return readContent<{ pendingNote: { suffix: string } }>('questionnaire.yaml', root).pendingNote.suffix.replace(/。$/, '');
}
