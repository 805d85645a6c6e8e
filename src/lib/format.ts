/** Formatting for Chinese text: dates as 2025年9月25日, money as 1374 元. */
import { PARTIAL_DATE, partialDateProblem } from './dates';

/** Formats a date of any precision (2016, 2020-12, 2025-09-25) the way Chinese official text writes it. */
export function formatDate(value: string): string {
  const problem = partialDateProblem(value);
  if (problem) throw new Error(`无法识别的日期：${problem}`);
  const [, year, month, day] = PARTIAL_DATE.exec(value)!;
  let text = `${year}年`;
  if (month) text += `${Number(month)}月`;
  if (day) text += `${Number(day)}日`;
  return text;
}

/** Formats an amount in yuan: whole numbers without decimals, others with two (1607.33). */
export function formatYuan(amount: number): string {
  if (!Number.isFinite(amount) || amount < 0) throw new Error(`无效的金额：${amount}`);
  const digits = Number.isInteger(amount) ? String(amount) : amount.toFixed(2);
  return `${digits} 元`;
}

/** Formats an amount with its unit, e.g. 1374 元/人/月. */
export function formatAmount(amount: number, unit: string): string {
  return `${formatYuan(amount).replace(/ 元$/, '')} ${unit}`;
}
