import { describe, expect, it } from 'vitest';
import { daysInMonth, isYamlTimestamp, partialDateProblem, readYamlTimestamp } from '../../src/lib/dates';
import { readYaml } from '../../src/lib/content-check/yaml-data';

describe('partial dates are checked against the calendar, without rollover', () => {
  it.each(['2016', '2020-12', '2025-09-25', '2024-02-29', '2025-12-31'])('%s is a date', (text) => expect(partialDateProblem(text)).toBeUndefined());
  it.each([
    ['2025-02-30', '2025年2月只有28天'],
    ['2025-02-29', '2025年2月只有28天'],
    ['2025-04-31', '2025年4月只有30天'],
    ['2025-13-45', '没有13月'],
    ['2025-00', '没有0月'],
    ['2025-01-00', '2025年1月只有31天'],
  ])('%s is refused: %s', (text, reason) => expect(partialDateProblem(text)).toBe(`“${text}”不是日历上的日期：${reason}${reason.startsWith('没有') ? '，月份应为 01 到 12' : ''}`));
  it('another format is refused with the formats to use', () => expect(partialDateProblem('2025/09/25')).toMatch(/不是日期，日期应写作 2025、2025-09 或 2025-09-25/));
  it('knows leap years', () => {
    expect(daysInMonth(2024, 2)).toBe(29);
    expect(daysInMonth(1900, 2)).toBe(28);
    expect(daysInMonth(2000, 2)).toBe(29);
  });
});

describe('unquoted YAML timestamps: read as Astro reads them, refused where Astro would roll them over', () => {
  it('recognises what a YAML 1.1 parser turns into a Date', () => {
    expect(isYamlTimestamp('2025-09-25')).toBe(true);
    expect(isYamlTimestamp('2025-13-45')).toBe(true);
    expect(isYamlTimestamp('2025-09-25 10:30:00')).toBe(true);
    expect(isYamlTimestamp('2025-09')).toBe(false);
    expect(isYamlTimestamp('2025-9-25')).toBe(false);
  });
  it('a valid timestamp becomes the same Date (UTC midnight, or the given time and zone)', () => {
    expect(readYamlTimestamp('2025-09-25')).toEqual({ date: new Date(Date.UTC(2025, 8, 25)) });
    expect(readYamlTimestamp('2025-09-25T10:30:00+08:00')).toEqual({ date: new Date(Date.UTC(2025, 8, 25, 2, 30)) });
  });
  it('an impossible one gives the reason instead of a shifted Date', () => {
    expect(readYamlTimestamp('2025-02-30')).toEqual({ problem: '“2025-02-30”不是日历上的日期：2025年2月只有28天' });
  });
  it('readYaml reports it with its path and line, and keeps valid dates as Dates', () => {
    const read = readYaml('title: x\nitems:\n  - on: 2025-09-25\n  - on: 2025-02-30\n', 3);
    expect(read.problems).toEqual([{ path: ['items', 1, 'on'], line: 6, message: '“2025-02-30”不是日历上的日期：2025年2月只有28天' }]);
    expect((read.data as { items: { on: unknown }[] }).items[0].on).toEqual(new Date(Date.UTC(2025, 8, 25)));
    expect(read.lineOf(['items', 1, 'missing'])).toBe(6);
  });
  it('a YAML syntax error names its line, in words for editors', () => {
    const read = readYaml('title: x\norder: 1\norder: 2\n', 2);
    expect(read.data).toBeUndefined();
    expect(read.problems).toEqual([{ path: [], line: 4, message: 'YAML 写法有误：同一个字段写了两次' }]);
  });
});
