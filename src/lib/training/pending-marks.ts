/**
 * Numbered marks for the notes awaiting confirmation on a dense sheet (the quick-reference card): each distinct
 * note gets ①, ②, … in order of first appearance, and the sheet lists them once at its foot.
 */
const CIRCLED = '①②③④⑤⑥⑦⑧⑨⑩⑪⑫⑬⑭⑮⑯⑰⑱⑲⑳';

export interface PendingMarks {
  notes: string[]; // distinct notes, in order
  label: (note: string) => string; // the mark of a note: ① …
}

export function pendingMarks(notes: ReadonlyArray<string | undefined>): PendingMarks {
  const distinct = [...new Set(notes.filter((note): note is string => Boolean(note)))];
  return {
    notes: distinct,
    label: (note) => {
      const i = distinct.indexOf(note);
      if (i < 0) throw new Error(`pendingMarks: no mark for "${note}"`);
      return [...CIRCLED][i] ?? `(${i + 1})`;
    },
  };
}
