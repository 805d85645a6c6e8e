/**
 * Reads content/ files the way the build does and validates them with the real schemas, returning
 * messages that name the file and the field. Used by the unit tests of the content model.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { basename, join, relative } from 'node:path';
import { parse as parseYaml } from 'yaml';
import { z } from 'astro/zod';
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

/** Validates one file against its collection's schema (src/lib/schemas/collections.ts); returns "file: field: message" lines, empty when valid. */
export function validateFile(path: string, root = contentRoot): string[] {
  const rel = relative(root, path).split('\\').join('/');
  const collection = collectionOf(collectionTable(documentIds(root), () => z.string()), rel);
  if (!collection) throw new Error(`content/${rel}: 不知道这个文件属于哪个内容集合`);
  const list = 'file' in collection.files;
  const data = readData(path);
  const entries = list ? (Array.isArray(data) ? data : [data]) : [data];
  return entries.flatMap((entry, i) => {
    const result = collection.schema.safeParse(entry);
    if (result.success) return [];
    const prefix = list ? `[${i}].` : '';
    return result.error.issues.map((issue) => `content/${rel}: ${prefix}${issue.path.join('.') || '(root)'}: ${issue.message}`);
  });
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
