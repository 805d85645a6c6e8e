/**
 * Brings a build test's own pending markers into a copy of the project (values in tests/fixtures/confirmation.ts), and
 * reads the markers the copy holds. A test that needs an open question works on these, not on whatever the real
 * content/ still awaits: once the bureau has answered everything, content/ holds no marker at all.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { parseDocument } from 'yaml';
import { findPending, type PendingItem } from '../../src/lib/pending';
import { FIXTURE_PAGE, SEED_MARKERS } from '../fixtures/confirmation';
import { listContentFiles } from './content';

/**
 * Adds the fixture `pending` field, naming `topic`, to a situation of the copy (the first one without a marker, else
 * the first, whose marker it replaces); returns that file, relative to the copy.
 */
export function seedYamlMarker(dir: string, topic: string): string {
  const files = listContentFiles(join(dir, 'content', 'situations')).sort();
  const documents = files.map((path) => ({ path, document: parseDocument(readFileSync(path, 'utf8')) }));
  const target = documents.find(({ document }) => !document.has('pending')) ?? documents[0];
  target.document.set('pending', { topic, note: SEED_MARKERS.yamlNote });
  writeFileSync(target.path, target.document.toString());
  return relative(dir, target.path);
}

/** Writes the fixture page holding one <Pending> for each of the two topics given. */
export function seedPage(dir: string, topics: [string, string]): void {
  const body = SEED_MARKERS.page.map((marker, i) => marker.replaceAll('{topic}', topics[i])).join('\n\n');
  writeFileSync(join(dir, FIXTURE_PAGE.file), `${FIXTURE_PAGE.frontmatter}\n${body}\n`);
}

/** Every marker in the copy's content/ (paths relative to the copy). */
export function pendingIn(dir: string): PendingItem[] {
  return findPending(listContentFiles(join(dir, 'content')).map((path) => ({ path: relative(dir, path), text: readFileSync(path, 'utf8') })));
}
