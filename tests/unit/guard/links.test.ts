/**
 * Which link addresses content may use (src/lib/guard/links.ts), with the addresses of
 * tests/fixtures/unsafe-content/addresses.yaml: javascript:, data:, vbscript:, file: and the like are refused in every
 * use, however disguised; web and site links pass in pages; settings take full web addresses or root paths only.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { linkProblem, type LinkUse } from '../../../src/lib/guard/links';
import { repoRoot } from '../../support/content';

interface Cases { allowed: string[]; refused: string[] }
const addresses = parse(readFileSync(join(repoRoot, 'tests', 'fixtures', 'unsafe-content', 'addresses.yaml'), 'utf8')) as {
  refusedEverywhere: string[];
  pageLinks: Cases;
  resources: Cases;
  settings: Cases;
};

const passing = (values: string[], use: LinkUse) => values.filter((value) => linkProblem(value, use) === undefined);
const failing = (values: string[], use: LinkUse) => values.filter((value) => linkProblem(value, use) !== undefined);

describe('linkProblem', () => {
  for (const use of ['link', 'resource', 'setting'] as const) {
    it(`refuses scripts, data, other schemes and broken addresses as a ${use}, naming the address`, () => {
      expect(passing(addresses.refusedEverywhere, use)).toEqual([]);
      expect(linkProblem('JaVaScRiPt:alert(1)', use)).toContain('“JaVaScRiPt:alert(1)”');
    });
  }

  it('page links: the site, #anchors, web addresses and telephone numbers pass; the message names the scheme', () => {
    expect(failing(addresses.pageLinks.allowed, 'link')).toEqual([]);
    expect(passing(addresses.pageLinks.refused, 'link')).toEqual([]);
    expect(linkProblem('java\tscript:alert(1)', 'link')).toMatch(/“java\\u0009script:alert\(1\)” 使用了 javascript: 协议/);
  });

  it('images and other files a page loads: only from the site', () => {
    expect(failing(addresses.resources.allowed, 'resource')).toEqual([]);
    expect(passing(addresses.resources.refused, 'resource')).toEqual([]);
  });

  it('settings: empty, a full https:// or http:// address, or a path from the root', () => {
    expect(failing(addresses.settings.allowed, 'setting')).toEqual([]);
    expect(passing(addresses.settings.refused, 'setting')).toEqual([]);
  });
});
