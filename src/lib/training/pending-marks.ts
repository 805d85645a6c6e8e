/**
 * Numbered marks for the points awaiting confirmation on a dense sheet (the quick-reference card): each distinct
 * question for the district (a marker's topic) gets ①, ②, … in order of first appearance, a marker shows the marks
 * of its topics, and the sheet lists each question once at its foot, by its short title.
 */
import type { PendingMarker } from '../pending';

const CIRCLED = '①②③④⑤⑥⑦⑧⑨⑩⑪⑫⑬⑭⑮⑯⑰⑱⑲⑳';

export interface PendingMarks {
  topics: string[]; // distinct topics of the markers, in order of first appearance
  label: (marker: PendingMarker) => string; // the marks of a marker's topics: ① or ①③
  mark: (topic: string) => string; // the mark of one topic
}

export function pendingMarks(markers: ReadonlyArray<PendingMarker | undefined>): PendingMarks {
  const topics = [...new Set(markers.flatMap((marker) => marker?.topics ?? []))];
  const mark = (topic: string) => {
    const i = topics.indexOf(topic);
    if (i < 0) throw new Error(`pendingMarks: no mark for topic "${topic}"`);
    return [...CIRCLED][i] ?? `(${i + 1})`;
  };
  return { topics, mark, label: (marker) => marker.topics.map(mark).join('') };
}
