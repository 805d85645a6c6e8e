/**
 * Reads every confirmation record in content/ and checks the records and their neighbours, so that bad input stops
 * the build naming file and field: `confirmed:` in YAML and frontmatter, <Confirmed …>text</Confirmed> in MDX
 * (parsed with the MDX parser Astro uses, so any attribute syntax is read as Astro reads it).
 *
 * A problem is: a record without date or by (or with a malformed one), a topic not in content/pending-topics.yaml,
 * or one statement both pending and confirmed for the same question.
 */
import { parse as parseYaml } from 'yaml';
import { mdxElements, topicList, type MdxElement } from './mdx.ts';
import { fullDateProblem } from '../dates.ts';
import { confirmedMarker, type ConfirmationRecord } from './record.ts';

export interface ContentText {
  path: string; // relative to the project, e.g. content/pages/shenqing.mdx
  text: string;
}

/** One confirmation record and the statement it belongs to. */
export interface FoundConfirmation extends ConfirmationRecord {
  file: string; // where the record is
  subject: string; // the entry or passage it belongs to, for people
}

export interface ScanResult {
  confirmations: FoundConfirmation[];
  problems: string[]; // in Chinese, each naming file and field
}

const FRONTMATTER = /^---\r?\n([\s\S]*?)\r?\n---/;
const NAME_KEYS = ['name', 'title', 'term', 'label', 'question'] as const;
/** Files whose entries carry no name of their own: the part of the site they word. */
const FILE_LABELS: Record<string, string> = { 'questionnaire.yaml': '自助判断', 'training.yaml': '培训资料' };

type Node = Record<string, unknown>;

function topicsOf(value: unknown): string[] {
  const topic = value && typeof value === 'object' ? (value as Node).topic : undefined;
  return (Array.isArray(topic) ? topic : [topic]).filter((t): t is string => typeof t === 'string' && t !== '');
}

function nameOf(node: Node): string | undefined {
  for (const key of NAME_KEYS) if (typeof node[key] === 'string' && node[key]) return node[key] as string;
  return undefined;
}

/** The checks every record gets, in whichever syntax it is written. */
function recordProblems(where: string, record: ConfirmationRecord, pendingTopics: string[], topicIds: ReadonlySet<string>): string[] {
  const problems = record.topics
    .filter((topic) => !topicIds.has(topic))
    .map((topic) => `${where}的 topic “${topic}” 不在 content/pending-topics.yaml 中`);
  const both = record.topics.filter((topic) => pendingTopics.includes(topic));
  if (both.length > 0) {
    problems.push(`${where}：同一处内容对问题 “${both.join('、')}” 既写了待确认（pending）又写了已确认（confirmed）。已答复的，请删除 pending 中的这个问题`);
  }
  return problems;
}

// ---- YAML and frontmatter ----------------------------------------------------------------------------------------

function scanData(data: unknown, file: string, path: string[], subject: string, topicIds: ReadonlySet<string>, out: ScanResult): void {
  if (Array.isArray(data)) {
    data.forEach((item, i) => scanData(item, file, [...path, String(i)], subject, topicIds, out));
    return;
  }
  if (!data || typeof data !== 'object') return;
  const node = data as Node;
  const here = nameOf(node) ?? subject;
  if ('confirmed' in node) {
    const field = [...path, 'confirmed'].join('.');
    const where = `${file}（${here}）的 ${field}`;
    const parsed = confirmedMarker.safeParse(node.confirmed);
    if (!parsed.success) {
      for (const issue of parsed.error.issues) out.problems.push(`${file}（${here}）：${[field, ...issue.path].join('.')}：${issue.message}`);
    } else {
      out.problems.push(...recordProblems(where, parsed.data, topicsOf(node.pending), topicIds));
      out.confirmations.push({ ...parsed.data, file, subject: here });
    }
  }
  for (const [key, value] of Object.entries(node)) {
    if (key !== 'confirmed' && key !== 'pending') scanData(value, file, [...path, key], here, topicIds, out);
  }
}

// ---- MDX bodies --------------------------------------------------------------------------------------------------

const CONFIRMATION_ATTRIBUTES = ['date', 'by', 'reference'];
const MARKERS = new Set(['Confirmed', 'Pending']);

function scanMdx(text: string, file: string, topicIds: ReadonlySet<string>, out: ScanResult): void {
  let elements: MdxElement[];
  try {
    elements = mdxElements(text, MARKERS);
  } catch (error) {
    out.problems.push(`${file}：MDX 无法解析（${(error as Error).message}）`);
    return;
  }
  for (const element of elements) {
    const where = `${file} 第${element.line}行 <${element.name}>`;
    const { attributes } = element;
    for (const name of element.unreadable) out.problems.push(`${where} 的 ${name}：请直接写文字，例如 ${name}="…"`);
    if (element.name === 'Pending') {
      const stray = CONFIRMATION_ATTRIBUTES.filter((name) => attributes.has(name));
      if (stray.length > 0) {
        out.problems.push(`${where}：同一处内容既是待确认（<Pending>）又写了确认信息（${stray.join('、')}）。已答复的，请改为 <Confirmed topic date by reference>`);
      }
      continue;
    }
    const topics = topicList(attributes.get('topic'));
    const date = attributes.get('date');
    const by = attributes.get('by');
    const before = out.problems.length;
    if (topics.length === 0) out.problems.push(`${where} 的 topic：请写 content/pending-topics.yaml 中的问题 id`);
    if (!date) out.problems.push(`${where} 的 date：请写确认日期，例如 date="2026-03-01"`);
    else if (fullDateProblem(date)) out.problems.push(`${where} 的 date：${fullDateProblem(date)}`);
    if (!by || by.trim().length < 2) out.problems.push(`${where} 的 by：请写确认单位，例如 by="西山区民政局"`);
    if (attributes.has('note')) {
      out.problems.push(`${where}：同一处内容既写了已确认（<Confirmed>）又写了待确认说明（note）。已答复的，请删除 note`);
    }
    const pendingAround = element.ancestors.filter((a) => a.name === 'Pending').flatMap((a) => topicList(a.attributes.get('topic')));
    const record: ConfirmationRecord = { topics, date: date ?? '', by: by ?? '', reference: attributes.get('reference') ?? '' };
    out.problems.push(...recordProblems(where, record, pendingAround, topicIds));
    if (out.problems.length === before) out.confirmations.push({ ...record, file, subject: element.text.slice(0, 60) || file });
  }
}

// ---- Everything --------------------------------------------------------------------------------------------------

/** Every confirmation record in the files given, and every problem with them or their neighbours. */
export function scanConfirmations(files: ContentText[], topicIds: ReadonlySet<string>): ScanResult {
  const out: ScanResult = { confirmations: [], problems: [] };
  for (const { path, text } of files) {
    const name = path.split('/').pop() ?? path;
    try {
      if (/\.ya?ml$/.test(path)) {
        scanData(parseYaml(text), path, [], FILE_LABELS[name] ?? name, topicIds, out);
        continue;
      }
      const frontmatter = FRONTMATTER.exec(text);
      if (frontmatter) scanData(parseYaml(frontmatter[1]), path, [], name, topicIds, out);
    } catch (error) {
      out.problems.push(`${path}：YAML 无法解析（${(error as Error).message}）`);
      continue;
    }
    if (path.endsWith('.mdx')) scanMdx(text, path, topicIds, out);
  }
  return out;
}
