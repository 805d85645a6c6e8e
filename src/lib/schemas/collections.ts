/**
 * The one table of content collections: where each one's files are under content/ and which schema they follow.
 * src/content.config.ts makes Astro's collections from it, and the tests validate content/ files with it.
 */
import type { z } from 'astro/zod';
import { documentCitation, pendingTopicSchema, type DocumentRef } from './common';
import { caseSchema } from './cases';
import { fallbackSchema } from './fallbacks';
import { confirmationSheetSchema, officesSchema } from './confirmation';
import { pageSchema } from './pages';
import { policySchemas } from './policy';
import { questionnaireSchema } from './questionnaire';
import { searchSchema } from './search';
import { trainingSchema } from './training';

/** Files of a collection: one entry per file matching `pattern` in content/<dir>, or a list of entries in one file. */
export type CollectionFiles = { dir: string; pattern: string } | { file: string };

export interface CollectionSpec<S extends z.ZodType = z.ZodType> {
  files: CollectionFiles;
  schema: S;
}

/** Every schema, given the ids of the documents in content/documents and how a citation is made (reference() in Astro). */
export function makeSchemas<Ref extends DocumentRef>(documentIds: ReadonlySet<string>, toReference: Ref) {
  const cite = documentCitation(documentIds, toReference);
  const policy = policySchemas(cite);
  return { ...policy, page: pageSchema(cite), caseStudy: caseSchema(policy.sources), questionnaire: questionnaireSchema, training: trainingSchema, pendingTopic: pendingTopicSchema };
}

const spec = <S extends z.ZodType>(files: CollectionFiles, schema: S): CollectionSpec<S> => ({ files, schema });

/** The collections, by name, given what makeSchemas needs. */
export function collectionTable<Ref extends DocumentRef>(documentIds: ReadonlySet<string>, toReference: Ref) {
  const schemas = makeSchemas(documentIds, toReference);
  return {
    site: spec({ dir: '', pattern: 'site.yaml' }, schemas.site), // site settings, one file
    documents: spec({ dir: 'documents', pattern: '*.yaml' }, schemas.document), // one file per document; the file name is its id
    situations: spec({ dir: 'situations', pattern: '*.yaml' }, schemas.situation), // the file name is the engine's situation kind
    standards: spec({ file: 'standards.yaml' }, schemas.standard), // amounts and the overlap rule, a list in one file
    procedure: spec({ file: 'procedure.yaml' }, schemas.step), // the application steps, a list in one file
    pages: spec({ dir: 'pages', pattern: '*.mdx' }, schemas.page), // guide pages; the file name is the URL
    faq: spec({ dir: 'faq', pattern: '*.{md,mdx}' }, schemas.faq), // the question in frontmatter, the answer as the body
    glossary: spec({ file: 'glossary.yaml' }, schemas.glossaryTerm), // 名词解释, a list in one file
    questionnaire: spec({ dir: '', pattern: 'questionnaire.yaml' }, schemas.questionnaire), // the questionnaire's wording
    cases: spec({ dir: 'cases', pattern: '*.md' }, schemas.caseStudy), // training cases; the file name is the id
    pendingTopics: spec({ file: 'pending-topics.yaml' }, schemas.pendingTopic), // the questions for the bureau; every pending marker names one
    training: spec({ dir: '', pattern: 'training.yaml' }, schemas.training), // the training kit's own wording
    search: spec({ dir: '', pattern: 'search.yaml' }, searchSchema), // how the search box reads everyday questions; its suggestions and wording
    offices: spec({ dir: '', pattern: 'offices.yaml' }, officesSchema), // the 街道办事处 where families apply; empty until the bureau supplies them
    confirmationSheet: spec({ dir: '', pattern: 'confirmation-sheet.yaml' }, confirmationSheetSchema), // the words of the bureau's confirmation sheet (npm run confirm:sheet)
    fallbacks: spec({ dir: 'fallbacks', pattern: '*.mdx' }, fallbackSchema), // what a page says when its script cannot start
  };
}

/** The collection a file under content/ ('situations/deceased.yaml') belongs to, or undefined. */
export function collectionOf<T extends Record<string, CollectionSpec>>(table: T, relPath: string): (T[keyof T] & { name: keyof T }) | undefined {
  const slash = relPath.lastIndexOf('/');
  const [dir, name] = [relPath.slice(0, Math.max(slash, 0)), relPath.slice(slash + 1)];
  for (const [key, entry] of Object.entries(table)) {
    const { files } = entry;
    if ('file' in files ? files.file === relPath : files.dir === dir && globToRegExp(files.pattern).test(name)) {
      return { ...(entry as T[keyof T]), name: key };
    }
  }
  return undefined;
}

/** '*.{md,mdx}' → /^[^/]*\.(md|mdx)$/ : the two glob forms the table uses. */
function globToRegExp(pattern: string): RegExp {
  const source = pattern
    .replace(/[.+^$()|[\]\\]/g, '\\$&')
    .replace(/\*/g, '[^/]*')
    .replace(/\{([^}]+)\}/g, (_all, list: string) => `(${list.split(',').join('|')})`);
  return new RegExp(`^${source}$`);
}

