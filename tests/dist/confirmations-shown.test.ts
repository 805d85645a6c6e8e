/**
 * What the built pages show of the confirmation loop, following content/: 关于本站 lists one provenance row per
 * confirmed question (or says there is none yet), and 求助与联系 lists the 街道办事处 of content/offices.yaml,
 * saying 暂未公布 for anything the bureau has not supplied.
 */
import { readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse as parseYaml } from 'yaml';
import { scanConfirmations } from '../../src/lib/confirmation/scan';
import { readTopics } from '../support/confirmation-sheet';
import { contentRoot, listContentFiles, readContent, repoRoot } from '../support/content';
import { parsePage } from '../support/dist';

describe('关于本站: the provenance table', () => {
  const topics = readTopics(repoRoot);
  const files = listContentFiles().map((path) => ({ path: relative(repoRoot, path), text: readFileSync(path, 'utf8') }));
  const { confirmations, problems } = scanConfirmations(files, new Set(topics.map((t) => t.id)));
  const confirmed = new Set(confirmations.flatMap((c) => c.topics));
  const page = parsePage('guanyu/index.html');

  it('the content has no bad confirmation record', () => expect(problems).toEqual([]));

  it('lists each confirmed question with its date, body and reply, or says there is none yet', () => {
    if (confirmed.size === 0) {
      expect(page.querySelector('[data-provenance="empty"]')).not.toBeNull();
      return;
    }
    const rows = page.querySelectorAll('table[data-provenance] tbody tr');
    expect(new Set(rows.map((row) => row.getAttribute('data-topic')))).toEqual(confirmed);
    for (const record of confirmations) {
      const text = rows.filter((row) => record.topics.includes(row.getAttribute('data-topic')!)).map((row) => row.text).join('\n');
      expect(text).toContain(record.by);
      if (record.reference) expect(text).toContain(record.reference);
    }
  });
});

describe('求助与联系: the 街道办事处', () => {
  const { streetOffices } = parseYaml(readFileSync(join(contentRoot, 'offices.yaml'), 'utf8')) as { streetOffices: Record<string, string>[] };
  const supplied = streetOffices.filter((office) => Object.values(office).some(Boolean));
  const page = parsePage('qiuzhu/index.html');

  it('shows each office the bureau supplied, or says the list is not published yet', () => {
    if (supplied.length === 0) {
      const { labels } = readContent<{ labels: { offices: { empty: string } } }>('site.yaml');
      expect(page.querySelector('[data-offices="empty"]')?.text).toBe(labels.offices.empty);
      return;
    }
    const table = page.querySelector('table[data-offices]')!;
    expect(table.querySelectorAll('tbody tr')).toHaveLength(supplied.length);
    for (const office of supplied) for (const value of Object.values(office).filter(Boolean)) expect(table.text).toContain(value);
  });
});
