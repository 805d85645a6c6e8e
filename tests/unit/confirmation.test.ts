/**
 * The confirmation loop's parts, on small inputs: reading confirmation records and refusing bad ones (naming file and
 * field), reading markers from built HTML whatever produced them, grouping them by question, the publish refusal and
 * the provenance rows.
 */
import { describe, expect, it } from 'vitest';
import { pendingOnPage } from '../../src/lib/confirmation/dist';
import { publishRefusal, pendingSummary } from '../../src/lib/confirmation/gate';
import { provenanceRows } from '../../src/lib/confirmation/provenance';
import { scanConfirmations } from '../../src/lib/confirmation/scan';
import { openQuestions } from '../../src/lib/confirmation/topics';
import { findPending } from '../../src/lib/pending';
import { IMPOSSIBLE_DATE, PENDING_SYNTAXES, REPLY, SAMPLE } from '../fixtures/confirmation';

const ids = new Set(SAMPLE.topics.map((t) => t.id));
const [alpha, beta] = SAMPLE.topics.map((t) => t.id);
const record = (topic: string, extra = '') => `{ topic: ${topic}, date: ${REPLY.date}, by: ${REPLY.by}, reference: ${REPLY.reference}${extra} }`;
const scan = (path: string, text: string) => scanConfirmations([{ path, text }], ids);

describe('confirmation records in content', () => {
  it('reads a record in YAML with the entry it belongs to', () => {
    const { confirmations, problems } = scan('content/standards.yaml', `- id: a\n  name: 甲标准\n  confirmed: ${record(alpha)}\n`);
    expect(problems).toEqual([]);
    expect(confirmations).toEqual([{ topics: [alpha], date: REPLY.date, by: REPLY.by, reference: REPLY.reference, file: 'content/standards.yaml', subject: '甲标准' }]);
  });

  it('reads frontmatter and <Confirmed> in MDX, whatever the attribute syntax', () => {
    const text =
      `---\ntitle: 页面甲\nconfirmed: ${record(beta)}\n---\n\n` +
      `收费<Confirmed topic="${alpha}" date='${REPLY.date}' by={"${REPLY.by}"} reference={\`${REPLY.reference}\`}>不收费</Confirmed>。\n`;
    const { confirmations, problems } = scan('content/pages/x.mdx', text);
    expect(problems).toEqual([]);
    expect(confirmations.map((c) => [c.topics, c.subject, c.by, c.reference])).toEqual([
      [[beta], '页面甲', REPLY.by, REPLY.reference],
      [[alpha], '不收费', REPLY.by, REPLY.reference],
    ]);
  });

  it('a record without date or by is refused, naming file and field', () => {
    const yaml = scan('content/a.yaml', `name: 甲\nconfirmed: { topic: ${alpha}, by: ${REPLY.by} }\n`).problems.join('\n');
    expect(yaml).toContain('content/a.yaml（甲）：confirmed.date');
    const mdx = scan('content/pages/y.mdx', `---\ntitle: 乙\n---\n\n<Confirmed topic="${alpha}" date="${REPLY.date}">文字</Confirmed>\n`).problems.join('\n');
    expect(mdx).toMatch(/content\/pages\/y\.mdx 第5行 <Confirmed> 的 by/);
    const noDate = scan('content/pages/z.mdx', `<Confirmed topic="${alpha}" by="${REPLY.by}">文字</Confirmed>\n`).problems.join('\n');
    expect(noDate).toMatch(/content\/pages\/z\.mdx 第1行 <Confirmed> 的 date/);
  });

  it('a malformed date is refused', () => {
    expect(scan('content/a.yaml', `name: 甲\nconfirmed: { topic: ${alpha}, date: 2026/03/02, by: ${REPLY.by} }\n`).problems.join('\n')).toContain('confirmed.date');
  });

  it('a date the calendar does not have is refused, in YAML and in MDX, naming file and field', () => {
    const yaml = scan('content/a.yaml', `name: 甲\nconfirmed: { topic: ${alpha}, date: "${IMPOSSIBLE_DATE}", by: ${REPLY.by} }\n`).problems.join('\n');
    expect(yaml).toMatch(new RegExp(`content/a\\.yaml（甲）：confirmed\\.date.*“${IMPOSSIBLE_DATE}”不是日历上的日期`));
    const mdx = scan('content/b.mdx', `<Confirmed topic="${alpha}" date="${IMPOSSIBLE_DATE}" by="${REPLY.by}">文字</Confirmed>\n`).problems.join('\n');
    expect(mdx).toMatch(new RegExp(`content/b\\.mdx 第1行 <Confirmed> 的 date：“${IMPOSSIBLE_DATE}”不是日历上的日期`));
  });

  it('a topic not in the list is refused, naming it', () => {
    const problems = scan('content/a.yaml', `name: 甲\nconfirmed: ${record('no-such-topic')}\n`).problems.join('\n');
    expect(problems).toContain('content/a.yaml（甲）');
    expect(problems).toContain('no-such-topic');
  });

  it('a statement both pending and confirmed for the same question is refused, in every syntax', () => {
    const yaml = scan('content/a.yaml', `name: 甲\npending: { topic: [${alpha}, ${beta}], note: 说明文字 }\nconfirmed: ${record(alpha)}\n`).problems;
    expect(yaml.join('\n')).toMatch(/content\/a\.yaml（甲）的 confirmed.*既写了待确认（pending）又写了已确认（confirmed）/);
    const pendingWithDate = scan('content/p.mdx', `<Pending topic="${alpha}" note="说明文字" date="${REPLY.date}" by="${REPLY.by}">文字</Pending>\n`).problems;
    expect(pendingWithDate.join('\n')).toMatch(/content\/p\.mdx 第1行 <Pending>.*date、by/);
    const confirmedWithNote = scan('content/q.mdx', `<Confirmed topic="${alpha}" date="${REPLY.date}" by="${REPLY.by}" note="说明文字">文字</Confirmed>\n`).problems;
    expect(confirmedWithNote.join('\n')).toMatch(/content\/q\.mdx 第1行 <Confirmed>.*note/);
    const nested = scan('content/r.mdx', `<Pending topic="${alpha}" note="说明文字"><Confirmed topic="${alpha}" date="${REPLY.date}" by="${REPLY.by}">文字</Confirmed></Pending>\n`).problems;
    expect(nested.join('\n')).toMatch(/content\/r\.mdx 第1行 <Confirmed>.*既写了待确认/);
  });

  it('one question confirmed while another of the same statement stays pending is allowed', () => {
    const text = `name: 甲\npending: { topic: ${beta}, note: 说明文字 }\nconfirmed: ${record(alpha)}\n`;
    expect(scan('content/a.yaml', text).problems).toEqual([]);
    const mdx = `<Pending topic="${beta}" note="说明文字"><Confirmed topic="${alpha}" date="${REPLY.date}" by="${REPLY.by}">文字</Confirmed></Pending>\n`;
    expect(scan('content/b.mdx', mdx).problems).toEqual([]);
  });

  it('an attribute that is not plain text is refused', () => {
    const problems = scan('content/c.mdx', `<Confirmed topic="${alpha}" date={today} by="${REPLY.by}">文字</Confirmed>\n`).problems;
    expect(problems.join('\n')).toMatch(/第1行 <Confirmed> 的 date：请直接写文字/);
  });
});

describe('pending markers in MDX sources', () => {
  it('are read whatever the attribute syntax (the build report and the topic check use this)', () => {
    const text = PENDING_SYNTAXES.map((syntax) => syntax.replaceAll('{topic}', alpha)).join('\n\n');
    const items = findPending([{ path: 'content/pages/x.mdx', text }]);
    expect(items).toHaveLength(PENDING_SYNTAXES.length);
    for (const item of items) {
      expect(item.topics).toEqual([alpha]);
      expect(item.note.length).toBeGreaterThan(3);
    }
  });
});

describe('markers on a built page', () => {
  const page = (body: string) =>
    `<!doctype html><html lang="zh-CN"><head><title>${SAMPLE.pageTitle} - ${SAMPLE.siteName}</title></head><body>${body}</body></html>`;

  it('reads every data-pending element and the marker data of scripts, with the statement around inline markers', () => {
    const html = page(
      `<ul><li>第一句。<span class="pending-note" data-pending="说明一" data-pending-topic="${alpha}">本站的理解<span class="pending-tag">（待确认）</span></span></li></ul>` +
        `<p class="pending-note" data-pending="说明二" data-pending-topic="${alpha} ${beta}"><span class="pending-tag">待确认：</span>说明二。</p>` +
        `<div data-pending-legend data-pending="甲；乙" data-pending-topic="${beta}">图例</div>` +
        `<div data-pending="没有问题">x</div>` +
        `<script type="application/json">{"a":{"pending":{"topics":["${beta}"],"note":"说明三"}},"b":[{"rule":"r","pending":{"topics":["${alpha}"],"note":"说明四"}}]}</script>`,
    );
    const markers = pendingOnPage(html, '/shili/');
    expect(markers.map((m) => [m.title, m.topics.join(' '), m.wording])).toEqual([
      [SAMPLE.pageTitle, alpha, '第一句。本站的理解'],
      [SAMPLE.pageTitle, `${alpha} ${beta}`, '说明二'],
      [SAMPLE.pageTitle, beta, ''],
      [SAMPLE.pageTitle, '', '没有问题'],
      [SAMPLE.pageTitle, beta, '说明三'],
      [SAMPLE.pageTitle, alpha, '说明四'],
    ]);
  });

  it('groups markers by question, and the publish refusal names questions and pages, headline first', () => {
    const a = { url: '/a/', title: '页面A', topics: [alpha], note: 'n', wording: '同一句' };
    const b = { url: '/b/', title: '页面B', topics: [alpha], note: 'n', wording: '同一句' };
    const c = { url: '/b/', title: '页面B', topics: ['no-such-topic'], note: '未知', wording: '' };
    const open = openQuestions([a, b, c], SAMPLE.topics);
    expect(open.topics.map((t) => [t.topic.id, t.places.map((p) => p.url), t.wordings.length, t.wordings[0].pages.length])).toEqual([[alpha, ['/a/', '/b/'], 1, 2]]);
    expect(open.unnamed).toEqual([c]);
    const refusal = publishRefusal(open)!;
    expect(refusal.split('\n')[0]).toMatch(/^发布检查未通过：还有 1 个问题等待区民政局确认，共 3 处标注，涉及 2 个页面/);
    expect(refusal).toContain(`问题1　${SAMPLE.topics[0].title}（${alpha}）`);
    expect(refusal).toContain('页面A（/a/）、页面B（/b/）');
    expect(refusal).toContain('页面B（/b/）：未知');
    expect(publishRefusal(openQuestions([], SAMPLE.topics))).toBeUndefined();
    expect(pendingSummary(openQuestions([], SAMPLE.topics))).toContain('可以发布');
  });
});

describe('the provenance table', () => {
  it('one row per confirmation (question, date, by, reference), listing what it covers', () => {
    const base = { date: REPLY.date, by: REPLY.by, reference: REPLY.reference, file: 'f' };
    const rows = provenanceRows(
      [
        { ...base, topics: [beta], subject: '丙' },
        { ...base, topics: [alpha], subject: '甲' },
        { ...base, topics: [alpha, beta], subject: '乙' },
        { ...base, topics: [alpha], subject: '甲' },
      ],
      SAMPLE.topics,
    );
    expect(rows.map((r) => [r.topic.id, r.subjects])).toEqual([
      [alpha, ['甲', '乙']],
      [beta, ['丙', '乙']],
    ]);
  });
});
