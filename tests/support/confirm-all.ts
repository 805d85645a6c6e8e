/**
 * What an editor does once the bureau has answered everything, applied to a copy of content/: every `pending`
 * marker removed from YAML and frontmatter (with list entries that held nothing else but the rule it annotated),
 * and every <Pending …>text</Pending> replaced by its text.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { isMap, isSeq, parseDocument, visit } from 'yaml';
import { listContentFiles } from './content';

const FRONTMATTER = /^---\r?\n([\s\S]*?)\r?\n---/;
const PENDING_COMPONENT = /<Pending\b[^>]*>([\s\S]*?)<\/Pending>/g;

function withoutMarkers(yamlText: string): string {
  const document = parseDocument(yamlText);
  visit(document, {
    Pair: (_, pair) => ((pair.key as { value?: unknown })?.value === 'pending' ? visit.REMOVE : undefined),
  });
  // A list entry that was only { rule, pending } (questionnaire.yaml's rulePending) is left as { rule }: drop it.
  visit(document, {
    Seq: (_, seq) => {
      if (!isSeq(seq)) return;
      seq.items = seq.items.filter((item) => !(isMap(item) && item.items.length === 1 && String((item.items[0].key as { value?: unknown }).value) === 'rule'));
    },
  });
  return document.toString();
}

/** Confirms every item in the content/ folder given: returns how many files changed. */
export function confirmAll(contentDir: string): number {
  let changed = 0;
  for (const path of listContentFiles(contentDir)) {
    const before = readFileSync(path, 'utf8');
    let after: string;
    if (/\.ya?ml$/.test(path)) after = withoutMarkers(before);
    else {
      after = before.replace(FRONTMATTER, (_, data: string) => `---\n${withoutMarkers(data).trimEnd()}\n---`);
      after = after.replace(PENDING_COMPONENT, '$1');
    }
    if (after !== before) {
      writeFileSync(path, after);
      changed++;
    }
  }
  return changed;
}
