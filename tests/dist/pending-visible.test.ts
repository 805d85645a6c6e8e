/**
 * Every question still open with the district is visible on the built site: for each topic that some content
 * marker names, at least one page shows a marked note for it, with the fixed wording; and every marked note on a
 * page names a topic of content/pending-topics.yaml.
 */
import { readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse as parseYaml } from 'yaml';
import { findPending } from '../../src/lib/pending';
import { contentRoot, listContentFiles, repoRoot } from '../support/content';
import { listPages, parsePage } from '../support/dist';
import { writtenMarkers } from '../support/written-markers';

const questionnaire = parseYaml(readFileSync(join(contentRoot, 'questionnaire.yaml'), 'utf8')) as {
  pendingNote: { suffix: string };
};
const FIXED_TEXT = questionnaire.pendingNote.suffix.replace(/。$/, '');
const topicIds = new Set((parseYaml(readFileSync(join(contentRoot, 'pending-topics.yaml'), 'utf8')) as { id: string }[]).map((t) => t.id));
const openTopics = new Set(
  findPending(listContentFiles().map((path) => ({ path: relative(repoRoot, path), text: readFileSync(path, 'utf8') }))).flatMap(
    (item) => item.topics,
  ),
);

const shown = new Map<string, string[]>(); // topic → pages that show a note for it
const problems: string[] = [];
for (const { file, url } of listPages()) {
  for (const element of parsePage(file).querySelectorAll('[data-pending-topic]')) {
    const topics = (element.getAttribute('data-pending-topic') ?? '').split(/\s+/).filter(Boolean);
    if (topics.length === 0) problems.push(`${url}: a note names no topic`);
    if (!element.textContent.includes(FIXED_TEXT)) problems.push(`${url}: the note for ${topics.join(' ')} lacks “${FIXED_TEXT}”`);
    for (const topic of topics) {
      if (!topicIds.has(topic)) problems.push(`${url}: topic “${topic}” is not in content/pending-topics.yaml`);
      shown.set(topic, [...(shown.get(topic) ?? []), url]);
    }
  }
}

describe('questions awaiting the district, on the built pages', () => {
  it('every marked note names a known topic and says who decides', () => expect(problems).toEqual([]));

  it('every open question shows on at least one page', () => {
    // None open is right only when no marker is written (every point confirmed), not when the reader finds none.
    expect(openTopics.size > 0, 'markers are written in content/, but none was read').toBe(writtenMarkers() > 0);
    expect([...openTopics].filter((topic) => !shown.has(topic))).toEqual([]);
  });

  it('no page shows a question that no content marker holds open', () =>
    expect([...shown.keys()].filter((topic) => !openTopics.has(topic))).toEqual([]));
});
