/**
 * Building blocks of the content schemas: dates, pending notes, wording, site links and document citations.
 * Kept free of astro:content so the unit tests can use them; src/content.config.ts passes in Astro's reference().
 */
import { z } from 'astro/zod';
import { partialDateProblem } from '../dates';
import { noteFigureProblem } from '../note-figures';
import type { PendingMarker } from '../pending';
import { linkProblem } from '../guard/links.ts';

/** Builds the schema of a document citation after its id is checked: Astro's reference('documents') in the build. */
export type DocumentRef = () => z.ZodType;

/**
 * A date as precise as the source allows: 2016, 2020-12 or 2025-09-25, a real day of the calendar (2025-02-30 is
 * refused). An unquoted YAML date arrives as a Date (its calendar is checked before, src/lib/content-check), an
 * unquoted year as a number.
 */
export const partialDate = z.preprocess(
  (value) => (value instanceof Date ? value.toISOString().slice(0, 10) : Number.isInteger(value) ? String(value) : value),
  z.string().superRefine((text, ctx) => {
    const problem = partialDateProblem(text);
    if (problem) ctx.addIssue({ code: 'custom', message: problem });
  }),
);

/** The id of a question for the bureau in content/pending-topics.yaml (checked against that list at build start). */
const topicId = z.string().regex(/^[a-z0-9-]+$/, '写 content/pending-topics.yaml 中的问题 id，例如 lost-contact-start');

/**
 * A statement not yet confirmed by the district: the question it belongs to (one topic id, or several) and what
 * exactly awaits confirmation. Pages receive it as { topics, note }.
 */
export const pendingMarker = z
  .object({
    topic: z.union([topicId, z.array(topicId).min(1)]), // the question(s) for the bureau, in content/pending-topics.yaml
    note: z
      .string()
      .min(4, '请写明哪一点有待区民政局确认')
      .superRefine((note, ctx) => {
        const problem = noteFigureProblem(note); // an amount repeated here would go stale
        if (problem) ctx.addIssue({ code: 'custom', message: problem });
      }), // what exactly awaits confirmation, in plain words, never repeating an amount
  })
  .strict()
  .transform(({ topic, note }): PendingMarker => ({ topics: Array.isArray(topic) ? topic : [topic], note }));
export const pendingNote = pendingMarker.optional();

/** One question for the bureau (content/pending-topics.yaml). */
export const pendingTopicSchema = z.object({
  number: z.number().int().positive(), // the question's number on the confirmation sheet
  title: z.string().min(2), // the topic in a few words
  question: z.string().min(10), // the question, in plain words, as the bureau will read it
  interim: z.string().min(10), // what the site says or does until the bureau answers
});


/** The document id in a citation: the raw string, or the id of Astro's resolved reference. */
function citedId(value: unknown): string {
  return typeof value === 'object' && value !== null && 'id' in value ? String(value.id) : String(value);
}

/**
 * A citation of a policy document by id. An unknown id fails validation with a message naming the id (Astro adds
 * the file and the field).
 */
export function documentCitation<Ref extends DocumentRef>(documentIds: ReadonlySet<string>, toReference: Ref) {
  return () =>
    (toReference() as z.ZodType).refine((value: unknown) => documentIds.has(citedId(value)), {
      error: (issue) => `引用了不存在的政策文件 “${citedId(issue.input)}”：政策文件目录中没有这个 id`,
    }) as ReturnType<Ref>;
}

/** A sentence or short paragraph; {parent} stands for 父亲 or 母亲 where a parent is meant. */
export const wording = z.string().min(2);

/** Wording with {name} slots that the code fills in; each slot listed must be there. */
export const slotted = (...slots: string[]) =>
  wording.refine((text) => slots.every((slot) => text.includes(`{${slot}}`)), `这句话里要有 ${slots.map((slot) => `{${slot}}`).join('、')}`);

/** Wording for every key of a list, and no other key. */
export const wordingFor = (keys: readonly string[]) => z.record(z.enum(keys as [string, ...string[]]), wording);

/** A link to a page of this site; the base path is added when the page is built. */
export const siteLink = z.object({
  label: wording, // the link text
  path: z.string().regex(/^\/[\w\-/]*(#[\w\-\p{Script=Han}]+)?$/u, '请写本站的页面路径，例如 /shenqing/'), // e.g. /shenqing/ or /tiaojian/#situation-lost_contact
});

/**
 * An address in the settings: empty (no link), a web address (https:// or http://) or a path from the site's root
 * (/wzdt/). javascript:, data:, vbscript:, file: and every other scheme are refused (z.url() accepts them).
 */
export const webAddress = z
  .string()
  .superRefine((value, context) => {
    const problem = linkProblem(value, 'setting');
    if (problem) context.addIssue({ code: 'custom', message: problem });
  })
  .default('');
