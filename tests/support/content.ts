/**
 * Reads content/ files the way the build does and validates them with the real schemas, returning
 * messages that name the file and the field. Used by the unit tests of the content model.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { basename, join, relative } from 'node:path';
import { parse as parseYaml } from 'yaml';
import { z } from 'astro/zod';
import { makeSchemas, pendingTopicSchema, questionnaireSchema, trainingSchema } from '../../src/lib/content-schemas';

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

type Schemas = ReturnType<typeof makeSchemas<() => z.ZodString>>;

/** Which schema a file under content/ must satisfy, and whether the file holds a list of entries. */
export function schemaFor(relPath: string, schemas: Schemas): { schema: z.ZodType; list: boolean } {
  const [folder] = relPath.split('/');
  if (relPath === 'site.yaml') return { schema: schemas.site, list: false };
  if (relPath === 'standards.yaml') return { schema: schemas.standard, list: true };
  if (relPath === 'procedure.yaml') return { schema: schemas.step, list: true };
  if (relPath === 'glossary.yaml') return { schema: schemas.glossaryTerm, list: true };
  if (relPath === 'questionnaire.yaml') return { schema: questionnaireSchema, list: false };
  if (relPath === 'training.yaml') return { schema: trainingSchema, list: false };
  if (relPath === 'pending-topics.yaml') return { schema: pendingTopicSchema, list: true };
  const byFolder: Record<string, z.ZodType> = {
    documents: schemas.document,
    situations: schemas.situation,
    pages: schemas.page,
    faq: schemas.faq,
    cases: schemas.caseStudy,
    // What a page shows when its script cannot start (imported by the component that shows it, not a collection):
    // one frontmatter field telling editors where and when.
    fallbacks: z.object({ purpose: z.string().min(1) }).strict(),
  };
  if (byFolder[folder]) return { schema: byFolder[folder], list: false };
  throw new Error(`content/${relPath}: 不知道这个文件属于哪个内容集合`);
}

/** Validates one file; returns "file: field: message" lines, empty when valid. */
export function validateFile(path: string, root = contentRoot): string[] {
  const rel = relative(root, path).split('\\').join('/');
  const { schema, list } = schemaFor(rel, makeSchemas(documentIds(root), () => z.string()));
  const data = readData(path);
  const entries = list ? (Array.isArray(data) ? data : [data]) : [data];
  return entries.flatMap((entry, i) => {
    const result = schema.safeParse(entry);
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
