/**
 * The real content against its schemas and against what the pages and the engine rely on. Everything expected is
 * read from content/ or the engine: an editor who changes an amount or confirms a pending point keeps this green.
 * Malformed content is checked with the fixtures in tests/fixtures/bad-content.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { assess, SITUATION_KINDS } from '../../src/lib/eligibility';
import { SITUATION_FIELDS } from '../../src/lib/eligibility/schema';
import { contentRoot, listContentFiles, problemAt, readAmounts, readContent, repoRoot, validateFile } from '../support/content';

const fixtures = join(repoRoot, 'tests', 'fixtures', 'bad-content');
const errorsOf = (rel: string) => validateFile(join(fixtures, rel), fixtures).join('\n');
const guards = parse(readFileSync(join(repoRoot, 'tests', 'fixtures', 'guards.yaml'), 'utf8')) as { portalPhone: string };

describe('the real content passes its schemas', () => {
  for (const path of listContentFiles()) {
    it(path.slice(contentRoot.length + 1), () => expect(validateFile(path)).toEqual([]));
  }
});

describe('the real content has what the pages and the engine rely on', () => {
  const situationFiles = listContentFiles(join(contentRoot, 'situations')).map((path) => path.split('/').pop()!.replace('.yaml', ''));

  it('one file in content/situations per situation the engine knows (but 不清楚), and no other', () => {
    expect(situationFiles.sort()).toEqual(SITUATION_KINDS.filter((kind) => kind !== 'unknown').sort());
  });

  it('a situation is in the group "absence" exactly when the engine counts the parent as absent', () => {
    const wrong = situationFiles.filter((kind) => {
      const { group } = readContent<{ group: string }>(`situations/${kind}.yaml`);
      const standing = assess({ childUnder18: true, father: [unknownDetails(kind)], mother: [] }).parents.father;
      return (group === 'absence') !== (standing === 'absent');
    });
    expect(wrong).toEqual([]);
  });

  it('every amount has a positive value in 元/人/月, and ids are unique', () => {
    const amounts = readAmounts();
    expect(amounts.length).toBeGreaterThan(0);
    expect(amounts.filter((entry) => !(entry.amount > 0) || entry.unit !== '元/人/月').map((entry) => entry.id)).toEqual([]);
    expect(new Set(amounts.map((entry) => entry.id)).size).toBe(amounts.length);
  });

  it('every <Amount id="…"> in the pages and FAQ names an amount of content/standards.yaml', () => {
    const ids = new Set(readAmounts().map((entry) => entry.id));
    const used = listContentFiles().flatMap((path) =>
      [...readFileSync(path, 'utf8').matchAll(/<Amount\s+id="([^"]+)"/g)].map((match) => ({ path: path.slice(contentRoot.length + 1), id: match[1] })),
    );
    expect(used.length).toBeGreaterThan(0);
    expect(used.filter((use) => !ids.has(use.id)).map((use) => `${use.path}: ${use.id}`)).toEqual([]);
  });

  it("contact entries never carry the portal's number as the bureau's", () => {
    const site = readContent<{ contacts: Array<{ value: string }> }>('site.yaml');
    expect(site.contacts.map((c) => c.value).join(' ')).not.toContain(guards.portalPhone);
  });
});

/** A situation of a kind with each of its qualifier fields answered 不清楚 (null), as the engine's contract has it. */
function unknownDetails(kind: string): Record<string, unknown> {
  const fields = (SITUATION_FIELDS as Record<string, readonly string[]>)[kind] ?? [];
  return { kind, ...Object.fromEntries(fields.map((field) => [field, null])) };
}

describe('malformed content is rejected with the file and the field named', () => {
  it('a document without issuer, with a bad date and an unknown verification', () => {
    const errors = errorsOf('documents/no-issuer.yaml');
    expect(errors).toMatch(problemAt('content/documents/no-issuer.yaml', 'issuer'));
    expect(errors).toMatch(problemAt('content/documents/no-issuer.yaml', 'date'));
    expect(errors).toMatch(problemAt('content/documents/no-issuer.yaml', 'verification'));
  });

  it('a citation of a document id that does not exist names the id', () => {
    expect(errorsOf('situations/unknown-ref.yaml')).toMatch(/content\/situations\/unknown-ref\.yaml 第\d+行，sources\.0：.*mz-2019-99/);
  });

  it('an amount written as text and a unit other than 元/人/月', () => {
    const errors = errorsOf('standards.yaml');
    expect(errors).toMatch(problemAt('content/standards.yaml', '第1项（basic-living）的 amount'));
    expect(errors).toMatch(problemAt('content/standards.yaml', '第1项（basic-living）的 unit'));
  });

  it('site settings without 主办单位, and an ICP link that is not an address', () => {
    const errors = errorsOf('site.yaml');
    expect(errors).toMatch(problemAt('content/site.yaml', 'organizer'));
    expect(errors).toMatch(problemAt('content/site.yaml', 'portal.icpUrl'));
  });
  it('a guide page without a title', () => expect(errorsOf('pages/no-title.mdx')).toMatch(problemAt('content/pages/no-title.mdx', 'title')));
  it('an FAQ entry without its question', () => expect(errorsOf('faq/no-question.md')).toMatch(problemAt('content/faq/no-question.md', 'question')));
  it('impossible calendar dates are refused, not rolled over: unquoted (2025-02-30) and quoted (2025-13-45)', () => {
    const errors = errorsOf('documents/impossible-date.yaml');
    expect(errors).toMatch(/content\/documents\/impossible-date\.yaml 第5行，date：“2025-02-30”不是日历上的日期：2025年2月只有28天/);
    expect(errors).toMatch(/content\/documents\/impossible-date\.yaml 第6行，effective：“2025-13-45”不是日历上的日期：没有13月/);
  });
  it('an impossible date in a page\'s frontmatter names the file\'s own line', () => {
    expect(errorsOf('pages/impossible-date.mdx')).toMatch(/content\/pages\/impossible-date\.mdx 第5行，updated：“2025-13-45”不是日历上的日期/);
  });
  it('an impossible date in a list file names the entry by number and id (29 February of a common year)', () => {
    expect(errorsOf('standards.yaml')).toMatch(/content\/standards\.yaml 第15行，第2项（institution）的 effective：“2025-02-29”不是日历上的日期：2025年2月只有28天/);
  });
  it('an amount repeated in its own pending note is refused, and named as differing from the figure beside it', () => {
    const errors = errorsOf('standards.yaml');
    expect(errors).toMatch(/content\/standards\.yaml 第\d+行，第3项（fucai-orphan）的 pending\.note：待确认说明里写了金额“1374元”/);
    expect(errors).toMatch(/content\/standards\.yaml 第\d+行，第4项（basic-living-2）的 pending\.note：待确认说明里写了数字“1374”，与 amount（1420）不一致/);
    expect(errors, 'a count of time (2025年1月) is not a figure').not.toMatch(/“2025”|“1”/);
  });
  it('an amount in yuan in any pending note is refused (the figure lives in content/standards.yaml)', () => {
    expect(errorsOf('faq/figure-in-note.md')).toMatch(/content\/faq\/figure-in-note\.md 第6行，pending\.note：待确认说明里写了金额“1374元”/);
  });
  it('a valid fixture passes, so the checks above are not vacuous', () => expect(errorsOf('documents/mz-2019-62.yaml')).toBe(''));
});
