/**
 * No page says an amount's unit twice (“每人每月 1374 元/人/月”): the unit comes with the amount from
 * content/standards.yaml, so the words around <Amount> must not repeat it.
 */
import { describe, expect, it } from 'vitest';
import { readAmounts } from '../support/content';
import { listPages, parsePage } from '../support/dist';
import { doubledUnits } from '../support/doubled-units';

const units = [...new Set(readAmounts().map((entry) => entry.unit))];

describe('amounts on the built pages', () => {
  const pages = listPages();
  const texts = pages.map(({ file, url }) => ({ url, text: parsePage(file).querySelector('body')?.textContent ?? '' }));

  it('the check sees the amounts (some page shows each unit)', () => {
    for (const unit of units) expect(texts.some(({ text }) => text.includes(unit)), unit).toBe(true);
  });

  it('no page says a unit twice', () => {
    const doubled = texts.flatMap(({ url, text }) => units.flatMap((unit) => doubledUnits(text, unit).map((context) => `${url}: ${context}`)));
    expect(doubled).toEqual([]);
  });
});
