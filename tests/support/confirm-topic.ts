/**
 * What an editor does when the bureau answers one question, applied to a copy of content/: every marker of the
 * topic becomes a confirmation record with the reply's date, confirming body and reference. A marker that also names
 * other questions keeps them pending. (YAML is edited as YAML; MDX by pattern, which the project's own <Pending>
 * markers follow.)
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { isMap, isScalar, isSeq, parseDocument, visit, type Document } from 'yaml';
import { listContentFiles } from './content';

export interface Reply {
  date: string;
  by: string;
  reference: string;
}

const FRONTMATTER = /^---\r?\n([\s\S]*?)\r?\n---/;
const PENDING = /<Pending\b([^>]*)>([\s\S]*?)<\/Pending>/g;

function topicsOfNode(node: unknown): string[] {
  if (isScalar(node)) return [String(node.value)];
  if (isSeq(node)) return node.items.map((item) => String(isScalar(item) ? item.value : item));
  return [];
}

function confirmInYaml(text: string, topic: string, reply: Reply): string {
  const document: Document = parseDocument(text);
  let found = false;
  visit(document, {
    Map: (_, map) => {
      const pending = map.get('pending', true);
      if (!isMap(pending)) return;
      const topics = topicsOfNode(pending.get('topic', true));
      if (!topics.includes(topic)) return;
      found = true;
      const rest = topics.filter((t) => t !== topic);
      if (rest.length === 0) map.delete('pending');
      else pending.set('topic', rest.length === 1 ? rest[0] : document.createNode(rest, { flow: true }));
      map.set('confirmed', document.createNode({ topic, ...reply }));
    },
  });
  return found ? document.toString() : text;
}

function confirmInMdx(text: string, topic: string, reply: Reply): string {
  return text.replace(PENDING, (whole, attributes: string, body: string) => {
    const topics = (/\btopic="([^"]*)"/.exec(attributes)?.[1] ?? '').split(/\s+/).filter(Boolean);
    if (!topics.includes(topic)) return whole;
    const confirmed = `<Confirmed topic="${topic}" date="${reply.date}" by="${reply.by}" reference="${reply.reference}">${body}</Confirmed>`;
    const rest = topics.filter((t) => t !== topic);
    return rest.length === 0 ? confirmed : `<Pending${attributes.replace(/\btopic="[^"]*"/, `topic="${rest.join(' ')}"`)}>${confirmed}</Pending>`;
  });
}

/** Confirms one topic throughout the content/ folder given; returns how many files changed. */
export function confirmTopic(contentDir: string, topic: string, reply: Reply): number {
  let changed = 0;
  for (const path of listContentFiles(contentDir)) {
    const before = readFileSync(path, 'utf8');
    let after: string;
    if (/\.ya?ml$/.test(path)) after = confirmInYaml(before, topic, reply);
    else {
      after = before.replace(FRONTMATTER, (_, data: string) => `---\n${confirmInYaml(data, topic, reply).trimEnd()}\n---`);
      if (path.endsWith('.mdx')) after = confirmInMdx(after, topic, reply);
    }
    if (after !== before) {
      writeFileSync(path, after);
      changed++;
    }
  }
  return changed;
}
