/** Schema of a guide page's frontmatter (content/pages/*.mdx). */
import { z } from 'astro/zod';
import { PAGE_KINDS } from '../search/kinds';
import { partialDate, pendingNote } from './common';
import { confirmedNote } from '../confirmation/record';

export function pageSchema<R extends z.ZodType>(documentRef: () => R) {
  return z.object({
    title: z.string().min(2), // the page's h1 and <title>
    navTitle: z.string().optional(), // shorter name in navigation, when different
    description: z.string().min(10), // one-sentence summary for search results and the meta description
    kind: z.enum(PAGE_KINDS), // what sort of page it is (also the search filter)
    nav: z.number().int().optional(), // position in the main navigation; absent = not in navigation
    updated: partialDate, // 最近更新
    sources: z.array(documentRef()).default([]), // 政策依据 listed at the foot of the page
    pending: pendingNote, // a page-level item awaiting confirmation
    confirmed: confirmedNote, // the bureau's confirmation once it has answered (replaces pending): topic, date, by, reference
  });

}
