/**
 * Address fields of the settings (content/site.yaml portal.icpUrl, errorReportUrl, sitemapUrl) take only web
 * addresses or root paths: the fixture tests/fixtures/unsafe-content/site.yaml has a data:, a javascript: and a
 * disguised vbscript: link, each refused naming the file and the field.
 */
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { z } from 'astro/zod';
import { collectionTable } from '../../src/lib/schemas';
import { readContent, repoRoot, validateFile } from '../support/content';

const fixtures = join(repoRoot, 'tests', 'fixtures', 'unsafe-content');

describe('link fields of content/site.yaml', () => {
  it('refuses data:, javascript: and vbscript: addresses, naming the file and each field', () => {
    const data = readContent<{ portal: Record<string, string> }>('site.yaml', fixtures);
    const result = collectionTable(new Set(), () => z.string()).site.schema.safeParse(data);
    const errors = (result.error?.issues ?? []).map((issue) => `content/site.yaml: ${issue.path.join('.')}: ${issue.message}`);
    const { portal } = data;
    for (const field of ['icpUrl', 'errorReportUrl', 'sitemapUrl']) {
      expect(errors.filter((error) => error.startsWith(`content/site.yaml: portal.${field}: `)), field).toEqual([
        expect.stringContaining(`“${portal[field]}”`),
      ]);
    }
  });

  it('the real settings pass', () => {
    expect(validateFile(join(repoRoot, 'content', 'site.yaml'))).toEqual([]);
  });
});
