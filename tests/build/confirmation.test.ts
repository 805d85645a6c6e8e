/**
 * The confirmation loop on throw-away copies of the project, built with Astro:
 * - confirming one question (every marker of it becomes a record) takes it off the sheet and onto 关于本站's
 *   provenance table, and no page flags it any more; an office the bureau supplied shows on the site and the sheet;
 * - the publish build fails on any data-pending in the built HTML, whatever syntax produced it, and passes once
 *   every question is answered;
 * - a bad record stops the build, naming file and field.
 * Each test that needs open questions brings its own markers (tests/support/seed-markers.ts) and reads what to confirm
 * from its copy, so the tests pass whether content/ still awaits answers or the bureau has answered everything.
 */
import { readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'node-html-parser';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { PendingItem } from '../../src/lib/pending';
import { FIXTURE_PAGE, OFFICE, PENDING_SYNTAXES, REPLY, REPLY_DATE_TEXT } from '../fixtures/confirmation';
import { confirmAll } from '../support/confirm-all';
import { confirmTopic } from '../support/confirm-topic';
import { openTopicIds, readTopics, topicsByPage, writeSheetFor, type WrittenSheet } from '../support/confirmation-sheet';
import { occurrences, readDocx } from '../support/docx';
import { copyProject } from '../../tools/site/copy-project';
import { astroIn } from '../support/astro-cli';
import { pendingIn, seedPage, seedYamlMarker } from '../support/seed-markers';

const cleanups: (() => void)[] = [];
afterAll(() => cleanups.forEach((cleanup) => cleanup()));

function copy(): string {
  const made = copyProject({ prefix: 'site-confirm-' });
  cleanups.push(made.remove);
  return made.dir;
}

/** Of the markers given, an open question held open both in YAML and in an MDX page, with as few markers as possible (any open one otherwise). */
function topicToConfirm(items: PendingItem[]): string {
  const counts = new Map<string, { count: number; yaml: boolean; mdx: boolean }>();
  for (const item of items) {
    for (const topic of item.topics) {
      const entry = counts.get(topic) ?? { count: 0, yaml: false, mdx: false };
      entry.count++;
      entry.yaml ||= item.file.endsWith('.yaml');
      entry.mdx ||= item.file.endsWith('.mdx');
      counts.set(topic, entry);
    }
  }
  const ranked = [...counts].sort((a, b) => Number(b[1].yaml && b[1].mdx) - Number(a[1].yaml && a[1].mdx) || a[1].count - b[1].count);
  return ranked[0][0];
}

function builtPages(dist: string): { url: string; html: string }[] {
  return (readdirSync(dist, { recursive: true, encoding: 'utf8' }) as string[])
    .filter((file) => file.endsWith('index.html') && !file.startsWith('_astro'))
    .map((file) => ({ url: `/${file.replace(/index\.html$/, '')}`, html: readFileSync(join(dist, file), 'utf8') }));
}

describe('a copy where the bureau answered one question and supplied one office', { timeout: 240_000 }, () => {
  let dir: string;
  let topic: string;
  let sheet: WrittenSheet;
  let text: string;

  beforeAll(async () => {
    dir = copy();
    // Markers of its own: the first question in YAML and on the fixture page, the second on the page (it stays open).
    const [first, second] = readTopics(dir);
    seedYamlMarker(dir, first.id);
    seedPage(dir, [first.id, second.id]);
    topic = topicToConfirm(pendingIn(dir));
    expect(confirmTopic(join(dir, 'content'), topic, REPLY)).toBeGreaterThan(0);
    const offices = join(dir, 'content', 'offices.yaml');
    writeFileSync(offices, `${readFileSync(offices, 'utf8').replace(/^streetOffices:[\s\S]*$/m, '')}streetOffices:\n  - ${JSON.stringify(OFFICE)}\n`);
    const { status, output } = astroIn(dir, ['build']);
    expect(status, output.slice(-3000)).toBe(0);
    sheet = await writeSheetFor(dir, join(dir, 'dist'));
    cleanups.push(() => rmSync(sheet.dir, { recursive: true, force: true }));
    text = readDocx(sheet.docx).paragraphs.join('\n');
  }, 240_000);

  it('the question leaves the sheet and every page, and joins 关于本站’s provenance table', () => {
    expect(openTopicIds(dir).has(topic)).toBe(false);
    const question = readTopics(dir).find((t) => t.id === topic)!;
    expect(occurrences(text, question.question)).toBe(0);
    const stillOpen = readTopics(dir).filter((t) => openTopicIds(dir).has(t.id));
    expect(stillOpen.length).toBeGreaterThan(0);
    for (const other of stillOpen) expect(occurrences(text, other.question), other.id).toBe(1);

    const dist = join(dir, 'dist');
    const about = parse(readFileSync(join(dist, 'guanyu', 'index.html'), 'utf8'));
    const row = about.querySelector(`[data-provenance] tr[data-topic="${topic}"]`);
    expect(row, 'provenance row').not.toBeNull();
    for (const value of [question.title, REPLY_DATE_TEXT, REPLY.by, REPLY.reference]) expect(row!.text).toContain(value);
    const flagged = [...topicsByPage(builtPages(dist))].filter(([, ids]) => ids.has(topic)).map(([url]) => url);
    expect(flagged).toEqual([]);
  });

  it('the office shows on 求助与联系 and in the sheet’s fill-in table', () => {
    const offices = readDocx(sheet.docx).tables.find((table) => table.slice(1).some((row) => row[0] === OFFICE.name));
    expect(offices?.find((row) => row[0] === OFFICE.name)).toEqual(Object.values(OFFICE));
    const page = parse(readFileSync(join(dir, 'dist', 'qiuzhu', 'index.html'), 'utf8')).querySelector('table[data-offices]');
    for (const value of Object.values(OFFICE)) expect(page?.text).toContain(value);
  });
});

describe('the publish build reads the built HTML', { timeout: 240_000 }, () => {
  it('passes once every question is answered (all markers gone), saying nothing is left', () => {
    const dir = copy();
    const [first, second] = readTopics(dir);
    seedYamlMarker(dir, first.id);
    seedPage(dir, [first.id, second.id]);
    expect(confirmAll(join(dir, 'content')), 'files changed: at least the two seeded').toBeGreaterThanOrEqual(2);
    expect(pendingIn(dir)).toEqual([]);
    const { status, output } = astroIn(dir, ['build'], { PUBLISH: '1' });
    expect(status, output.slice(-3000)).toBe(0);
    expect(output).toContain('待区民政局确认：没有了，可以发布。');
  });

  it('fails on a marker in any MDX syntax, naming the page and each question, headline first', () => {
    const dir = copy();
    confirmAll(join(dir, 'content'));
    const topics = readTopics(dir).slice(0, PENDING_SYNTAXES.length);
    const body = PENDING_SYNTAXES.map((syntax, i) => syntax.replaceAll('{topic}', topics[i].id)).join('\n\n');
    writeFileSync(join(dir, FIXTURE_PAGE.file), `${FIXTURE_PAGE.frontmatter}\n${body}\n`);

    const { status, output } = astroIn(dir, ['build'], { PUBLISH: '1' });
    expect(status).not.toBe(0);
    const headline = output.indexOf('发布检查未通过：');
    expect(headline, output.slice(-3000)).toBeGreaterThanOrEqual(0);
    expect(output.slice(headline)).toMatch(new RegExp(`^发布检查未通过：还有 ${topics.length} 个问题等待区民政局确认，共 ${PENDING_SYNTAXES.length} 处标注，涉及 1 个页面`));
    for (const topic of topics) {
      const line = output.indexOf(`问题${topic.number}　${topic.title}（${topic.id}）`);
      expect(line, topic.id).toBeGreaterThan(headline);
      expect(output.slice(line)).toContain(`${FIXTURE_PAGE.title}（${FIXTURE_PAGE.url}）`);
    }
  });
});

describe('bad confirmation records stop the build, naming file and field', { timeout: 240_000 }, () => {
  it('a record without date (YAML) is refused by the content schema', () => {
    const dir = copy();
    const file = seedYamlMarker(dir, readTopics(dir)[0].id);
    const path = join(dir, file);
    writeFileSync(path, readFileSync(path, 'utf8').replace(/^(\s*)pending:\n(\s*)topic: (\S+)\n\s*note: .*$/m, `$1confirmed:\n$2topic: $3\n$2by: ${REPLY.by}`));
    const { status, output } = astroIn(dir, ['sync']);
    expect(status).not.toBe(0);
    expect(output).toContain(file.replace(/^content\//, ''));
    expect(output).toMatch(/confirmed\.date/);
  });

  it('<Confirmed> without by, and a statement both pending and confirmed', () => {
    const dir = copy();
    const [first] = readTopics(dir);
    writeFileSync(join(dir, FIXTURE_PAGE.file), `${FIXTURE_PAGE.frontmatter}\n<Confirmed topic="${first.id}" date="${REPLY.date}">文字</Confirmed>\n`);
    const file = seedYamlMarker(dir, first.id);
    const path = join(dir, file);
    writeFileSync(path, readFileSync(path, 'utf8').replace(/^(\s*)pending:\n(\s*)topic: (\S+)\n/m, `$1confirmed: { topic: $3, date: ${REPLY.date}, by: ${REPLY.by} }\n$1pending:\n$2topic: $3\n`));
    const { status, output } = astroIn(dir, ['build']);
    expect(status).not.toBe(0);
    expect(output).toMatch(new RegExp(`${FIXTURE_PAGE.file.replace(/[.]/g, '\\.')} 第\\d+行 <Confirmed> 的 by`));
    expect(output).toContain(file);
    expect(output).toContain('既写了待确认（pending）又写了已确认（confirmed）');
  });
});
