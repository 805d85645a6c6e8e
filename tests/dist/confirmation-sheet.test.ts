/**
 * npm run confirm:sheet on the built site: the Word file read back (unzipped, its XML parsed) asks every question that
 * content still holds open exactly once, in its own row with the pages that show it and an empty answer; no question
 * that is no longer open; A4 landscape; the title, the site's name, the date, the fill-in tables and the closing block.
 * The printable HTML says the same. Expectations come from content/ and the built pages, not from the sheet's code.
 */
import { readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parse } from 'node-html-parser';
import { parse as parseYaml } from 'yaml';
import { formatDate } from '../../src/lib/format';
import { openTopicIds, readTopics, topicsByPage, writeSheetFor, type WrittenSheet } from '../support/confirmation-sheet';
import { contentRoot, repoRoot } from '../support/content';
import { readDocx, occurrences, type DocxContent } from '../support/docx';
import { basePath, distDir, listPages, readDistFile } from '../support/dist';
import { writtenMarkers } from '../support/written-markers';

const topics = readTopics(repoRoot);
const open = openTopicIds(repoRoot);
const shownOn = topicsByPage(listPages().map(({ file, url }) => ({ url, html: readDistFile(file) })));
const words = parseYaml(readFileSync(join(contentRoot, 'confirmation-sheet.yaml'), 'utf8')) as {
  title: string;
  columns: Record<string, string>;
  supply: { offices: { heading: string; columns: Record<string, string> }; contacts: { heading: string }; illnesses: { heading: string } };
  closing: Record<string, string>;
};
const site = parseYaml(readFileSync(join(contentRoot, 'site.yaml'), 'utf8')) as { name: string; contacts: { label: string; value: string }[] };

let written: WrittenSheet;
let docx: DocxContent;
let text: string;
const date = new Date();

beforeAll(async () => {
  written = await writeSheetFor(repoRoot, distDir, basePath, date);
  docx = readDocx(written.docx);
  text = docx.paragraphs.join('\n');
});
afterAll(() => rmSync(written.dir, { recursive: true, force: true }));

/** The sheet's question table: the one whose header row has the question column. */
const questionTable = () => docx.tables.find((table) => table[0].includes(words.columns.question))!;

describe('the confirmation sheet (.docx), read back', () => {
  it('is a Word file named with the title and the date', () => {
    expect(written.docx).toMatch(new RegExp(`${words.title}-\\d{8}\\.docx$`));
    expect(docx.files).toContain('word/document.xml');
  });

  it('asks every open question exactly once, and nothing that is no longer open', () => {
    expect(open.size > 0, 'markers are written in content/, but none was read').toBe(writtenMarkers() > 0);
    for (const topic of topics) {
      expect(occurrences(text, topic.question), `question ${topic.number} (${topic.id})`).toBe(open.has(topic.id) ? 1 : 0);
    }
  });

  it('one row per open question, in number order, with every page that shows it and an empty answer column', () => {
    const [header, ...rows] = questionTable();
    expect(header).toEqual(Object.values(words.columns));
    const expected = topics.filter((t) => open.has(t.id)).sort((a, b) => a.number - b.number);
    expect(rows.map((row) => row[2])).toEqual(expected.map((t) => t.question));
    for (const [i, topic] of expected.entries()) {
      const [number, title, , places, wording, interim, answer] = rows[i];
      expect([number, title, interim]).toEqual([String(topic.number), topic.title, topic.interim]);
      const pages = [...shownOn].filter(([, ids]) => ids.has(topic.id)).map(([url]) => url);
      expect(pages.length, `no page shows ${topic.id}`).toBeGreaterThan(0);
      const listed = places.split('\n').map((line) => line.split('　').pop());
      expect(pages.filter((url) => !listed.includes(url)), `pages of ${topic.id} missing from its row`).toEqual([]);
      expect(wording.trim().length, `wording of ${topic.id}`).toBeGreaterThan(0);
      expect(answer.trim()).toBe('');
    }
  });

  it('has the title, the site name and the date, on A4 landscape', () => {
    expect(text).toContain(words.title);
    expect(text).toContain(site.name);
    const iso = `${date.getFullYear()}-${String(date.getMonth() + 1).padStart(2, '0')}-${String(date.getDate()).padStart(2, '0')}`;
    expect(text).toContain(formatDate(iso));
    expect(docx.pageSize).toEqual({ width: 16838, height: 11906, orientation: 'landscape' });
  });

  it('has the fill-in tables from content (offices, contacts without a number, the 重病 list) and the closing block', () => {
    for (const heading of [words.supply.offices.heading, words.supply.contacts.heading, words.supply.illnesses.heading]) expect(text).toContain(heading);
    const offices = docx.tables.find((table) => table[0].join() === Object.values(words.supply.offices.columns).join())!;
    expect(offices.length).toBeGreaterThan(1);
    for (const contact of site.contacts.filter((c) => !c.value)) expect(text).toContain(contact.label);
    for (const label of Object.values(words.closing)) expect(text).toContain(label);
  });
});

describe('the confirmation sheet (.html)', () => {
  it('asks the same questions, each once, in a page that loads nothing', () => {
    const html = readFileSync(written.html, 'utf8');
    const root = parse(html);
    expect(root.querySelector('html')?.getAttribute('lang')).toBe('zh-CN');
    expect(root.querySelectorAll('link, script, img, iframe')).toHaveLength(0);
    const body = root.querySelector('body')!.text;
    for (const topic of topics) expect(occurrences(body, topic.question), topic.id).toBe(open.has(topic.id) ? 1 : 0);
    expect(root.querySelectorAll('table.questions tbody tr').map((row) => row.getAttribute('data-topic'))).toEqual(
      topics.filter((t) => open.has(t.id)).sort((a, b) => a.number - b.number).map((t) => t.id),
    );
  });
});
