import { describe, expect, it } from 'vitest';
import { amountNoteProblem, figuresIn, noteFigureProblem, yuanFiguresIn } from '../../src/lib/note-figures';

describe('figures in notes awaiting confirmation', () => {
  it('finds amounts in yuan, with or without a space', () => {
    expect(yuanFiguresIn('1374元标准与1607.33 元的标准')).toEqual(['1374元', '1607.33元']);
    expect(yuanFiguresIn('这一标准从何时起执行')).toEqual([]);
  });
  it('counts of time and document numbers are not figures', () => {
    expect(figuresIn('失联6个月，满18周岁，国办发〔2025〕18号，2025年1月起，12部门')).toEqual([]);
    expect(figuresIn('1374的标准')).toEqual(['1374']);
  });
  it('a note beside an amount may not repeat it, and says when it differs', () => {
    expect(amountNoteProblem('这一标准从何时起执行，尚未确认', 1374)).toBeUndefined();
    expect(amountNoteProblem('1374的标准从何时起执行', 1374)).toMatch(/写了数字“1374”：/);
    expect(amountNoteProblem('1374的标准从何时起执行', 1420)).toMatch(/写了数字“1374”，与 amount（1420）不一致/);
  });
  it('any note is refused a yuan figure', () => {
    expect(noteFigureProblem('每人每月1374元从何时起执行')).toMatch(/写了金额“1374元”/);
    expect(noteFigureProblem('差额怎样计算')).toBeUndefined();
  });
});
