import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { parse as parseYaml } from 'yaml';
import { findPending, formatPendingReport, topicProblems } from '../../src/lib/pending';
import { contentRoot, listContentFiles, repoRoot } from '../support/content';
import { PLACES_THAT_MATTER } from '../fixtures/pending-places';

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

describe('the real content', () => {
  const files = listContentFiles().map((path) => ({ path: relative(repoRoot, path), text: readFileSync(path, 'utf8') }));
  const items = findPending(files);
  const topics = parseYaml(readFileSync(join(contentRoot, 'pending-topics.yaml'), 'utf8')) as { id: string; number: number }[];

  it('every marker names a question of content/pending-topics.yaml', () => {
    expect(topicProblems(items, new Set(topics.map((t) => t.id)))).toEqual([]);
  });

  it('the questions have distinct ids and numbers', () => {
    expect(new Set(topics.map((t) => t.id)).size).toBe(topics.length);
    expect(new Set(topics.map((t) => t.number)).size).toBe(topics.length);
  });

  // While a question is open (some marker still names it), every place whose statement rests on it is flagged.
  for (const [topic, places] of Object.entries(PLACES_THAT_MATTER)) {
    it(`an open question “${topic}” is flagged wherever it matters`, () => {
      expect(topics.map((t) => t.id), `fixture names a topic that content/pending-topics.yaml lacks`).toContain(topic);
      const open = items.some((item) => item.topics.includes(topic));
      if (!open) return; // answered: the bureau's reply replaced every marker
      const flagged = new Set(items.filter((item) => item.topics.includes(topic)).map((item) => item.file));
      expect(places.filter((place) => !flagged.has(place))).toEqual([]);
    });
  }
});
