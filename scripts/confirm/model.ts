/**
 * What the confirmation sheet says, from the built site and content/: the open questions grouped by topic (pages
 * and wording read from the built HTML, src/lib/confirmation/dist.ts), the fill-in tables built from the files that
 * hold what the bureau must supply, and the sheet's own words (content/confirmation-sheet.yaml).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse as parseYaml } from 'yaml';
import type { z } from 'astro/zod';
import { pendingInSite } from '../../src/lib/confirmation/built-site.ts';
import { confirmationSheetSchema, officesSchema, type ConfirmationSheetText } from '../../src/lib/schemas/confirmation.ts';
import { openQuestions, type OpenQuestions, type OpenTopic, type Topic, type Wording } from '../../src/lib/confirmation/topics.ts';
import { formatDate } from '../../src/lib/format.ts';

export interface Contact {
  label: string;
  note: string;
  value: string;
}

export interface Sheet {
  text: ConfirmationSheetText; // the sheet's own words
  siteName: string;
  date: string; // 2026-11-29
  dateText: string; // 2026年11月29日
  intro: string[]; // with the site, organizer, count and date filled in
  rows: OpenTopic[]; // one per open question, by number
  open: OpenQuestions;
  offices: string[][]; // rows of the offices table, columns in text.supply.offices.columns order; blank rows included
  contacts: Contact[]; // contacts of content/site.yaml without a number yet
  illnesses: { source: string; rows: string[] }; // the 重病 list as content holds it, blank rows included
}

const readYaml = (root: string, file: string): unknown => parseYaml(readFileSync(join(root, 'content', file), 'utf8'));

/** Parses a content file with its schema; a bad file stops the sheet, naming the file and the field. */
function parseWith<S extends z.ZodType>(schema: S, root: string, file: string): z.output<S> {
  const result = schema.safeParse(readYaml(root, file));
  if (result.success) return result.data;
  const lines = result.error.issues.map((issue) => `  content/${file}: ${issue.path.map(String).join('.') || '(root)'}: ${issue.message}`);
  throw new Error(`content/${file} 有误：\n${lines.join('\n')}`);
}

const fill = (template: string, values: Record<string, string>) => template.replace(/\{(\w+)\}/g, (all, key: string) => values[key] ?? all);

export interface SheetInput {
  root: string; // the project (content/ is read from it)
  distDir: string; // the built site
  base?: string; // the base path it was built under
  date: Date;
}

export function sheetModel({ root, distDir, base = '/', date }: SheetInput): Sheet {
  const text = parseWith(confirmationSheetSchema, root, 'confirmation-sheet.yaml');
  const offices = parseWith(officesSchema, root, 'offices.yaml');
  const site = readYaml(root, 'site.yaml') as { name: string; organizer: string; contacts?: Partial<Contact>[] };
  const illness = readYaml(root, 'situations/serious_illness.yaml') as { localList?: { source?: string; illnesses?: string[] } };
  const topics = readYaml(root, 'pending-topics.yaml') as Topic[];

  const open = openQuestions(pendingInSite(distDir, base), topics);
  const iso = `${date.getFullYear()}-${String(date.getMonth() + 1).padStart(2, '0')}-${String(date.getDate()).padStart(2, '0')}`;
  const dateText = formatDate(iso);
  const blank = (columns: number) => Array.from({ length: text.supply.blankRows }, () => Array<string>(columns).fill(''));

  const officeKeys = Object.keys(text.supply.offices.columns) as (keyof typeof text.supply.offices.columns)[];
  const knownOffices = offices.streetOffices.filter((office) => officeKeys.some((key) => office[key]));
  return {
    text,
    siteName: site.name,
    date: iso,
    dateText,
    intro: text.intro.map((paragraph) =>
      fill(paragraph, { site: site.name, organizer: site.organizer, count: String(open.topics.length), date: dateText }),
    ),
    rows: open.topics,
    open,
    offices: [...knownOffices.map((office) => officeKeys.map((key) => office[key])), ...blank(officeKeys.length)],
    contacts: (site.contacts ?? [])
      .filter((contact) => !contact.value)
      .map((contact) => ({ label: contact.label ?? '', note: contact.note ?? '', value: '' })),
    illnesses: {
      source: illness.localList?.source ?? '',
      rows: [...(illness.localList?.illnesses ?? []), ...blank(1).map(() => '')],
    },
  };
}

/** release/待确认事项征求意见表-20261129.docx (and .html): the title and the date, as the release zip names its date. */
export function sheetFileName(sheet: Sheet, extension: 'docx' | 'html'): string {
  return `${sheet.text.title}-${sheet.date.replace(/-/g, '')}.${extension}`;
}

/** After a statement, the pages that show it, when its question shows on more than one page: （认定条件、名词解释）. */
export function shownOn(wording: Wording, row: OpenTopic): string {
  if (row.places.length < 2) return '';
  return `（${[...new Set(wording.pages.map((page) => page.title))].join('、')}）`;
}
