/**
 * The markers of what awaits the district's confirmation, as the real content has them: each says what is
 * unconfirmed, and each <Pending> wraps the words it qualifies. Which points carry a marker is the editors' call
 * (they remove one when the bureau confirms it); where an open question must be flagged is a fixture,
 * tests/fixtures/pending-places.ts.
 */
import { readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse as parseYaml } from 'yaml';
import { findPending, formatPendingReport, topicProblems } from '../../src/lib/pending';
import { contentLabel } from '../../src/lib/schemas/labels';
import { contentRoot, listContentFiles, repoRoot } from '../support/content';
import { PLACES_THAT_MATTER } from '../fixtures/pending-places';

const files = listContentFiles().map((path) => ({ path: relative(contentRoot, path), text: readFileSync(path, 'utf8') }));

describe('pending markers in content/', () => {
  it('each says in at least four characters what awaits confirmation', () => {
    expect(findPending(files).filter((item) => item.note.length < 4).map((item) => `${item.file}: ${item.subject}`)).toEqual([]);
  });

  it('each <Pending> in MDX has a note and wraps some text', () => {
    const bad = files.filter(({ path }) => /\.mdx?$/.test(path)).flatMap(({ path, text }) =>
      [...text.matchAll(/<Pending\b([^>]*)>([\s\S]*?)<\/Pending>/g)]
        .filter(([, attributes, inner]) => !/\bnote="[^"]{4,}"/.test(attributes) || !inner.trim())
        .map(([whole]) => `${path}: ${whole.slice(0, 60)}`),
    );
    expect(bad).toEqual([]);
  });

  it('every <Pending> in MDX is closed', () => {
    const bad = files
      .filter(({ path }) => /\.mdx?$/.test(path))
      .filter(({ text }) => (text.match(/<Pending\b/g) ?? []).length !== (text.match(/<\/Pending>/g) ?? []).length);
    expect(bad.map((file) => file.path)).toEqual([]);
  });
});

describe('the real content', () => {
  const files = listContentFiles().map((path) => ({ path: relative(repoRoot, path), text: readFileSync(path, 'utf8') }));
  const items = findPending(files);
  const topics = parseYaml(readFileSync(join(contentRoot, 'pending-topics.yaml'), 'utf8')) as { id: string; number: number }[];

  it('every marker names a question of content/pending-topics.yaml', () => {
    expect(topicProblems(items, new Set(topics.map((t) => t.id)))).toEqual([]);
  });

  it('the report names each item in plain words: what it is, the file and line; no {placeholders} or English keys', () => {
    const lines = formatPendingReport(items, contentLabel).split('\n').slice(1);
    expect(lines).toHaveLength(items.length);
    const unclear = lines.filter((line) => !/^ {2}\d+\. \p{Script=Han}.*?（content\/\S+ 第\d+行）：/u.test(line) || /[{}]|“[\w.-]+”（/.test(line));
    expect(unclear).toEqual([]);
  });

  it('the questions have distinct ids and numbers', () => {
    expect(new Set(topics.map((t) => t.id)).size).toBe(topics.length);
    expect(new Set(topics.map((t) => t.number)).size).toBe(topics.length);
  });

  // While a question is open (some marker still names it), every place whose statement rests on it is flagged.
  for (const [topic, places] of Object.entries(PLACES_THAT_MATTER)) {
    it(`an open question “${topic}” is flagged wherever it matters`, () => {
      expect(topics.map((t) => t.id), `fixture names a topic that content/pending-topics.yaml lacks`).toContain(topic);
      const open = items.some((item) => item.topics.includes(topic));
      if (!open) return; // answered: the bureau's reply replaced every marker
      const flagged = new Set(items.filter((item) => item.topics.includes(topic)).map((item) => item.file));
      expect(places.filter((place) => !flagged.has(place))).toEqual([]);
    });
  }
});
