/**
 * Zod's messages for editors, in Chinese: what the field needs and what was written. A schema's own message
 * (e.g. 至少引用一份政策文件) takes precedence; this covers the rest (a missing field, a wrong type, a value
 * outside a list, a text too short).
 */
import type { z } from 'astro/zod';

type Issue = Parameters<z.core.$ZodErrorMap>[0];

const TYPES: Record<string, string> = {
  string: '文字',
  number: '数字',
  int: '整数',
  boolean: 'true 或 false',
  array: '列表（每项一行，以“- ”开头，或写成 [a, b]）',
  object: '一组字段（下一行缩进写“字段名: 值”）',
  date: '日期',
  record: '一组字段',
};

/** A value as an editor wrote it, for “这里写的是 …”. */
export function shown(value: unknown): string {
  if (value === undefined) return '（空）';
  if (value === null) return '空值';
  if (value instanceof Date) return value.toISOString().slice(0, 10);
  if (typeof value === 'string') return `“${value.length > 40 ? `${value.slice(0, 40)}……` : value}”`;
  if (Array.isArray(value)) return '一个列表';
  if (typeof value === 'object') return '一组字段';
  return String(value);
}

const list = (values: readonly unknown[]) => values.map((value) => (typeof value === 'string' ? value : String(value))).join('、');

function unionMessage(issue: Extract<Issue, { code: 'invalid_union' }>): string {
  const options = (issue as { options?: unknown[] }).options;
  if (issue.discriminator && options) return `应为以下之一：${list(options)}，这里写的是${shown((issue.input as Record<string, unknown> | undefined)?.[issue.discriminator])}`;
  const branches = (issue.errors ?? []).flat();
  const specific = branches.filter((inner) => inner.code !== 'invalid_type').map((inner) => inner.message);
  if (specific.length > 0) return [...new Set(specific)].join('；');
  const expected = branches.flatMap((inner) => (inner.code === 'invalid_type' ? [TYPES[inner.expected] ?? inner.expected] : []));
  return `应为${[...new Set(expected)].join('或')}，这里写的是${shown(issue.input)}`;
}

/** Zod error map (pass as `{ error: editorsMessage }` to safeParse). */
export function editorsMessage(issue: Issue): string | undefined {
  switch (issue.code) {
    case 'invalid_type':
      if (issue.input === undefined) return '缺少这一项，请填写';
      return `应为${TYPES[issue.expected] ?? issue.expected}，这里写的是${shown(issue.input)}`;
    case 'invalid_value':
      if (issue.values.length === 1) return `只能写 ${list(issue.values)}，这里写的是${shown(issue.input)}`;
      return `应为以下之一：${list(issue.values)}；这里写的是${shown(issue.input)}`;
    case 'too_small':
      if (issue.origin === 'string') return `太短：至少写 ${issue.minimum} 个字`;
      if (issue.origin === 'array') return `至少写 ${issue.minimum} 项`;
      return `应${issue.inclusive ? '不小于' : '大于'} ${issue.minimum}，这里写的是${shown(issue.input)}`;
    case 'too_big':
      if (issue.origin === 'string') return `太长：最多 ${issue.maximum} 个字`;
      if (issue.origin === 'array') return `最多写 ${issue.maximum} 项`;
      return `应${issue.inclusive ? '不大于' : '小于'} ${issue.maximum}，这里写的是${shown(issue.input)}`;
    case 'invalid_format':
      if (issue.format === 'url') return `应为完整的网址，例如 https://beian.miit.gov.cn/，这里写的是${shown(issue.input)}`;
      return `格式不对，这里写的是${shown(issue.input)}`;
    case 'unrecognized_keys':
      return `有不认识的字段：${list(issue.keys)}（请检查拼写）`;
    case 'invalid_key':
      return `字段名${shown(issue.input)}不对${issue.issues[0] ? `：${issue.issues[0].message}` : ''}`;
    case 'invalid_union':
      return unionMessage(issue);
    default:
      return undefined;
  }
}
