/**
 * The real build on throw-away copies of the project (tools/site/copy-project.ts): malformed content stops Astro,
 * naming the file and the field. (The publish build, which judges the built HTML: tests/build/confirmation.test.ts.)
 * Each copy is edited through fixture values (tests/fixtures/build-edits.yaml), never the repository's content.
 */
import { cpSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { afterAll, describe, expect, it } from 'vitest';
import { copyProject, type ProjectCopy } from '../../tools/site/copy-project';
import { astroIn as astro } from '../support/astro-cli';
import { listContentFiles, readAmounts, readContent, repoRoot } from '../support/content';

const copies: ProjectCopy[] = [];
afterAll(() => copies.forEach((copy) => copy.remove()));

function copy(): ProjectCopy {
  const made = copyProject({ prefix: 'site-build-test-' });
  copies.push(made);
  return made;
}


const edits = parse(readFileSync(join(repoRoot, 'tests', 'fixtures', 'build-edits.yaml'), 'utf8')) as {
  unknownDocumentId: string;
  amountAsText: string;
  unknownSituation: string;
};

describe('astro stops on malformed content', { timeout: 150_000 }, () => {
  it('an unknown document id: names the file, the field and the id', () => {
    const site = copy();
    const situation = listContentFiles(join(site.dir, 'content', 'situations'))[0].split('/').pop()!;
    const { sources } = readContent<{ sources: string[] }>(`situations/${situation}`);
    site.edit(`content/situations/${situation}`, /^sources:.*$/m, `sources: [${[...sources, edits.unknownDocumentId].join(', ')}]`);
    const { status, output } = astro(site.dir, ['sync']);
    expect(status).not.toBe(0);
    expect(output).toContain(`content/situations/${situation}`);
    expect(output).toContain(`sources.${sources.length}`);
    expect(output).toContain(edits.unknownDocumentId);
  });

  it('a situation file the engine does not know: names it (content/situations must match the engine\'s kinds)', () => {
    const site = copy();
    const [first] = listContentFiles(join(site.dir, 'content', 'situations'));
    cpSync(first, join(site.dir, 'content', 'situations', `${edits.unknownSituation}.yaml`));
    const { status, output } = astro(site.dir, ['sync']);
    expect(status).not.toBe(0);
    expect(output).toContain('content/situations 的文件名应与判断规则的情形一一对应');
    expect(output).toMatch(new RegExp(`多出：${edits.unknownSituation}`));
  });

  it('an amount that is not a number: names the file and the field', () => {
    const site = copy();
    const [first] = readAmounts();
    site.edit('content/standards.yaml', `amount: ${first.amount}`, `amount: ${edits.amountAsText}`);
    const { status, output } = astro(site.dir, ['sync']);
    expect(status).not.toBe(0);
    expect(output).toContain('content/standards.yaml');
    expect(output).toMatch(/amount/);
  });
});
