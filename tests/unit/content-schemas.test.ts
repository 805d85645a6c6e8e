import { describe, expect, it } from 'vitest';
import { join } from 'node:path';
import { contentRoot, listContentFiles, readData, repoRoot, validateFile } from '../support/content';

const fixtures = join(repoRoot, 'tests', 'fixtures', 'bad-content');
const errorsOf = (rel: string) => validateFile(join(fixtures, rel), fixtures).join('\n');

describe('the real content passes its schemas', () => {
  for (const path of listContentFiles()) {
    it(path.slice(contentRoot.length + 1), () => expect(validateFile(path)).toEqual([]));
  }
});

describe('the real content has what the pages and the engine rely on', () => {
  it('two absences and eight situations, named by the engine kinds', () => {
    const kinds = listContentFiles(join(contentRoot, 'situations')).map((p) => p.split('/').pop()!.replace('.yaml', ''));
    expect(kinds.sort()).toEqual(
      ['compulsory_rehab', 'deceased', 'deported', 'guardianship_revoked', 'imprisoned', 'lost_contact', 'missing', 'restricted', 'serious_illness', 'severe_disability'].sort(),
    );
    const groups = kinds.map((k) => (readData(join(contentRoot, 'situations', `${k}.yaml`)) as { group: string }).group);
    expect(groups.filter((g) => g === 'absence')).toHaveLength(2);
    expect(groups.filter((g) => g === 'situation')).toHaveLength(8);
  });

  it('the three Kunming amounts, per person per month', () => {
    const standards = readData(join(contentRoot, 'standards.yaml')) as Array<{ kind: string; amount?: number; unit?: string }>;
    const amounts = standards.filter((s) => s.kind === 'amount');
    expect(amounts.map((a) => a.amount)).toEqual([1374, 1607.33, 2074]);
    expect(new Set(amounts.map((a) => a.unit))).toEqual(new Set(['元/人/月']));
  });

  it('contact entries never carry the portal number as the bureau number', () => {
    const site = readData(join(contentRoot, 'site.yaml')) as { contacts: Array<{ value: string }> };
    expect(site.contacts.map((c) => c.value).join(' ')).not.toContain('68212345');
  });
});

describe('malformed content is rejected with the file and the field named', () => {
  it('a document without issuer, with a bad date and an unknown verification', () => {
    const errors = errorsOf('documents/no-issuer.yaml');
    expect(errors).toContain('content/documents/no-issuer.yaml: issuer:');
    expect(errors).toContain('content/documents/no-issuer.yaml: date:');
    expect(errors).toContain('content/documents/no-issuer.yaml: verification:');
  });

  it('a citation of a document id that does not exist names the id', () => {
    expect(errorsOf('situations/unknown-ref.yaml')).toMatch(/content\/situations\/unknown-ref\.yaml: sources\.0: .*mz-2019-99/);
  });

  it('an amount written as text and a unit other than 元/人/月', () => {
    const errors = errorsOf('standards.yaml');
    expect(errors).toContain('content/standards.yaml: [0].amount:');
    expect(errors).toContain('content/standards.yaml: [0].unit:');
  });

  it('site settings without 主办单位, and an ICP link that is not an address', () => {
    const errors = errorsOf('site.yaml');
    expect(errors).toContain('content/site.yaml: organizer:');
    expect(errors).toContain('content/site.yaml: portal.icpUrl:');
  });
  it('a guide page without a title', () => expect(errorsOf('pages/no-title.mdx')).toContain('content/pages/no-title.mdx: title:'));
  it('an FAQ entry without its question', () => expect(errorsOf('faq/no-question.md')).toContain('content/faq/no-question.md: question:'));
  it('a valid fixture passes, so the checks above are not vacuous', () => expect(errorsOf('documents/mz-2019-62.yaml')).toBe(''));
});
