/**
 * Content collections. Everything the site states lives in content/; the schemas are in
 * src/lib/content-schemas.ts (each field commented there). Citations are reference('documents'),
 * so an unknown document id fails the build, naming the file and the id.
 */
import { defineCollection, reference } from 'astro:content';
import { glob, file } from 'astro/loaders';
import { readdirSync } from 'node:fs';
import { makeSchemas, pendingTopicSchema, questionnaireSchema, trainingSchema } from './lib/content-schemas';

// Ids of the policy documents (file names), so a citation of an unknown id stops the build.
const documentIds = new Set(
  readdirSync('./content/documents').flatMap((name) => (name.endsWith('.yaml') ? [name.slice(0, -'.yaml'.length)] : [])),
);
const schemas = makeSchemas(documentIds, () => reference('documents'));

export const collections = {
  // Site settings: one file, content/site.yaml.
  site: defineCollection({ loader: glob({ pattern: 'site.yaml', base: './content' }), schema: schemas.site }),
  // Policy documents, one YAML file each; the file name is the id used in citations.
  documents: defineCollection({ loader: glob({ pattern: '*.yaml', base: './content/documents' }), schema: schemas.document }),
  // 死亡, 失踪 and the eight situations; the file name is the engine's situation kind.
  situations: defineCollection({ loader: glob({ pattern: '*.yaml', base: './content/situations' }), schema: schemas.situation }),
  // Amounts (元/人/月) and the overlap rule, in one file.
  standards: defineCollection({ loader: file('./content/standards.yaml'), schema: schemas.standard }),
  // The application procedure, step by step, in one file.
  procedure: defineCollection({ loader: file('./content/procedure.yaml'), schema: schemas.step }),
  // Guide pages in MDX; the file name is the URL (index = home page).
  pages: defineCollection({ loader: glob({ pattern: '*.mdx', base: './content/pages' }), schema: schemas.page }),
  // Frequently asked questions: the question in frontmatter, the answer as the Markdown body.
  faq: defineCollection({ loader: glob({ pattern: '*.{md,mdx}', base: './content/faq' }), schema: schemas.faq }),
  // 名词解释: each term, its plain definition and the everyday words families use for it, in one file.
  glossary: defineCollection({ loader: file('./content/glossary.yaml'), schema: schemas.glossaryTerm }),
  // The questionnaire's wording (/ziping/): questions, hints, options, result texts; one file, entry id 'questionnaire'.
  questionnaire: defineCollection({ loader: glob({ pattern: 'questionnaire.yaml', base: './content' }), schema: questionnaireSchema }),
  // Training cases (/peixun/anli/<id>/): answers in the engine's contract in frontmatter, the narrative as the body.
  cases: defineCollection({ loader: glob({ pattern: '*.md', base: './content/cases' }), schema: schemas.caseStudy }),
  // The questions awaiting the district's confirmation; every pending marker names one (its `topic`).
  pendingTopics: defineCollection({ loader: file('./content/pending-topics.yaml'), schema: pendingTopicSchema }),
  // The training kit's own wording (trap labels, the flowchart's templates, the quick-reference card); entry id 'training'.
  training: defineCollection({ loader: glob({ pattern: 'training.yaml', base: './content' }), schema: trainingSchema }),
};
