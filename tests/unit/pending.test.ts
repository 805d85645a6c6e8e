import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { checkPending } from '../../src/integrations/pending-report';
import { findPending, formatPendingReport, topicProblems } from '../../src/lib/pending';

describe('finding statements awaiting confirmation', () => {
  it('finds a pending marker in YAML, naming the entry and its topic', () => {
    const text = '- id: a\n  name: 基本生活补贴\n  pending:\n    topic: start-date\n    note: 起始日期未确认\n- id: b\n  name: 其他\n';
    expect(findPending([{ path: 'content/standards.yaml', text }])).toEqual([
      { file: 'content/standards.yaml', subject: '基本生活补贴', note: '起始日期未确认', topics: ['start-date'] },
    ]);
  });

  it('a marker may name several topics', () => {
    const text = 'name: x\npending: { topic: [a, b], note: 两个问题 }\n';
    expect(findPending([{ path: 'a.yaml', text }])[0].topics).toEqual(['a', 'b']);
  });

  it('finds pending in frontmatter and <Pending> components in MDX, whatever the order of the attributes', () => {
    const text =
      '---\ntitle: 申请流程\npending: { topic: t1, note: 页面待确认 }\n---\n\n时限<Pending topic="t2" note="办理时限">尚未公布</Pending>。' +
      '收费<Pending note="收费" topic="t3 t4">不收费</Pending>。\n';
    const items = findPending([{ path: 'content/pages/x.mdx', text }]);
    expect(items.map((i) => [i.note, i.topics])).toEqual([['页面待确认', ['t1']], ['办理时限', ['t2']], ['收费', ['t3', 't4']]]);
    expect(items[1].subject).toBe('尚未公布');
  });

  it('ignores empty pending values and files without markers', () => {
    expect(findPending([{ path: 'a.yaml', text: 'name: x\npending: ""\n' }, { path: 'b.md', text: '# 标题\n' }])).toEqual([]);
  });

  it('a marker without a topic, or with a topic not in the list, is named with its file', () => {
    const items = findPending([
      { path: 'content/a.yaml', text: 'name: 甲\npending: 只写了说明\n' },
      { path: 'content/b.yaml', text: 'name: 乙\npending: { topic: nowhere, note: 未知的问题 }\n' },
      { path: 'content/c.yaml', text: 'name: 丙\npending: { topic: known, note: 已知的问题 }\n' },
    ]);
    const problems = topicProblems(items, new Set(['known']));
    expect(problems).toHaveLength(2);
    expect(problems[0]).toMatch(/content\/a\.yaml（甲）.*topic/);
    expect(problems[1]).toMatch(/content\/b\.yaml（乙）.*nowhere/);
  });

  it('the report counts and lists each item with file and text', () => {
    const report = formatPendingReport([{ file: 'content/a.yaml', subject: '重病', note: '病种范围', topics: ['x'] }]);
    expect(report).toContain('1 项');
    expect(report).toContain('content/a.yaml — 重病：病种范围');
  });
});

describe('the pending report of every build (publishing itself is judged from the built HTML: tests/build/confirmation.test.ts)', () => {
  const root = mkdtempSync(join(tmpdir(), 'pending-check-'));
  afterAll(() => rmSync(root, { recursive: true, force: true }));
  const write = (rel: string, text: string) => {
    mkdirSync(join(root, dirname(rel)), { recursive: true });
    writeFileSync(join(root, rel), text);
  };
  write('content/pending-topics.yaml', '- id: start-date\n  number: 1\n  title: 起始日期\n');

  it('lists each item with file and text', () => {
    write('content/standards.yaml', '- id: a\n  name: 标准甲\n  pending: { topic: start-date, note: 起始日期未确认 }\n');
    write('content/pages/x.mdx', '---\ntitle: 页面\n---\n时限<Pending topic="start-date" note="办理时限未公布">尚未公布</Pending>。\n');
    const report = checkPending(root);
    expect(report).toContain('待区民政局确认的内容：2 项');
    expect(report).toContain('content/standards.yaml — 标准甲：起始日期未确认');
  });

  it('stops on a marker whose topic is not a question of content/pending-topics.yaml, naming it', () => {
    write('content/standards.yaml', '- id: a\n  name: 标准甲\n  pending: { topic: nowhere, note: 起始日期未确认 }\n');
    expect(() => checkPending(root)).toThrow(/topic “nowhere” 不在 content\/pending-topics\.yaml 中/);
  });

  it('counts nothing once every marker is removed', () => {
    write('content/standards.yaml', '- id: a\n  name: 标准甲\n');
    write('content/pages/x.mdx', '---\ntitle: 页面\n---\n时限尚未公布。\n');
    expect(checkPending(root)).toContain('待区民政局确认的内容：0 项');
  });
});
