import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { checkPending } from '../../src/integrations/pending-report';
import { findPending, formatPendingReport } from '../../src/lib/pending';

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
});

describe('the publish check (npm run build:publish)', () => {
  const root = mkdtempSync(join(tmpdir(), 'pending-check-'));
  afterAll(() => rmSync(root, { recursive: true, force: true }));
  const write = (rel: string, text: string) => {
    mkdirSync(join(root, dirname(rel)), { recursive: true });
    writeFileSync(join(root, rel), text);
  };

  it('fails while any item remains, listing each with file and text', () => {
    write('content/standards.yaml', '- id: a\n  name: 标准甲\n  pending: 起始日期未确认\n');
    write('content/pages/x.mdx', '---\ntitle: 页面\n---\n时限<Pending note="办理时限未公布">尚未公布</Pending>。\n');
    expect(() => checkPending(root, true)).toThrow(/发布检查未通过：仍有 2 项内容待区民政局确认/);
    expect(() => checkPending(root, true)).toThrow('content/standards.yaml — 标准甲：起始日期未确认');
    expect(checkPending(root, false)).toContain('待区民政局确认的内容：2 项');
  });

  it('passes once every item is confirmed and its marker removed', () => {
    write('content/standards.yaml', '- id: a\n  name: 标准甲\n');
    write('content/pages/x.mdx', '---\ntitle: 页面\n---\n时限尚未公布。\n');
    expect(checkPending(root, true)).toContain('待区民政局确认的内容：0 项');
  });
});
