/**
 * The provenance table of 关于本站: every confirmation (question, date, by, reference) once, with the statements it
 * covers. Records of the same question with the same date, confirming body and reference are one confirmation.
 */
import type { FoundConfirmation } from './scan.ts';
import type { Topic } from './topics.ts';

export interface ProvenanceRow {
  topic: Pick<Topic, 'id' | 'number' | 'title'>;
  date: string;
  by: string;
  reference: string;
  subjects: string[]; // the statements it covers, each once
}

export function provenanceRows(confirmations: FoundConfirmation[], topics: Topic[]): ProvenanceRow[] {
  const byId = new Map(topics.map((topic) => [topic.id, topic]));
  const rows = new Map<string, ProvenanceRow>();
  for (const record of confirmations) {
    for (const id of record.topics) {
      const topic = byId.get(id);
      if (!topic) continue; // an unknown id stops the build before any page is rendered
      const key = JSON.stringify([id, record.date, record.by, record.reference]);
      const row = rows.get(key) ?? { topic, date: record.date, by: record.by, reference: record.reference, subjects: [] };
      rows.set(key, row);
      if (!row.subjects.includes(record.subject)) row.subjects.push(record.subject);
    }
  }
  return [...rows.values()].sort((a, b) => a.topic.number - b.topic.number || a.date.localeCompare(b.date));
}
