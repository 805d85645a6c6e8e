/**
 * Writes the confirmation sheet (npm run confirm:sheet) for a built site into a temporary folder, and tells what the
 * content says is open: the questions that some content marker still names, read from the sources independently of
 * the sheet (src/lib/pending.ts), and the pages that show each, read from the built HTML's data-pending-topic.
 */
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { parse } from 'node-html-parser';
import { parse as parseYaml } from 'yaml';
import { writeSheet } from '../../scripts/confirm/write';
import { sheetModel, type Sheet } from '../../scripts/confirm/model';
import { findPending } from '../../src/lib/pending';
import { listContentFiles } from './content';

export interface WrittenSheet {
  sheet: Sheet;
  docx: string;
  html: string;
  dir: string;
}

export async function writeSheetFor(root: string, distDir: string, base = '/', date = new Date()): Promise<WrittenSheet> {
  const sheet = sheetModel({ root, distDir, base, date });
  const dir = mkdtempSync(join(tmpdir(), 'confirm-sheet-test-'));
  return { sheet, dir, ...(await writeSheet(sheet, dir)) };
}

export interface TopicEntry {
  id: string;
  number: number;
  title: string;
  question: string;
  interim: string;
}

export function readTopics(root: string): TopicEntry[] {
  return parseYaml(readFileSync(join(root, 'content', 'pending-topics.yaml'), 'utf8')) as TopicEntry[];
}

/** The questions some marker in root/content still names (the sources, not the built site). */
export function openTopicIds(root: string): Set<string> {
  const files = listContentFiles(join(root, 'content')).map((path) => ({ path: relative(root, path), text: readFileSync(path, 'utf8') }));
  return new Set(findPending(files).flatMap((item) => item.topics));
}

/** Page address → the topics its HTML elements name in data-pending-topic. */
export function topicsByPage(pages: { url: string; html: string }[]): Map<string, Set<string>> {
  const out = new Map<string, Set<string>>();
  for (const { url, html } of pages) {
    const topics = parse(html).querySelectorAll('[data-pending-topic]').flatMap((el) => (el.getAttribute('data-pending-topic') ?? '').split(/\s+/).filter(Boolean));
    if (topics.length > 0) out.set(url, new Set(topics));
  }
  return out;
}
