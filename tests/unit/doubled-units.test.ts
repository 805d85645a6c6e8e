import { describe, expect, it } from 'vitest';
import { doubledUnits } from '../support/doubled-units';

describe('an amount\'s unit said twice', () => {
  const unit = '元/人/月';
  it.each([
    ['每人每月 1374 元/人/月', '每人每月 1374 元/人/月'],
    ['标准是每月1374 元/人/月。', '标准是每月1374 元/人/月。'],
    ['标准是1374 元/人/月/月。', '标准是1374 元/人/月/月。'],
    ['标准是 1607.33 元/人/月元。', '标准是 1607.33 元/人/月元。'],
    ['标准是 1374 元/人/月每月发放', '标准是 1374 元/人/月每月发放'],
  ])('is found in “%s”', (text, context) => expect(doubledUnits(text, unit)).toEqual([context]));
  it.each(['基本生活补贴的标准是1374 元/人/月。', '1374 元/人/月（待确认：这一标准从何时起执行）', '每月按时发放。标准为 2074 元/人/月'])(
    'is not found in “%s”',
    (text) => expect(doubledUnits(text, unit)).toEqual([]),
  );
});
