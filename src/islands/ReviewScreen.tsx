/** Check your answers: every question asked with the answer, each with 修改; then the result. */
import { answerText, reviewLabelOf, reviewRows, screenId, type Draft, type QuestionnaireData, type Screen } from '../lib/questionnaire';
import Progress from './Progress';

interface Props {
  data: QuestionnaireData;
  draft: Draft;
  onChange: (screen: Screen) => void;
  onBack: () => void;
  onSubmit: () => void;
  onRestart: () => void;
}

export default function ReviewScreen({ data, draft, onChange, onBack, onSubmit, onRestart }: Props) {
  const { review, nav } = data.text;
  return (
    <section class="q-screen" aria-labelledby="q-heading">
      <button type="button" class="q-back" onClick={onBack}>{nav.back}</button>
      <Progress data={data} draft={draft} at="review" />
      <h2 id="q-heading" tabIndex={-1} data-focus>{review.heading}</h2>
      <p>{review.intro}</p>
      <dl class="q-review">
        {reviewRows(draft).map(({ screen, keys }) => {
          const label = reviewLabelOf(data, screen);
          return (
            <div class="q-review-row" data-row={screenId(screen)}>
              <dt>{label}</dt>
              <dd>{answerText(data, screen, keys)}</dd>
              <dd>
                <button type="button" class="q-link" onClick={() => onChange(screen)}>
                  {review.change}
                  <span class="sr-only">{label}</span>
                </button>
              </dd>
            </div>
          );
        })}
      </dl>
      <div class="q-actions">
        <button type="button" class="q-button" onClick={onSubmit}>{review.submit}</button>
        <button type="button" class="q-link" onClick={onRestart}>{nav.restart}</button>
      </div>
    </section>
  );
}
