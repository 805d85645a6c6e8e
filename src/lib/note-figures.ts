/**
 * Figures repeated in a note awaiting confirmation. An amount lives once, in content/standards.yaml, and pages
 * show it beside its note; a note that repeats it (“1374元标准从何时起执行”) goes stale when the amount changes.
 * Counts of time and document numbers (6个月, 18周岁, 〔2025〕18号) are not figures.
 */

/** An amount in yuan: 1374元, 1607.33 元. */
const YUAN = /(\d+(?:\.\d+)?)\s*元/g;
const NUMBER = /\d+(?:\.\d+)?/g;
/** What may follow a number that is not an amount. */
const COUNT_AFTER = /^\s*(?:年|个?月|日|号|周岁|岁|天|周|项|次|种|类|部门|〕|%)/;

/** The yuan figures of a note, e.g. ['1374元']. */
export function yuanFiguresIn(note: string): string[] {
  return [...note.matchAll(YUAN)].map((match) => match[0].replace(/\s+/g, ''));
}

/** The numbers of a note that are not counts of time or parts of a document number. */
export function figuresIn(note: string): string[] {
  return [...note.matchAll(NUMBER)]
    .filter((match) => note[match.index - 1] !== '〔' && !COUNT_AFTER.test(note.slice(match.index + match[0].length)))
    .map((match) => match[0]);
}

/** Why a note beside an amount must not carry `figure`, in Chinese; `amount` is the amount it annotates. */
export function amountNoteProblem(note: string, amount: number): string | undefined {
  const [figure] = figuresIn(note);
  if (figure === undefined) return undefined;
  const differs = Number(figure) !== amount ? `，与 amount（${amount}）不一致` : '';
  return `待确认说明里写了数字“${figure}”${differs}：金额只写在 amount 中，页面会把它显示在说明旁边；说明里请写“这一标准”，不要重复金额`;
}

/** Why any note awaiting confirmation must not carry a yuan figure, in Chinese. */
export function noteFigureProblem(note: string): string | undefined {
  const [figure] = yuanFiguresIn(note);
  if (figure === undefined) return undefined;
  return `待确认说明里写了金额“${figure}”：金额只写在 content/standards.yaml 中，标准一改，说明就过时了；请写“这一标准”，正文中的金额用 <Amount id="…" />`;
}
