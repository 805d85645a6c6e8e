/**
 * The markers of what awaits the district's confirmation, as the real content has them: each says what is
 * unconfirmed, and each <Pending> wraps the words it qualifies. Which points carry a marker is the editors' call
 * (they remove one when the bureau confirms it), so no list of topics is fixed here.
 */
import { readFileSync } from 'node:fs';
import { relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { findPending } from '../../src/lib/pending';
import { contentRoot, listContentFiles } from '../support/content';

const files = listContentFiles().map((path) => ({ path: relative(contentRoot, path), text: readFileSync(path, 'utf8') }));

describe('pending markers in content/', () => {
  it('each says in at least four characters what awaits confirmation', () => {
    expect(findPending(files).filter((item) => item.note.length < 4).map((item) => `${item.file}: ${item.subject}`)).toEqual([]);
  });

  it('each <Pending> in MDX has a note and wraps some text', () => {
    const bad = files.flatMap(({ path, text }) =>
      [...text.matchAll(/<Pending\b([^>]*)>([\s\S]*?)<\/Pending>/g)]
        .filter(([, attributes, inner]) => !/\bnote="[^"]{4,}"/.test(attributes) || !inner.trim())
        .map(([whole]) => `${path}: ${whole.slice(0, 60)}`),
    );
    expect(bad).toEqual([]);
  });

  it('every <Pending> is closed', () => {
    const bad = files.filter(({ text }) => (text.match(/<Pending\b/g) ?? []).length !== (text.match(/<\/Pending>/g) ?? []).length);
    expect(bad.map((file) => file.path)).toEqual([]);
  });
});
