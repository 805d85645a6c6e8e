/**
 * Calendar dates as content writes them: as precise as the source allows (2016, 2020-12, 2025-09-25), checked
 * against the calendar without rollover, so 2025-02-30 is refused instead of becoming 2 March.
 */

/** 2016, 2020-12 or 2025-09-25. */
export const PARTIAL_DATE = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/;

/** How YAML writes an unquoted timestamp (YAML 1.1, as Astro's parser reads it): date, or date and time. */
const YAML_DATE = /^(\d{4})-(\d\d)-(\d\d)$/;
const YAML_DATE_TIME =
  /^(\d{4})-(\d\d?)-(\d\d?)(?:[Tt]|[ \t]+)(\d\d?):(\d\d):(\d\d)(?:\.(\d*))?(?:[ \t]*(Z|([-+])(\d\d?)(?::(\d\d))?))?$/;

export function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/** Why year-month-day is not a day of the calendar, in Chinese; undefined when it is one. */
function calendarProblem(year: number, month?: number, day?: number): string | undefined {
  if (month === undefined) return undefined;
  if (month < 1 || month > 12) return `没有${month}月，月份应为 01 到 12`;
  if (day === undefined) return undefined;
  const days = daysInMonth(year, month);
  if (day < 1 || day > days) return `${year}年${month}月只有${days}天`;
  return undefined;
}

/** For a date written as 2016, 2020-12 or 2025-09-25: why it is not a calendar date, or undefined when it is. */
export function partialDateProblem(text: string): string | undefined {
  const match = PARTIAL_DATE.exec(text);
  if (!match) return `“${text}”不是日期，日期应写作 2025、2025-09 或 2025-09-25`;
  const [year, month, day] = match.slice(1).map((part) => (part === undefined ? undefined : Number(part)));
  const problem = calendarProblem(year!, month, day);
  return problem && `“${text}”不是日历上的日期：${problem}`;
}

/** For a date that must be complete (2026-03-01, e.g. a confirmation's): why it is not one, or undefined. */
export function fullDateProblem(text: string): string | undefined {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(text)) return `“${text}”不是完整的日期，应写作 2026-03-01`;
  return partialDateProblem(text);
}

/** True when an unquoted YAML scalar is a timestamp, which YAML parsers turn into a Date (rolling over bad days). */
export function isYamlTimestamp(text: string): boolean {
  return YAML_DATE.test(text) || YAML_DATE_TIME.test(text);
}

/**
 * An unquoted YAML timestamp as the Date Astro's YAML parser makes of it, or the reason it is not a calendar date
 * (where that parser would silently roll it over).
 */
export function readYamlTimestamp(text: string): { date: Date } | { problem: string } {
  const match = YAML_DATE.exec(text) ?? YAML_DATE_TIME.exec(text);
  if (!match) return { problem: `“${text}”不是日期` };
  const [year, month, day, hour = 0, minute = 0, second = 0] = match.slice(1, 7).map((part) => (part === undefined ? undefined : Number(part)));
  const problem = calendarProblem(year!, month, day);
  if (problem) return { problem: `“${text}”不是日历上的日期：${problem}` };
  if (hour! > 23 || minute! > 59 || second! > 59) return { problem: `“${text}”中的时间不对` };
  const fraction = Number(`0.${match[7] ?? '0'}`) * 1000;
  let time = Date.UTC(year!, month! - 1, day!, hour, minute, second, fraction);
  if (match[8] && match[8] !== 'Z') time -= (match[9] === '-' ? -1 : 1) * (Number(match[10]) * 60 + Number(match[11] ?? 0)) * 60_000;
  return { date: new Date(time) };
}
