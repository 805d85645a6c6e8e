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
import { seedPage } from '../support/seed-markers';
import { FIXTURE_PAGE } from '../fixtures/confirmation';

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
  impossibleDate: string;
  unknownAmountId: string;
  unknownTopic: string;
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

describe('astro stops on an editor\'s mistake with one clean message naming file, line and field', { timeout: 150_000 }, () => {
  /** Astro's own wording of a schema error, and its browser-API hint (set off by the word "document" in a path). */
  const ASTRO_NOISE = /\*\*\w+\*\*|Required|Browser APIs are not available/;

  it('an impossible calendar date (30 February): the build fails instead of publishing another day', () => {
    const site = copy();
    const page = listContentFiles(join(site.dir, 'content', 'pages'))[0].slice(site.dir.length + 1);
    site.edit(page, /^updated: .*$/m, `updated: ${edits.impossibleDate}`);
    const { status, output } = astro(site.dir, ['build']);
    expect(status).not.toBe(0);
    expect(output).toMatch(new RegExp(`${page} 第\\d+行，updated：“${edits.impossibleDate}”不是日历上的日期`));
    expect(output).not.toMatch(/page\(s\) built/);
    expect(output).not.toMatch(ASTRO_NOISE);
  });

  it('a document without its issuer: 缺少这一项 at the field, not "**issuer**: **issuer**: Required"', () => {
    const site = copy();
    const [document] = listContentFiles(join(site.dir, 'content', 'documents'));
    const file = document.slice(site.dir.length + 1);
    site.edit(file, /^issuer:.*\n/m, '');
    const { status, output } = astro(site.dir, ['sync']);
    expect(status).not.toBe(0);
    expect(output).toContain(`${file}，issuer：缺少这一项`);
    expect(output).not.toMatch(ASTRO_NOISE);
  });
});

/** The first MDX file of the copy (or only the file `only`) that uses `<Component … attribute="…"`, with the value and its line. */
function firstUse(dir: string, component: string, attribute: string, only?: string) {
  const files = only ? [join(dir, only)] : listContentFiles(join(dir, 'content')).filter((file) => file.endsWith('.mdx')).sort();
  for (const path of files) {
    const text = readFileSync(path, 'utf8');
    const match = new RegExp(`<${component}\\b[^>]*\\b${attribute}="([^"]+)"`).exec(text);
    if (match) return { file: path.slice(dir.length + 1), tag: match[0], value: match[1], line: text.slice(0, match.index).split('\n').length };
  }
  throw new Error(`no <${component} ${attribute}="…"> in content/`);
}

describe('a mistake inside an MDX component names the content file and line, not the page being built', { timeout: 150_000 }, () => {
  it('<Amount id="…"> with a misspelt id', () => {
    const site = copy();
    const use = firstUse(site.dir, 'Amount', 'id');
    site.edit(use.file, use.tag, use.tag.replace(`"${use.value}"`, `"${edits.unknownAmountId}"`));
    const { status, output } = astro(site.dir, ['build']);
    expect(status).not.toBe(0);
    expect(output).toContain(`${use.file} 第${use.line}行：<Amount id="${edits.unknownAmountId}">：content/standards.yaml 中没有 id 为 “${edits.unknownAmountId}” 的金额`);
    expect(output).not.toMatch(/Browser APIs are not available/);
  });

  it('<Cite id="…"> naming a document that does not exist', () => {
    const site = copy();
    const use = firstUse(site.dir, 'Cite', 'id');
    site.edit(use.file, use.tag, use.tag.replace(`"${use.value}"`, `"${edits.unknownDocumentId}"`));
    const { status, output } = astro(site.dir, ['build']);
    expect(status).not.toBe(0);
    expect(output).toContain(`${use.file} 第${use.line}行：<Cite id="${edits.unknownDocumentId}">：content/documents 中没有 ${edits.unknownDocumentId}.yaml`);
    expect(output).not.toMatch(/Browser APIs are not available/);
  });

  it('<Pending topic="…"> naming a question that is not in the list: stops before rendering', () => {
    const site = copy();
    // A marker of its own, on the fixture page: content/ may hold none once the bureau has answered everything.
    const [first, second] = readContent<{ id: string }[]>('pending-topics.yaml', join(site.dir, 'content'));
    seedPage(site.dir, [first.id, second.id]);
    const use = firstUse(site.dir, 'Pending', 'topic', FIXTURE_PAGE.file);
    site.edit(use.file, use.tag, use.tag.replace(`"${use.value}"`, `"${edits.unknownTopic}"`));
    const { status, output } = astro(site.dir, ['build']);
    expect(status).not.toBe(0);
    expect(output).toMatch(new RegExp(`（${use.file} 第${use.line}行）：topic “${edits.unknownTopic}” 不在 content/pending-topics\\.yaml 中`));
    expect(output).not.toMatch(/page\(s\) built|generating static routes|Browser APIs are not available/);
  });
});

