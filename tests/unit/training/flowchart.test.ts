/**
 * The flowchart is derived from the engine: its checks, walked in order for any pair of standings, give exactly
 * what judgeOutcome gives; its words come from content; its drawing is an accessible SVG with boxes that fit.
 */
import { describe, expect, it } from 'vitest';
import { judgeOutcome } from '../../../src/lib/eligibility';
import { definitionChart, flowWording } from '../../../src/lib/training/flowchart';
import { definitionFlow, holds, walk, type Pair } from '../../../src/lib/training/flowchart/flow';
import { chartColumns, chartSteps, conditionText } from '../../../src/lib/training/flowchart/text';
import { escapeXml, layoutChart, renderChartSvg } from '../../../src/lib/training/flowchart/svg';
import { STANDINGS } from '../../../src/lib/eligibility/keys';
import { readWording } from '../../support/training-content';

const flow = definitionFlow();
const pairs: Pair[] = STANDINGS.flatMap((father) => STANDINGS.map((mother) => [father, mother] as const));
const { text, training } = readWording();
const wording = flowWording(text, training);

describe('definitionFlow(): the checks, in the engine order', () => {
  it('starts with the age: 18 or older is not eligible, whatever the parents', () => {
    expect(flow.age).toMatchObject({ outcome: 'not_eligible', rule: 'outcome.not_under_18' });
  });

  it('reads like the definition: both absent → orphan; both qualifying → eligible; one absent, one qualifying → eligible; either not qualifying → not eligible; otherwise possibly', () => {
    expect(flow.checks.map((c) => [c.rule, c.outcome, c.condition, c.otherwise])).toEqual([
      ['outcome.both_absent', 'orphan', { kind: 'both', standing: 'absent' }, false],
      ['outcome.both_qualifying', 'eligible', { kind: 'both', standing: 'qualifying' }, false],
      ['outcome.one_absent_other_qualifying', 'eligible', { kind: 'one_each', standings: ['absent', 'qualifying'] }, false],
      ['outcome.parent_not_qualifying', 'not_eligible', { kind: 'either', standing: 'not_qualifying' }, false],
      ['outcome.parent_unknown', 'possibly_eligible', { kind: 'either', standing: 'unknown' }, true],
    ]);
  });

  it.each(pairs)('walking the chart for father %s, mother %s gives judgeOutcome', (father, mother) => {
    const check = walk(flow, [father, mother]);
    expect(check?.outcome).toBe(judgeOutcome(true, father, mother).outcome);
    expect(check?.rule).toBe(judgeOutcome(true, father, mother).rule);
  });

  it('the checks split the 16 pairs between them, each pair once', () => {
    expect(flow.checks.flatMap((c) => c.pairs)).toHaveLength(16);
  });

  it('holds() treats both parents alike', () => {
    for (const pair of pairs) {
      const swapped = [pair[1], pair[0]] as const;
      for (const check of flow.checks) expect(holds(check.condition, pair)).toBe(holds(check.condition, swapped));
    }
  });
});

describe('the chart in words (content/questionnaire.yaml and content/training.yaml)', () => {
  it('names the conditions with the questionnaire’s standings', () => {
    expect(conditionText({ kind: 'both', standing: 'absent' }, wording)).toBe('父母双方都“死亡或失踪”');
    expect(conditionText({ kind: 'one_each', standings: ['absent', 'qualifying'] }, wording)).toBe('一方“死亡或失踪”，另一方“属于八种情形之一”');
    expect(conditionText({ kind: 'either', standing: 'not_qualifying' }, wording)).toBe('有一方“不属于八种情形”');
    expect(conditionText({ kind: 'both_within', standings: ['absent', 'qualifying'] }, wording)).toContain('死亡或失踪、属于八种情形之一');
  });

  it('has the age question, the classification, one question per check and the last outcome', () => {
    const columns = chartColumns(flow, wording);
    expect(columns.map((c) => c.kind)).toEqual(['question', 'process', 'question', 'question', 'question', 'question', 'outcome']);
    expect(columns[0]).toMatchObject({ text: '孩子已满18周岁？', yes: { outcome: 'not_eligible', text: text.result.overAge.short }, next: '否' });
    expect(columns[1].items).toEqual(['死亡或失踪', '属于八种情形之一', '不属于八种情形', '还需要确认']);
    expect(columns[2]).toMatchObject({ text: '父母双方都“死亡或失踪”？', yes: { outcome: 'orphan', text: '属于孤儿情形' } });
    expect(columns.at(-1)).toEqual({ kind: 'outcome', text: '可能符合' });
  });

  it('the text alternative has one sentence per box, each with its outcome and the reason from the questionnaire', () => {
    const steps = chartSteps(flow, wording);
    expect(steps).toHaveLength(7);
    expect(steps[0]).toContain(`孩子已满18周岁？是：${text.result.overAge.short}。`);
    expect(steps[2]).toContain(text.result.rules['outcome.both_absent']);
    expect(steps.at(-1)).toMatch(/^其他情况（有一方“还需要确认”）：可能符合。/);
  });
});

describe('the drawing', () => {
  const columns = chartColumns(flow, wording);
  const layout = layoutChart(columns);

  it('has a box for each column and each outcome, none overlapping, all inside the canvas', () => {
    expect(layout.boxes).toHaveLength(columns.length + columns.filter((c) => c.yes).length);
    for (const box of layout.boxes) {
      expect(box.x).toBeGreaterThanOrEqual(0);
      expect(box.y).toBeGreaterThanOrEqual(0);
      expect(box.x + box.width).toBeLessThanOrEqual(layout.width);
      expect(box.y + box.height).toBeLessThanOrEqual(layout.height);
    }
    for (const [i, a] of layout.boxes.entries()) {
      for (const b of layout.boxes.slice(i + 1)) {
        const apart = a.x + a.width <= b.x || b.x + b.width <= a.x || a.y + a.height <= b.y || b.y + b.height <= a.y;
        expect(apart, `${a.lines.join('')} overlaps ${b.lines.join('')}`).toBe(true);
      }
    }
  });

  it('wraps text to fit its box and keeps every character', () => {
    for (const box of layout.boxes) expect(box.lines.length).toBeGreaterThan(0);
    const drawn = layout.boxes.map((b) => b.lines.join('')).join('');
    for (const column of columns) expect(drawn.replace(/[　｜]/g, '')).toContain(column.text);
  });

  it('is an image with <title> and <desc> named by aria attributes, text large enough for a projector', () => {
    const svg = renderChartSvg(layout, { idPrefix: 'c', title: 'T<1>', description: 'D & d' });
    expect(svg).toMatch(/^<svg [^>]*role="img"[^>]*aria-labelledby="c-title"[^>]*aria-describedby="c-desc"/);
    expect(svg).toContain('<title id="c-title">T&lt;1&gt;</title>');
    expect(svg).toContain('<desc id="c-desc">D &amp; d</desc>');
    expect(svg).not.toContain('xmlns');
    const sizes = [...svg.matchAll(/font-size="(\d+)"/g)].map((m) => Number(m[1]));
    expect(Math.min(...sizes) / layout.width).toBeGreaterThanOrEqual(0.02);
    expect(renderChartSvg(layout, { idPrefix: 'c', title: 't', description: 'd', standalone: true })).toMatch(
      /^<svg xmlns="http:\/\/www\.w3\.org\/2000\/svg" width="\d+" height="\d+"/,
    );
  });

  it('escapes XML', () => expect(escapeXml('<a href="x">&</a>')).toBe('&lt;a href=&quot;x&quot;&gt;&amp;&lt;/a&gt;'));

  it('definitionChart() puts it together: the title from content, the steps as <desc>', () => {
    const chart = definitionChart(text, training, { idPrefix: 'x' });
    expect(chart.title).toBe(training.flowchart.title);
    expect(chart.svg).toContain(`<desc id="x-desc">${escapeXml(chart.steps.join(' '))}</desc>`);
  });
});
