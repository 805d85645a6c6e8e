import { describe, expect, it } from 'vitest';
import { formatAmount, formatDate, formatYuan } from '../../src/lib/format';

describe('dates are written the Chinese official way', () => {
  it('full date → 2025年9月25日 (no leading zeros)', () => expect(formatDate('2025-09-25')).toBe('2025年9月25日'));
  it('year and month → 2020年12月', () => expect(formatDate('2020-12')).toBe('2020年12月'));
  it('year only → 2016年', () => expect(formatDate('2016')).toBe('2016年'));
  it('rejects what is not a date', () => expect(() => formatDate('25/09/2025')).toThrow('无法识别的日期'));
  it('rejects a day the calendar does not have, instead of rolling over', () => expect(() => formatDate('2025-02-30')).toThrow('2025年2月只有28天'));
});

describe('money is written as 1374 元', () => {
  it('whole yuan without decimals', () => expect(formatYuan(1374)).toBe('1374 元'));
  it('fractions with two decimals', () => expect(formatYuan(1607.33)).toBe('1607.33 元'));
  it('no thousands separator', () => expect(formatYuan(10000)).toBe('10000 元'));
  it('rejects negative or non-numbers', () => {
    expect(() => formatYuan(-1)).toThrow('无效的金额');
    expect(() => formatYuan(Number.NaN)).toThrow('无效的金额');
  });
  it('amount with unit → 1374 元/人/月', () => expect(formatAmount(1374, '元/人/月')).toBe('1374 元/人/月'));
});
