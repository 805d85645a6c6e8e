/**
 * Finds every statement marked as awaiting the district's confirmation in content files:
 * a `pending:` field in YAML or frontmatter, or a <Pending note="..."> component in MDX.
 */
import { parse as parseYaml } from 'yaml';

export interface ContentFile {
  path: string; // path relative to the project, for messages
  text: string; // file contents
}

export interface PendingItem {
  file: string; // where the marker is
  subject: string; // the entry or passage it belongs to
  note: string; // what awaits confirmation
}

const FRONTMATTER = /^---\r?\n([\s\S]*?)\r?\n---/;
const PENDING_COMPONENT = /<Pending\b[^>]*?\bnote="([^"]*)"[^>]*>([\s\S]*?)<\/Pending>/g;
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
  if (typeof node.pending === 'string' && node.pending.trim()) out.push({ file, subject: here, note: node.pending.trim() });
  for (const [key, value] of Object.entries(node)) if (key !== 'pending') collectFromData(value, file, here, out);
}

function plainText(markup: string): string {
  return markup.replace(/<[^>]+>/g, '').replace(/\s+/g, ' ').trim();
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
    for (const match of text.matchAll(PENDING_COMPONENT)) {
      out.push({ file: path, subject: plainText(match[2]).slice(0, 60) || fallback, note: match[1] });
    }
  }
  return out;
}

export function formatPendingReport(items: PendingItem[]): string {
  const lines = items.map((item, i) => `  ${i + 1}. ${item.file} — ${item.subject}：${item.note}`);
  return [`待区民政局确认的内容：${items.length} 项`, ...lines].join('\n');
}
