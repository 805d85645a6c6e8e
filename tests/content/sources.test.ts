/** docs/sources.md lists every policy document of content/documents, with its 文号, and no other. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readDocuments, repoRoot } from '../support/content';

const text = readFileSync(join(repoRoot, 'docs', 'sources.md'), 'utf8');
const section = text.slice(text.indexOf('## The documents'), text.indexOf('\n## ', text.indexOf('## The documents') + 1));
const rows = [...section.matchAll(/^\| ([a-z0-9-]+) \| ([^|]+) \|/gm)]
  .map(([, id, number]) => ({ id, number: number.trim() }))
  .filter((row) => row.id !== 'id'); // not the header row

describe('docs/sources.md', () => {
  const documents = readDocuments();

  it('lists every document of content/documents, and only those', () => {
    expect(rows.map((row) => row.id).sort()).toEqual(documents.map((document) => document.id).sort());
  });

  it('gives each document its 文号 as content/documents has it', () => {
    const wrong = documents.filter((document) => {
      const row = rows.find((entry) => entry.id === document.id);
      return document.number ? row?.number !== document.number : !row?.number.startsWith('(none');
    });
    expect(wrong.map((document) => `${document.id}: ${document.number || '(none)'}`)).toEqual([]);
  });
});
