/**
 * Finds an amount's unit said twice: “每人每月 1374 元/人/月”, “1374 元/人/月/月”, “1374 元/人/月元”. The unit comes with
 * the amount (<Amount>, from content/standards.yaml), so the words around it must not repeat any part of it.
 */

const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** Each place in `text` where `unit` (e.g. 元/人/月) is doubled, with a little context. */
export function doubledUnits(text: string, unit: string): string[] {
  const [currency, ...per] = unit.split('/'); // 元, [人, 月]
  const before = new RegExp(`每个?(?:${per.map(escape).join('|')})`);
  const after = new RegExp(`^\\s*(?:/|每|${[currency, ...per].map(escape).join('|')})`);
  const found: string[] = [];
  for (const match of text.matchAll(new RegExp(`\\d+(?:\\.\\d+)?\\s*${escape(unit)}`, 'g'))) {
    const start = match.index;
    const end = start + match[0].length;
    const lead = text.slice(Math.max(0, start - 8), start);
    const tail = text.slice(end, end + 4);
    if (before.test(lead) || after.test(tail)) found.push(`${lead}${match[0]}${tail}`.replace(/\s+/g, ' ').trim());
  }
  return found;
}
