/** @jsxRuntime classic */
/** @jsx h */
/** Text awaiting the district's confirmation, marked like src/components/PendingNote.astro. */
import { h } from 'preact';
import type { PendingMarker } from '../lib/pending';
import type { QuestionnaireData } from '../lib/questionnaire';

export default function PendingNote({ data, pending }: { data: QuestionnaireData; pending?: PendingMarker }) {
  if (!pending) return null;
  const { tag, suffix } = data.text.pendingNote;
  return (
    <p class="pending-note" data-pending={pending.note} data-pending-topic={pending.topics.join(' ')}>
      <span class="pending-tag">{tag}</span>
      {pending.note}。{suffix}
    </p>
  );
}
