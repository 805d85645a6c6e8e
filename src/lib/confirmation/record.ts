/**
 * The record of a statement the district has confirmed: `confirmed: { topic, date, by, reference }` in YAML and
 * frontmatter, <Confirmed topic date by reference>text</Confirmed> in MDX. It replaces the statement's `pending`
 * marker once the bureau has answered; the page then shows the statement plainly and 关于本站 lists the record.
 */
import { z } from 'astro/zod';
import { fullDateProblem } from '../dates.ts';

/** What the schemas give pages and the provenance table. */
export interface ConfirmationRecord {
  topics: string[]; // ids in content/pending-topics.yaml
  date: string; // when the bureau confirmed it, 2026-03-01
  by: string; // who confirmed it, e.g. 西山区民政局
  reference: string; // the reply it rests on (文号 or title of the letter); '' when there is none
}

const topicId = z.string().regex(/^[a-z0-9-]+$/, '写 content/pending-topics.yaml 中的问题 id，例如 lost-contact-start');

export const confirmedMarker = z
  .object({
    topic: z.union([topicId, z.array(topicId).min(1)]), // the question(s) the bureau answered, in content/pending-topics.yaml
    date: z.preprocess(
      (value) => (value instanceof Date ? value.toISOString().slice(0, 10) : value),
      z.string({ error: '请写确认日期（date），例如 2026-03-01' }).superRefine((text, ctx) => {
        const problem = fullDateProblem(text); // a day of the calendar: 2026-02-30 is refused
        if (problem) ctx.addIssue({ code: 'custom', message: problem });
      }),
    ), // when the bureau confirmed it
    by: z.string({ error: '请写确认单位（by），例如 西山区民政局' }).min(2, '请写确认单位（by），例如 西山区民政局'), // who confirmed it
    reference: z.string().default(''), // the reply it rests on: 文号 or the letter's title (e.g. 西山区民政局关于……的复函)
  })
  .strict()
  .transform(({ topic, date, by, reference }): ConfirmationRecord => ({ topics: Array.isArray(topic) ? topic : [topic], date, by, reference }));

/** The optional `confirmed` field of a content entry. */
export const confirmedNote = confirmedMarker.optional();
