/**
 * Finds every statement marked as awaiting the district's confirmation in content files:
 * a `pending: { topic, note }` field in YAML or frontmatter, or a <Pending topic="..." note="..."> component in MDX
 * (read with the MDX parser, so any attribute syntax counts).
 * Each marker names its topic: the question for the bureau in content/pending-topics.yaml.
 */
import { isMap, isScalar, isSeq, LineCounter, parseDocument } from 'yaml';
import { mdxElements, topicList } from './confirmation/mdx.ts';

/** A marker as the schemas give it to pages: the topics it belongs to and what exactly awaits confirmation. */
export interface PendingMarker {
  topics: string[]; // ids in content/pending-topics.yaml
  note: string; // what exactly awaits confirmation, in plain words
}

export interface ContentFile {
  path: string; // path relative to the project, for messages
  text: string; // file contents
}

export interface PendingItem {
  file: string; // where the marker is
  line?: number; // the marker's line in the file, 1-based
  subject: string; // the entry or passage it belongs to, in the content's own words; '' when the entry has no name
  note: string; // what awaits confirmation
  topics: string[]; // the questions for the bureau it belongs to (content/pending-topics.yaml); [] when none is named
}

const FRONTMATTER = /^---\r?\n([\s\S]*?)\r?\n---/;
const PENDING = new Set(['Pending']);
/** The fields that name an entry in its own words, most telling first. */
const NAME_KEYS = ['name', 'title', 'term', 'question', 'label', 'text'] as const;
const MAX_SUBJECT = 40;

/**
 * Text as a reader would say it: Markdown links and tags reduced to their words, {parent} as 父（母）, {situation}
 * as 某一情形, other placeholders as …, no trailing colon, shortened.
 */
export function plainWords(text: string): string {
  const plain = text
    .replace(/<[^>]+>/g, '')
    .replace(/\[([^\]]*)\]\([^)]*\)/g, '$1')
    .replace(/\{parent\}/g, '父（母）')
    .replace(/\{situation\}/g, '某一情形')
    .replace(/\{\w+\}/g, '…')
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/[：:]$/, '');
  return plain.length > MAX_SUBJECT ? `${plain.slice(0, MAX_SUBJECT)}……` : plain;
}

function subjectOf(node: { get: (key: string) => unknown }): string {
  for (const key of NAME_KEYS) {
    const value = node.get(key);
    if (typeof value === 'string' && value.trim()) return plainWords(value);
  }
  return '';
}

/** Walks a YAML node, collecting the markers of every entry with the line of their `pending:` key. */
function collectFromNode(node: unknown, file: string, subject: string, lineAt: (offset: number) => number, out: PendingItem[]): void {
  if (isSeq(node)) {
    for (const item of node.items) collectFromNode(item, file, subject, lineAt, out);
    return;
  }
  if (!isMap(node)) return;
  const here = subjectOf(node) || subject;
  for (const pair of node.items) {
    const key = isScalar(pair.key) ? pair.key.value : undefined;
    if (key !== 'pending') {
      collectFromNode(pair.value, file, here, lineAt, out);
      continue;
    }
    const value = isScalar(pair.value) ? pair.value.value : (pair.value as { toJSON?: () => unknown } | null)?.toJSON?.();
    const line = isScalar(pair.key) && pair.key.range ? lineAt(pair.key.range[0]) : undefined;
    for (const marker of markersOf(value)) out.push({ file, line, subject: here, ...marker });
  }
}

/** The markers of a `pending:` value: { topic, note }, or a bare note (which names no topic). */
function markersOf(value: unknown): { note: string; topics: string[] }[] {
  if (typeof value === 'string') return value.trim() ? [{ note: value.trim(), topics: [] }] : [];
  if (!value || typeof value !== 'object') return [];
  const { topic, note } = value as { topic?: unknown; note?: unknown };
  const topics = (Array.isArray(topic) ? topic : [topic]).filter((t): t is string => typeof t === 'string');
  return [{ note: typeof note === 'string' ? note.trim() : '', topics }];
}

function collectFromYaml(text: string, file: string, firstLine: number, out: PendingItem[]): void {
  const counter = new LineCounter();
  const document = parseDocument(text, { lineCounter: counter });
  collectFromNode(document.contents, file, '', (offset) => counter.linePos(offset).line + firstLine - 1, out);
}

export function findPending(files: ContentFile[]): PendingItem[] {
  const out: PendingItem[] = [];
  for (const { path, text } of files) {
    if (/\.ya?ml$/.test(path)) {
      collectFromYaml(text, path, 1, out);
      continue;
    }
    const frontmatter = FRONTMATTER.exec(text);
    if (frontmatter) collectFromYaml(frontmatter[1], path, 2, out);
    if (!path.endsWith('.mdx')) continue;
    for (const element of mdxElements(text, PENDING)) {
      const note = element.attributes.get('note') ?? '';
      out.push({ file: path, line: element.line || undefined, subject: plainWords(element.text), note, topics: topicList(element.attributes.get('topic')) });
    }
  }
  return out;
}

/**
 * Where a marker is, in plain words: 名词解释“失联”（content/glossary.yaml 第40行）. `labelOf` says what a file
 * is (src/lib/schemas/labels.ts); without a label or a name, the file and line say it.
 */
export function describeItem(item: PendingItem, labelOf: (file: string) => string | undefined = () => undefined): string {
  const place = item.line ? `${item.file} 第${item.line}行` : item.file;
  const what = `${labelOf(item.file) ?? ''}${item.subject ? `“${item.subject}”` : ''}`;
  return what ? `${what}（${place}）` : place;
}

/** Markers whose topic is missing or not in the list of topics, as messages naming file and marker. */
export function topicProblems(items: PendingItem[], topicIds: ReadonlySet<string>, labelOf?: (file: string) => string | undefined): string[] {
  return items.flatMap((item) => {
    const where = describeItem(item, labelOf);
    if (item.topics.length === 0) return [`${where}：待确认标记没有写 topic，请写 content/pending-topics.yaml 中的问题 id`];
    return item.topics
      .filter((topic) => !topicIds.has(topic))
      .map((topic) => `${where}：topic “${topic}” 不在 content/pending-topics.yaml 中`);
  });
}

export function formatPendingReport(items: PendingItem[], labelOf?: (file: string) => string | undefined): string {
  const lines = items.map((item, i) => `  ${i + 1}. ${describeItem(item, labelOf)}：${item.note}`);
  return [`待区民政局确认的内容：${items.length} 项`, ...lines].join('\n');
}
