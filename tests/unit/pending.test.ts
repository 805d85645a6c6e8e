import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { checkPending } from '../../src/integrations/pending-report';
import { findPending, formatPendingReport, topicProblems } from '../../src/lib/pending';
import { contentLabel } from '../../src/lib/schemas/labels';

describe('finding statements awaiting confirmation', () => {
  it('finds a pending marker in YAML, naming the entry and its topic', () => {
    const text = '- id: a\n  name: 基本生活补贴\n  pending:\n    topic: start-date\n    note: 起始日期未确认\n- id: b\n  name: 其他\n';
    expect(findPending([{ path: 'content/standards.yaml', text }])).toEqual([
      { file: 'content/standards.yaml', line: 3, subject: '基本生活补贴', note: '起始日期未确认', topics: ['start-date'] },
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
    expect(items.map((i) => i.line)).toEqual([3, 6, 6]);
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
    expect(problems[0]).toMatch(/“甲”（content\/a\.yaml 第2行）.*topic/);
    expect(problems[1]).toMatch(/“乙”（content\/b\.yaml 第2行）.*nowhere/);
  });

  it('the report counts and lists each item: what it is, in words, then file and line, then the note', () => {
    const report = formatPendingReport([{ file: 'content/situations/a.yaml', line: 9, subject: '重病', note: '病种范围', topics: ['x'] }], contentLabel);
    expect(report).toContain('1 项');
    expect(report).toContain('1. 情形说明“重病”（content/situations/a.yaml 第9行）：病种范围');
  });

  it('names an entry in plain words: no {placeholders}, no English keys, no bare file names', () => {
    const text = [
      'proofs:',
      '  label: "{situation}的证明（参考）："',
      '  pending: { topic: t, note: 清单未公布 }',
      'rulePending:',
      '  - rule: outcome.both_absent',
      '    pending: { topic: t, note: 这一理解未确认 }',
      'steps:',
      '  ask_parent:',
      '    text: 请先问{parent}的[派出所](/qiuzhu/)。',
      '    pending: { topic: t, note: 做法未确认 }',
    ].join('\n');
    const report = formatPendingReport(findPending([{ path: 'content/questionnaire.yaml', text }]), contentLabel);
    expect(report).toContain('1. 自助判断的文字“某一情形的证明（参考）”（content/questionnaire.yaml 第3行）：清单未公布');
    expect(report).toContain('2. 自助判断的文字（content/questionnaire.yaml 第6行）：这一理解未确认');
    expect(report).toContain('3. 自助判断的文字“请先问父（母）的派出所。”（content/questionnaire.yaml 第10行）：做法未确认');
    expect(report).not.toMatch(/[{}]|outcome\.|ask_parent|— /);
  });

  it('a glossary entry is named by its term, not its id', () => {
    const [item] = findPending([{ path: 'content/glossary.yaml', text: '- id: lost-contact\n  term: 失联\n  pending: { topic: t, note: 起算日期 }\n' }]);
    expect(item.subject).toBe('失联');
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
    expect(report).toContain('补贴标准“标准甲”（content/standards.yaml 第3行）：起始日期未确认');
  });

  it('stops on a marker whose topic is not a question of content/pending-topics.yaml, naming it', () => {
    write('content/standards.yaml', '- id: a\n  name: 标准甲\n  pending: { topic: nowhere, note: 起始日期未确认 }\n');
    expect(() => checkPending(root)).toThrow(/topic “nowhere” 不在 content\/pending-topics\.yaml 中/);
  });

  it('stops on an amount repeated in a <Pending note="…"> of an MDX page, naming file and line', () => {
    write('content/standards.yaml', '- id: a\n  name: 标准甲\n');
    write('content/pages/x.mdx', '---\ntitle: 页面\n---\n\n标准<Pending topic="start-date" note="1374 元的标准从何时起执行">尚未确认</Pending>。\n');
    expect(() => checkPending(root)).toThrow('页面“尚未确认”（content/pages/x.mdx 第5行）：待确认说明里写了金额“1374元”');
  });

  it('counts nothing once every marker is removed', () => {
    write('content/standards.yaml', '- id: a\n  name: 标准甲\n');
    write('content/pages/x.mdx', '---\ntitle: 页面\n---\n时限尚未公布。\n');
    expect(checkPending(root)).toContain('待区民政局确认的内容：0 项');
  });
});
