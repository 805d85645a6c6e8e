import { describe, expect, it } from 'vitest';
import { findPending, formatPendingReport } from '../../src/lib/pending';
import { contentRoot, listContentFiles } from '../support/content';
import { readFileSync } from 'node:fs';
import { relative } from 'node:path';

describe('finding statements awaiting confirmation', () => {
  it('finds a pending field in YAML, naming the entry', () => {
    const items = findPending([{ path: 'content/standards.yaml', text: '- id: a\n  name: 基本生活养育标准\n  pending: 起始日期未确认\n- id: b\n  name: 其他\n' }]);
    expect(items).toEqual([{ file: 'content/standards.yaml', subject: '基本生活养育标准', note: '起始日期未确认' }]);
  });

  it('finds pending in frontmatter and <Pending> components in MDX', () => {
    const text = '---\ntitle: 申请流程\npending: 页面待确认\n---\n\n时限<Pending note="办理时限">尚未公布</Pending>。\n';
    const items = findPending([{ path: 'content/pages/x.mdx', text }]);
    expect(items.map((i) => i.note)).toEqual(['页面待确认', '办理时限']);
    expect(items[1].subject).toBe('尚未公布');
  });

  it('ignores empty pending values and files without markers', () => {
    expect(findPending([{ path: 'a.yaml', text: 'name: x\npending: ""\n' }, { path: 'b.md', text: '# 标题\n' }])).toEqual([]);
  });

  it('the report counts and lists each item with file and text', () => {
    const report = formatPendingReport([{ file: 'content/a.yaml', subject: '重病', note: '病种范围' }]);
    expect(report).toContain('1 项');
    expect(report).toContain('content/a.yaml — 重病：病种范围');
  });

  it('the real content has the unconfirmed items of facts.md §8 marked', () => {
    const files = listContentFiles().map((path) => ({ path: relative(contentRoot, path), text: readFileSync(path, 'utf8') }));
    const notes = findPending(files).map((i) => `${i.file} ${i.note}`).join('\n');
    for (const topic of ['未履行抚养义务', '重病', '1374', '补差|差额', '18周岁', '办理时限', '材料清单', '咨询电话', '2025〕18号|实施办法']) {
      expect(notes, `facts.md §8: "${topic}" should be marked as awaiting confirmation`).toMatch(new RegExp(topic));
    }
  });
});
