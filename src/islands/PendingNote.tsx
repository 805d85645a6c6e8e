/** Text awaiting the district's confirmation, marked like src/components/PendingNote.astro. */
import type { QuestionnaireData } from '../lib/questionnaire';

export default function PendingNote({ data, note }: { data: QuestionnaireData; note?: string }) {
  if (!note) return null;
  const { tag, suffix } = data.text.pendingNote;
  return (
    <p class="pending-note" data-pending={note}>
      <span class="pending-tag">{tag}</span>
      {note}。{suffix}
    </p>
  );
}
