/**
 * Finds every statement marked as awaiting the district's confirmation in content files:
 * a `pending: { topic, note }` field in YAML or frontmatter, or a <Pending topic="..." note="..."> component in MDX
 * (read with the MDX parser, so any attribute syntax counts).
 * Each marker names its topic: the question for the bureau in content/pending-topics.yaml.
 */
import { parse as parseYaml } from 'yaml';
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
  subject: string; // the entry or passage it belongs to
  note: string; // what awaits confirmation
  topics: string[]; // the questions for the bureau it belongs to (content/pending-topics.yaml); [] when none is named
}

const FRONTMATTER = /^---\r?\n([\s\S]*?)\r?\n---/;
const PENDING = new Set(['Pending']);
const NAME_KEYS = ['name', 'title', 'label', 'question', 'id'] as const;

function subjectOf(node: Record<string, unknown>, fallback: string): string {
  for (const key of NAME_KEYS) if (typeof node[key] === 'string' && node[key]) return node[key] as string;
  return fallback;
}

function collectFromData(data: unknown, file: string, subject: string, out: PendingItem[]): void {
  if (Array.isArray(data)) {
    data.forEach((item) => collectFromData(item, file, subject, out));
    return;
  }
  if (!data || typeof data !== 'object') return;
  const node = data as Record<string, unknown>;
  const here = subjectOf(node, subject);
  for (const marker of markersOf(node.pending)) out.push({ file, subject: here, ...marker });
  for (const [key, value] of Object.entries(node)) if (key !== 'pending') collectFromData(value, file, here, out);
}

/** The markers of a `pending:` value: { topic, note }, or a bare note (which names no topic). */
function markersOf(value: unknown): { note: string; topics: string[] }[] {
  if (typeof value === 'string') return value.trim() ? [{ note: value.trim(), topics: [] }] : [];
  if (!value || typeof value !== 'object') return [];
  const { topic, note } = value as { topic?: unknown; note?: unknown };
  const topics = (Array.isArray(topic) ? topic : [topic]).filter((t): t is string => typeof t === 'string');
  return [{ note: typeof note === 'string' ? note.trim() : '', topics }];
}

export function findPending(files: ContentFile[]): PendingItem[] {
  const out: PendingItem[] = [];
  for (const { path, text } of files) {
    const fallback = path.split('/').pop() ?? path;
    if (/\.ya?ml$/.test(path)) {
      collectFromData(parseYaml(text), path, fallback, out);
      continue;
    }
    const frontmatter = FRONTMATTER.exec(text);
    if (frontmatter) collectFromData(parseYaml(frontmatter[1]), path, fallback, out);
    if (!path.endsWith('.mdx')) continue;
    for (const element of mdxElements(text, PENDING)) {
      const note = element.attributes.get('note') ?? '';
      out.push({ file: path, subject: element.text.slice(0, 60) || fallback, note, topics: topicList(element.attributes.get('topic')) });
    }
  }
  return out;
}

/** Markers whose topic is missing or not in the list of topics, as messages naming file and marker. */
export function topicProblems(items: PendingItem[], topicIds: ReadonlySet<string>): string[] {
  return items.flatMap((item) => {
    if (item.topics.length === 0) return [`${item.file}（${item.subject}）：待确认标记没有写 topic，请写 content/pending-topics.yaml 中的问题 id`];
    return item.topics
      .filter((topic) => !topicIds.has(topic))
      .map((topic) => `${item.file}（${item.subject}）：topic “${topic}” 不在 content/pending-topics.yaml 中`);
  });
}

export function formatPendingReport(items: PendingItem[]): string {
  const lines = items.map((item, i) => `  ${i + 1}. ${item.file} — ${item.subject}：${item.note}`);
  return [`待区民政局确认的内容：${items.length} 项`, ...lines].join('\n');
}
