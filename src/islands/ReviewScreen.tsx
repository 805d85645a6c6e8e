/** @jsxRuntime classic */
/** @jsx h */
/** Check your answers: every question asked with the answer, each with 修改; then the result. */
import { h } from 'preact';
import { answerText, ask, reviewLabelOf, reviewRows } from '../lib/questionnaire';
import Progress from './Progress';
import type Questionnaire from './Questionnaire';
import ScreenNav from './ScreenNav';

export default function ReviewScreen({ q }: { q: Questionnaire }) {
  const data = q.props;
  const { draft } = q.state;
  const { review } = data.text;
  return (
    <section class="q-screen" aria-labelledby="q-heading">
      <ScreenNav q={q} />
      <Progress data={data} draft={draft} at="review" />
      <h2 id="q-heading" tabIndex={-1} data-focus>{review.heading}</h2>
      <p>{review.intro}</p>
      <dl class="q-review">
        {reviewRows(draft).map(({ screen, keys }) => {
          const label = reviewLabelOf(data, screen);
          return (
            <div class="q-review-row">
              <dt>{label}</dt>
              <dd>{answerText(data, screen, keys)}</dd>
              <dd>
                <button type="button" class="q-link" onClick={() => q.go(ask(screen, true))}>
                  {review.change}
                  <span class="sr-only">{label}</span>
                </button>
              </dd>
            </div>
          );
        })}
      </dl>
      <div class="q-actions">
        <button type="button" class="q-button" onClick={() => q.go({ at: 'result' })}>{review.submit}</button>
      </div>
    </section>
  );
}
