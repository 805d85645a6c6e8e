/**
 * Schema of content/fallbacks/*.mdx: what a page says when its script cannot start on the visitor's browser (an old
 * phone, a blocked file). The body is the message; the component that shows it imports the file.
 */
import { z } from 'astro/zod';

export const fallbackSchema = z
  .object({
    purpose: z.string().min(1), // where and when the message shows, for editors
  })
  .strict();
